import { holdsPlace } from '../../src/matches/capacity';
import { MATCH_STATUSES } from '../../src/common/vocabulary';
import { NEW_COHORT_SETTINGS } from '../../src/cohorts/cohort-settings';
import {
  countCohorts,
  countPlacesHeld,
  deletePairRule,
  findCohort,
  findCohortsByIds,
  findJoiningPerson,
  findMemberForUpdate,
  findMembers,
  findMemberships,
  findPairRefs,
  findPairRules,
  insertCohort,
  insertMember,
  insertPairRule,
  isMember,
  listCohortsFor,
  setMemberCapacity,
  updateCohortSettings,
  updateCohortStatus,
} from '../../src/cohorts/cohorts.repository';
import { openTestDatabase, type TestDatabase } from './database';
import { makeCohort, makeMatch, makeMember, makePerson } from './cohorts-fixtures';

describe('cohorts repository (middle tier)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  const m = () => db.dataSource.manager;

  it('writes a cohort and reads it back as a typed row, in one statement each', async () => {
    const lead = await makePerson(m(), 'LEAD');
    db.statements.reset();
    const created = await insertCohort(
      m(),
      { ...NEW_COHORT_SETTINGS, name: 'Primavera', startsOn: '2027-03-01', endsOn: '2027-05-30' },
      lead,
    );
    expect(db.statements.count).toBe(1);
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Primavera',
      startsOn: '2027-03-01',
      endsOn: '2027-05-30',
      status: 'DRAFT',
      minOverlapMinutes: 60,
      targetOverlapMinutes: 180,
      weights: { language: 1, availability: 1, interests: 1, goals: 1, equity: 0.5 },
      expiryDays: 7,
      allowRepeatPairs: false,
      requireVerifiedEmail: true,
      createdBy: lead,
      createdAt: expect.any(Date),
      updatedAt: expect.any(Date),
    });
    db.statements.reset();
    await expect(findCohort(m(), created.id)).resolves.toEqual(created);
    expect(db.statements.count).toBe(1);
    await expect(findCohort(m(), '00000000-0000-4000-8000-000000000000')).resolves.toBeNull();
  });

  it('locks a cohort inside a transaction (NO KEY UPDATE and SHARE)', async () => {
    const cohort = await makeCohort(m());
    await expect(
      db.dataSource.transaction(async (t) => [
        (await findCohort(t, cohort.id, 'NO KEY UPDATE'))?.id,
        (await findCohort(t, cohort.id, 'SHARE'))?.id,
      ]),
    ).resolves.toEqual([cohort.id, cohort.id]);
  });

  it('updates the settings and the status, and returns the row', async () => {
    const cohort = await makeCohort(m());
    const settings = {
      ...NEW_COHORT_SETTINGS,
      name: 'Otoño',
      startsOn: '2027-09-01',
      endsOn: '2027-11-30',
      minOverlapMinutes: 30,
      targetOverlapMinutes: 120,
      weights: { ...NEW_COHORT_SETTINGS.weights, equity: 0 },
      expiryDays: 3,
      allowRepeatPairs: true,
    };
    await expect(updateCohortSettings(m(), cohort.id, settings)).resolves.toMatchObject({
      id: cohort.id,
      ...settings,
      status: 'DRAFT',
    });
    await expect(updateCohortStatus(m(), cohort.id, 'OPEN')).resolves.toMatchObject({
      id: cohort.id,
      status: 'OPEN',
      name: 'Otoño',
    });
    await expect(
      updateCohortStatus(m(), '00000000-0000-4000-8000-000000000000', 'OPEN'),
    ).resolves.toBeNull();
  });

  it('finds cohorts by ids in one statement, skipping unknown ids', async () => {
    const a = await makeCohort(m());
    const b = await makeCohort(m());
    db.statements.reset();
    const rows = await findCohortsByIds(m(), [a.id, b.id, '00000000-0000-4000-8000-000000000000']);
    expect(db.statements.count).toBe(1);
    expect(rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('lists all cohorts for leads; open ones and their own for participants', async () => {
    const lead = await makePerson(m(), 'LEAD');
    const mentee = await makePerson(m(), 'MENTEE');
    const draft = await makeCohort(m(), { startsOn: '2030-01-01' });
    const open = await makeCohort(m(), { startsOn: '2030-02-01', status: 'OPEN' });
    const mine = await makeCohort(m(), { startsOn: '2030-03-01', status: 'OPEN' });
    await insertMember(m(), {
      cohortId: mine.id,
      participantId: mentee,
      role: 'MENTEE',
      capacity: null,
    });
    await updateCohortStatus(m(), mine.id, 'MATCHING');
    const ours = [draft.id, open.id, mine.id];

    const forLead = (await listCohortsFor(m(), { id: lead, role: 'LEAD' })).map((c) => c.id);
    // Newest start first.
    expect(forLead.filter((id) => ours.includes(id))).toEqual([mine.id, open.id, draft.id]);

    const forMentee = await listCohortsFor(m(), { id: mentee, role: 'MENTEE' });
    const seen = forMentee.map((c) => c.id);
    expect(seen).toEqual(expect.arrayContaining([mine.id, open.id]));
    expect(seen).not.toContain(draft.id);
    expect(forMentee.every((c) => c.status === 'OPEN' || c.id === mine.id)).toBe(true);
  });

  it('joins a person once and finds their places', async () => {
    const cohort = await makeCohort(m(), { status: 'OPEN' });
    const mentor = await makePerson(m(), 'MENTOR', 4);
    const other = await makeCohort(m(), { status: 'OPEN' });
    await expect(findJoiningPerson(m(), mentor)).resolves.toEqual({
      id: mentor,
      role: 'MENTOR',
      capacity: 4,
    });
    await expect(
      findJoiningPerson(m(), '00000000-0000-4000-8000-000000000000'),
    ).resolves.toBeNull();

    await expect(isMember(m(), cohort.id, mentor)).resolves.toBe(false);
    const member = {
      cohortId: cohort.id,
      participantId: mentor,
      role: 'MENTOR' as const,
      capacity: 2,
    };
    await expect(insertMember(m(), member)).resolves.toBe(true);
    await expect(insertMember(m(), { ...member, capacity: 3 })).resolves.toBe(false);
    await expect(isMember(m(), cohort.id, mentor)).resolves.toBe(true);

    db.statements.reset();
    const places = await findMemberships(m(), mentor, [cohort.id, other.id]);
    expect(db.statements.count).toBe(1);
    expect(places).toEqual([
      {
        id: expect.any(String),
        cohortId: cohort.id,
        participantId: mentor,
        role: 'MENTOR',
        capacity: 2,
        joinedAt: expect.any(Date),
      },
    ]);
    const mentee = await makeMember(m(), cohort.id, 'MENTEE');
    const both = await findMembers(m(), cohort.id, [mentor, mentee]);
    expect(both.map((x) => [x.participantId, x.role]).sort()).toEqual(
      [
        [mentor, 'MENTOR'],
        [mentee, 'MENTEE'],
      ].sort(),
    );
  });

  it('locks a member row and changes its capacity', async () => {
    const cohort = await makeCohort(m(), { status: 'OPEN' });
    const mentor = await makeMember(m(), cohort.id, 'MENTOR', 2);
    const updated = await db.dataSource.transaction(async (t) => {
      const member = await findMemberForUpdate(t, cohort.id, mentor);
      if (!member) {
        throw new Error('member not found');
      }
      return setMemberCapacity(t, member.id, 5);
    });
    expect(updated).toMatchObject({ cohortId: cohort.id, participantId: mentor, capacity: 5 });
    await expect(findMemberForUpdate(m(), cohort.id, cohort.id)).resolves.toBeNull();
  });

  it.each(MATCH_STATUSES.map((s) => [s, holdsPlace(s)] as const))(
    'counts a %s match as holding a place: %s (the capacity rule)',
    async (status, holds) => {
      const cohort = await makeCohort(m(), { status: 'OPEN' });
      const mentorId = await makeMember(m(), cohort.id, 'MENTOR', 2);
      const menteeId = await makeMember(m(), cohort.id, 'MENTEE');
      await makeMatch(m(), { cohortId: cohort.id, mentorId, menteeId }, status);
      await expect(countPlacesHeld(m(), cohort.id, mentorId)).resolves.toBe(holds ? 1 : 0);
      const [counts] = await countCohorts(m(), [cohort.id]);
      expect(counts.placesHeld).toBe(holds ? 1 : 0);
    },
  );

  it('counts people, places offered and places held per cohort in one statement', async () => {
    // Hand-computed: cohort A has mentors of capacity 3 and 2 and three mentees; mentor 1
    // holds PROPOSED + ACCEPTED + COMPLETED (3 places), and a DECLINED and an ENDED match
    // free theirs. Cohort B is empty.
    const a = await makeCohort(m(), { status: 'OPEN' });
    const b = await makeCohort(m(), { status: 'OPEN' });
    const mentor1 = await makeMember(m(), a.id, 'MENTOR', 3);
    await makeMember(m(), a.id, 'MENTOR', 2);
    const mentees = [
      await makeMember(m(), a.id, 'MENTEE'),
      await makeMember(m(), a.id, 'MENTEE'),
      await makeMember(m(), a.id, 'MENTEE'),
    ];
    const pair = (i: number) => ({ cohortId: a.id, mentorId: mentor1, menteeId: mentees[i] });
    await makeMatch(m(), pair(0), 'DECLINED');
    await makeMatch(m(), pair(0), 'PROPOSED');
    await makeMatch(m(), pair(1), 'ENDED');
    await makeMatch(m(), pair(1), 'ACCEPTED');
    await makeMatch(m(), pair(2), 'COMPLETED');

    db.statements.reset();
    const rows = await countCohorts(m(), [a.id, b.id]);
    expect(db.statements.count).toBe(1);
    const byId = new Map(rows.map((r) => [r.cohortId, r]));
    expect(byId.get(a.id)).toEqual({
      cohortId: a.id,
      mentees: 3,
      mentors: 2,
      capacity: 5,
      placesHeld: 3,
    });
    expect(byId.get(b.id)).toEqual({
      cohortId: b.id,
      mentees: 0,
      mentors: 0,
      capacity: 0,
      placesHeld: 0,
    });
    await expect(countPlacesHeld(m(), a.id, mentor1)).resolves.toBe(3);
  });

  it('adds pair rules once (one PIN per mentee), lists them oldest first, and removes them', async () => {
    const cohort = await makeCohort(m(), { status: 'OPEN' });
    const other = await makeCohort(m(), { status: 'OPEN' });
    const mentor = await makeMember(m(), cohort.id, 'MENTOR');
    const mentor2 = await makeMember(m(), cohort.id, 'MENTOR');
    const mentee = await makeMember(m(), cohort.id, 'MENTEE');
    const rule = { cohortId: cohort.id, mentorId: mentor, menteeId: mentee, createdBy: null };
    const pin = await insertPairRule(m(), { ...rule, kind: 'PIN' });
    expect(pin).toEqual({
      id: expect.any(String),
      ...rule,
      kind: 'PIN',
      createdAt: expect.any(Date),
    });
    await expect(insertPairRule(m(), { ...rule, kind: 'EXCLUDE' })).resolves.toBeNull();
    await expect(
      insertPairRule(m(), { ...rule, mentorId: mentor2, kind: 'PIN' }),
    ).resolves.toBeNull();
    const exclude = await insertPairRule(m(), { ...rule, mentorId: mentor2, kind: 'EXCLUDE' });

    db.statements.reset();
    const rules = await findPairRules(m(), [cohort.id, other.id]);
    expect(db.statements.count).toBe(1);
    expect(rules.map((r) => r.id)).toEqual([pin?.id, exclude?.id]);

    await expect(findPairRefs(m(), cohort.id, 'PIN')).resolves.toEqual([
      { mentorId: mentor, menteeId: mentee },
    ]);
    await expect(findPairRefs(m(), cohort.id, 'EXCLUDE')).resolves.toEqual([
      { mentorId: mentor2, menteeId: mentee },
    ]);
    await expect(findPairRefs(m(), other.id, 'EXCLUDE')).resolves.toEqual([]);

    await expect(deletePairRule(m(), pin?.id ?? '')).resolves.toBe(true);
    await expect(deletePairRule(m(), pin?.id ?? '')).resolves.toBe(false);
    await expect(findPairRules(m(), [cohort.id])).resolves.toEqual([exclude]);
  });
});
