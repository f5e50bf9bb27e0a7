import { Client } from 'pg';
import { graphql, ok } from './helpers/graphql';
import { acceptedPair } from './helpers/pairs';

// The database itself refuses what the lifecycle rules refuse, whoever writes to it.
describe('rules kept by PostgreSQL', () => {
  let db: Client;
  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });
  afterAll(() => db.end());

  it('refuses a status change outside the lifecycle, a second live match, and capacity overruns', async () => {
    const { matchId, mentor } = await acceptedPair();
    await ok(
      graphql(
        `mutation { endMatch(matchId: "${matchId}", reason: "Se mudó") { status } }`,
        {},
        mentor.token,
      ),
    );
    await expect(
      db.query(`UPDATE match SET status = 'ACCEPTED' WHERE id = $1`, [matchId]),
    ).rejects.toThrow(/cannot go from ENDED to ACCEPTED/);
    await expect(
      db.query(`UPDATE match SET status = 'PROPOSED' WHERE id = $1`, [matchId]),
    ).rejects.toThrow(/cannot go from ENDED to PROPOSED/);

    const other = await acceptedPair();
    const { rows } = await db.query<{ cohort_id: string; mentor_id: string; mentee_id: string }>(
      `SELECT cohort_id, mentor_id, mentee_id FROM match WHERE id = $1`,
      [other.matchId],
    );
    const m = rows[0];
    await expect(
      db.query(
        `INSERT INTO match (cohort_id, mentor_id, mentee_id, score, breakdown, expires_at) VALUES ($1, $2, $3, 500, '{}', now())`,
        [m.cohort_id, m.mentor_id, m.mentee_id],
      ),
    ).rejects.toThrow(/match_one_live_per_mentee/);
    await expect(
      db.query(
        `UPDATE cohort_member SET places_held = capacity + 1 WHERE cohort_id = $1 AND participant_id = $2`,
        [m.cohort_id, m.mentor_id],
      ),
    ).rejects.toThrow(/cohort_member_places/);
    await expect(
      db.query(`UPDATE match SET score = 1001 WHERE id = $1`, [other.matchId]),
    ).rejects.toThrow(/match_score/);
  });
});
