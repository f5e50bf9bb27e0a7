import {
  findClash,
  findFeedbackBySessionIds,
  findSession,
  findSessionsByMatchIds,
  findSessionsOf,
  insertFeedback,
  insertSession,
  lockSession,
  updateSessionStatus,
} from '../../src/sessions/sessions.repository';
import { findCohort } from '../../src/cohorts/cohorts.repository';
import {
  findMatches,
  findMatchForBooking,
  markCheckInNotified,
  shareLockMatch,
} from '../../src/matches/matches.repository';
import { openTestDatabase, type TestDatabase } from './database';
import { cohort, match, member, person, session } from './people-fixtures';

type Fixture = { id: string; cohortId: string; mentorId: string; menteeId: string };

describe('sessions repository queries (middle tier)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  const m = () => db.dataSource.manager;

  async function acceptedMatch(): Promise<Fixture> {
    const ds = db.dataSource;
    const cohortId = await cohort(ds);
    const mentorId = await person(ds, 'MENTOR');
    const menteeId = await person(ds, 'MENTEE');
    await member(ds, cohortId, mentorId, 'MENTOR');
    await member(ds, cohortId, menteeId, 'MENTEE');
    const id = await match(ds, cohortId, mentorId, menteeId, 'ACCEPTED', new Date());
    return { id, cohortId, mentorId, menteeId };
  }

  it('reads a match as bookings see it, plain and under a share lock', async () => {
    const x = await acceptedMatch();
    const expected = { ...x, status: 'ACCEPTED' };
    await expect(findMatchForBooking(m(), x.id)).resolves.toEqual(expected);
    await db.dataSource.transaction(async (t) => {
      await expect(shareLockMatch(t, x.id)).resolves.toEqual(expected);
    });
    await expect(
      findMatchForBooking(m(), '00000000-0000-4000-8000-000000000000'),
    ).resolves.toBeNull();
    const [loaded] = await findMatches(m(), [x.id], new Date());
    expect(loaded).toMatchObject({ id: x.id, status: 'ACCEPTED', mentorId: x.mentorId });
  });

  it("reads the cohort's calendar days as written", async () => {
    const id = await cohort(db.dataSource, '2027-03-01', '2027-05-31');
    await expect(findCohort(m(), id)).resolves.toMatchObject({
      startsOn: '2027-03-01',
      endsOn: '2027-05-31',
    });
  });

  it('finds a clash with a busy session of either person, not with cancelled ones', async () => {
    const x = await acceptedMatch();
    const y = await acceptedMatch();
    // y's mentee also meets x's mentor in another pair.
    await member(db.dataSource, x.cohortId, y.menteeId, 'MENTEE');
    const z = await match(
      db.dataSource,
      x.cohortId,
      x.mentorId,
      y.menteeId,
      'ACCEPTED',
      new Date(),
    );
    const busy = await session(
      db.dataSource,
      { ...x, menteeId: y.menteeId, id: z },
      '2027-03-10T15:00:00Z',
    );
    await session(db.dataSource, x, '2027-03-11T15:00:00Z', 'CANCELLED');
    const at = (iso: string, minutes = 60) =>
      findClash(m(), x, new Date(iso), new Date(new Date(iso).getTime() + minutes * 60_000));
    await expect(at('2027-03-10T15:30:00Z')).resolves.toEqual({ id: busy, who: 'mentor' });
    // Touching ends do not overlap.
    await expect(at('2027-03-10T16:00:00Z')).resolves.toBeNull();
    await expect(at('2027-03-10T14:00:00Z')).resolves.toBeNull();
    // A cancelled session frees its slot.
    await expect(at('2027-03-11T15:00:00Z')).resolves.toBeNull();
    // The mentee's side is named as the mentee's.
    await expect(
      findClash(
        m(),
        { mentorId: y.mentorId, menteeId: y.menteeId },
        new Date('2027-03-10T15:15:00Z'),
        new Date('2027-03-10T15:45:00Z'),
      ),
    ).resolves.toEqual({ id: busy, who: 'mentee' });
  });

  it('inserts, locks and moves a session; lists it by person and by match', async () => {
    const x = await acceptedMatch();
    const created = await insertSession(m(), {
      matchId: x.id,
      cohortId: x.cohortId,
      mentorId: x.mentorId,
      menteeId: x.menteeId,
      scheduledBy: x.menteeId,
      startsAt: new Date('2027-03-15T17:00:00Z'),
      durationMinutes: 45,
      status: 'SCHEDULED',
      agenda: 'Revisar el PR',
      completedAt: null,
    });
    const later = await session(db.dataSource, x, '2027-03-20T17:00:00Z');
    await expect(findSession(m(), created.id)).resolves.toMatchObject({
      agenda: 'Revisar el PR',
      cancelReason: null,
      durationMinutes: 45,
    });
    const moved = await db.dataSource.transaction(async (t) => {
      const runner = t.queryRunner;
      if (!runner) {
        throw new Error('a transaction has a query runner');
      }
      const sent = jest.spyOn(runner, 'query');
      const locked = await lockSession(t, created.id);
      expect(locked?.id).toBe(created.id);
      // Feedback inserts (KEY SHARE on the session) must not wait on this lock.
      expect(sent.mock.calls.map(([sql]) => sql).join('\n')).toMatch(/FOR NO KEY UPDATE/);
      sent.mockRestore();
      return updateSessionStatus(t, created.id, {
        status: 'CANCELLED',
        completedAt: null,
        cancelReason: 'Enfermedad',
      });
    });
    expect(moved).toMatchObject({ status: 'CANCELLED', cancelReason: 'Enfermedad' });
    for (const who of [x.mentorId, x.menteeId]) {
      const mine = await findSessionsOf(m(), who);
      expect(mine.map((s) => s.id)).toEqual([created.id, later]);
    }
    const other = await acceptedMatch();
    const byMatch = await findSessionsByMatchIds(m(), [x.id, other.id]);
    expect(byMatch.map((s) => s.id)).toEqual([created.id, later]);
  });

  it('stores feedback and reads it by session, oldest first', async () => {
    const x = await acceptedMatch();
    const s = await session(db.dataSource, x, '2027-03-01T17:00:00Z', 'COMPLETED');
    await insertFeedback(m(), {
      sessionId: s,
      cohortId: x.cohortId,
      authorId: x.menteeId,
      menteeId: x.menteeId,
      rating: 5,
      comment: '¡Muy útil!',
    });
    await insertFeedback(m(), {
      sessionId: s,
      cohortId: x.cohortId,
      authorId: x.mentorId,
      menteeId: x.menteeId,
      rating: 4,
      comment: null,
    });
    const rows = await findFeedbackBySessionIds(m(), [s]);
    expect(rows.map((f) => [f.authorId, f.rating])).toEqual([
      [x.menteeId, 5],
      [x.mentorId, 4],
    ]);
  });

  it('marks check-ins as notified on the given matches only', async () => {
    const x = await acceptedMatch();
    const y = await acceptedMatch();
    const now = new Date('2027-04-01T00:00:00Z');
    await markCheckInNotified(m(), [x.id], now);
    const rows = await db.dataSource.query<{ id: string; at: Date | null }[]>(
      `SELECT id, check_in_notified_at AS at FROM match WHERE id = ANY ($1::uuid[])`,
      [[x.id, y.id]],
    );
    const at = new Map(rows.map((r) => [r.id, r.at]));
    expect(at.get(x.id)).toEqual(now);
    expect(at.get(y.id)).toBeNull();
  });
});
