import { MATCH_STATUSES, type MatchStatusName } from '../../src/common/vocabulary';
import { holdsPlace, placeChange } from '../../src/matches/capacity';
import { loadCandidates, mentorPlaces } from '../../src/matches/matches.repository';
import { openTestDatabase, type TestDatabase } from './database';
import { cohort, match, member, person } from './seed-rows';

// One capacity rule, read three ways: the matcher (who has places left), accepting and the
// database's own count and CHECK (which refuses a proposal beyond the capacity), for a
// mentor of capacity 1 whose one match has each status in turn.
describe('the capacity rule (middle tier)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('holds_place() in SQL agrees with capacity.ts for every status', async () => {
    for (const status of MATCH_STATUSES) {
      const [row] = await db.dataSource.query<{ holds: boolean }[]>(
        'SELECT holds_place($1) AS holds',
        [status],
      );
      expect(row.holds).toBe(holdsPlace(status));
    }
  });

  it.each(MATCH_STATUSES.map((s) => [s]))(
    'with one %s match, the matcher, accepting and the database agree on the place',
    async (status: MatchStatusName) => {
      const m = db.dataSource.manager;
      const c = await cohort(m);
      const mentor = await person(m, 'MENTOR');
      const first = await person(m, 'MENTEE');
      const second = await person(m, 'MENTEE');
      await member(m, c, mentor, 'MENTOR', 1);
      await member(m, c, first, 'MENTEE');
      await member(m, c, second, 'MENTEE');
      await match(m, { cohortId: c, mentorId: mentor, menteeId: first, status });
      const holds = holdsPlace(status);

      // The database's count is the rule's.
      const places = await mentorPlaces(m, c, mentor);
      expect(places).toEqual({ capacity: 1, held: holds ? 1 : 0, stored: holds ? 1 : 0 });

      // The matcher proposes this mentor again only if the place is free.
      const candidates = await loadCandidates(m, {
        id: c,
        allowRepeatPairs: false,
        requireVerifiedEmail: false,
      });
      expect(candidates.mentors.map((x) => x.id)).toEqual(holds ? [] : [mentor]);

      // A second proposal fits only if the place is free; the CHECK refuses it otherwise.
      const second_ = match(m, { cohortId: c, mentorId: mentor, menteeId: second });
      if (holds) {
        await expect(second_).rejects.toThrow(/cohort_member_places/);
      } else {
        const id = await second_;
        // Accepting it keeps the place it already holds: nothing to count, nothing refused.
        expect(placeChange('PROPOSED', 'ACCEPTED')).toBe(0);
        await m.query(`UPDATE match SET status = 'ACCEPTED' WHERE id = $1`, [id]);
        await expect(mentorPlaces(m, c, mentor)).resolves.toEqual({
          capacity: 1,
          held: 1,
          stored: 1,
        });
      }
    },
  );

  it('frees the place when an accepted match ends, keeps it when it completes', async () => {
    const m = db.dataSource.manager;
    const c = await cohort(m);
    const mentor = await person(m, 'MENTOR');
    const [a, b] = [await person(m, 'MENTEE'), await person(m, 'MENTEE')];
    await member(m, c, mentor, 'MENTOR', 2);
    await member(m, c, a, 'MENTEE');
    await member(m, c, b, 'MENTEE');
    const ma = await match(m, { cohortId: c, mentorId: mentor, menteeId: a, status: 'ACCEPTED' });
    const mb = await match(m, { cohortId: c, mentorId: mentor, menteeId: b, status: 'ACCEPTED' });
    await m.query(`UPDATE match SET status = 'COMPLETED' WHERE id = $1`, [ma]);
    expect((await mentorPlaces(m, c, mentor))?.stored).toBe(2);
    await m.query(`UPDATE match SET status = 'ENDED' WHERE id = $1`, [mb]);
    expect(await mentorPlaces(m, c, mentor)).toEqual({ capacity: 2, held: 1, stored: 1 });
    await m.query(`DELETE FROM match WHERE id = $1`, [ma]);
    expect(await mentorPlaces(m, c, mentor)).toEqual({ capacity: 2, held: 0, stored: 0 });
  });

  it('never proposes again a pair that ended, declined or expired in the cohort', async () => {
    const m = db.dataSource.manager;
    for (const status of ['ENDED', 'DECLINED', 'EXPIRED'] as const) {
      const c = await cohort(m);
      const mentor = await person(m, 'MENTOR');
      const mentee = await person(m, 'MENTEE');
      await member(m, c, mentor, 'MENTOR', 2);
      await member(m, c, mentee, 'MENTEE');
      await match(m, { cohortId: c, mentorId: mentor, menteeId: mentee, status });
      const candidates = await loadCandidates(m, {
        id: c,
        allowRepeatPairs: false,
        requireVerifiedEmail: false,
      });
      // Both are free to be matched with others, but not with each other.
      expect(candidates.mentees.map((x) => x.id)).toEqual([mentee]);
      expect(candidates.mentors.map((x) => x.id)).toEqual([mentor]);
      expect(candidates.exclusions).toEqual([{ mentorId: mentor, menteeId: mentee }]);
    }
  });
});
