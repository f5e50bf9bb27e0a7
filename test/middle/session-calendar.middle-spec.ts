import {
  findClash,
  findSession,
  insertSession,
  markSessionRemindersDue,
  moveSession,
  updateSessionStatus,
} from '../../src/sessions/sessions.repository';
import { openTestDatabase, type TestDatabase } from './database';
import { cohort, match, member, person, session } from './people-fixtures';

type Fixture = { id: string; cohortId: string; mentorId: string; menteeId: string };

// The calendar side of sessions against a real database: the SEQUENCE raised by a move and
// a cancellation, a move not clashing with its own old time, and reminders marked once.
describe('session calendar queries (middle tier)', () => {
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

  it('starts at SEQUENCE 0 and raises it on a move and on a cancellation, not otherwise', async () => {
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
      agenda: null,
      completedAt: null,
    });
    expect(created).toMatchObject({ calendarSequence: 0, remindedAt: null });
    const reminded = new Date('2027-03-14T18:00:00Z');
    const moved = await moveSession(m(), created.id, {
      startsAt: new Date('2027-03-16T17:00:00Z'),
      durationMinutes: 30,
      remindedAt: reminded,
    });
    expect(moved).toMatchObject({
      calendarSequence: 1,
      startsAt: new Date('2027-03-16T17:00:00Z'),
      durationMinutes: 30,
      remindedAt: reminded,
    });
    const cancelled = await updateSessionStatus(
      m(),
      created.id,
      { status: 'CANCELLED', completedAt: null, cancelReason: 'Enfermedad' },
      true,
    );
    expect(cancelled).toMatchObject({ status: 'CANCELLED', calendarSequence: 2 });

    const other = await session(db.dataSource, x, '2027-03-20T17:00:00Z');
    const done = await updateSessionStatus(m(), other, {
      status: 'COMPLETED',
      completedAt: new Date('2027-03-20T18:00:00Z'),
      cancelReason: null,
    });
    expect(done.calendarSequence).toBe(0);
  });

  it('does not count a session being moved as clashing with itself', async () => {
    const x = await acceptedMatch();
    const s = await session(db.dataSource, x, '2027-03-10T15:00:00Z');
    const from = new Date('2027-03-10T15:30:00Z');
    const to = new Date('2027-03-10T16:30:00Z');
    await expect(findClash(m(), x, from, to)).resolves.toEqual({ id: s, who: 'mentor' });
    await expect(findClash(m(), x, from, to, s)).resolves.toBeNull();
  });

  it('marks each booked session once, from 24 hours before its start until it starts', async () => {
    const x = await acceptedMatch();
    const due = await session(db.dataSource, x, '2027-03-10T15:00:00Z');
    await session(db.dataSource, x, '2027-03-12T15:00:00Z');
    await session(db.dataSource, x, '2027-03-10T17:00:00Z', 'CANCELLED');
    const started = await session(db.dataSource, x, '2027-03-09T15:00:00Z');
    const now = new Date('2027-03-09T16:00:00Z');
    const rows = await markSessionRemindersDue(m(), now, x.cohortId);
    expect(rows).toEqual([
      {
        id: due,
        matchId: x.id,
        cohortId: x.cohortId,
        mentorId: x.mentorId,
        menteeId: x.menteeId,
        startsAt: new Date('2027-03-10T15:00:00Z'),
        calendarSequence: 0,
      },
    ]);
    await expect(findSession(m(), due)).resolves.toMatchObject({ remindedAt: now });
    await expect(findSession(m(), started)).resolves.toMatchObject({ remindedAt: null });
    // Twice at once, as two instances would: still once.
    const later = new Date('2027-03-09T17:00:00Z');
    const [a, b] = await Promise.all([
      markSessionRemindersDue(m(), later, x.cohortId),
      markSessionRemindersDue(m(), later, x.cohortId),
    ]);
    expect([...a, ...b]).toEqual([]);
    // Another cohort's sessions are left alone when one is named.
    const y = await acceptedMatch();
    await session(db.dataSource, y, '2027-03-10T15:00:00Z');
    await expect(markSessionRemindersDue(m(), now, x.cohortId)).resolves.toEqual([]);
    await expect(markSessionRemindersDue(m(), now, y.cohortId)).resolves.toHaveLength(1);
  });
});
