// The leads' report against a real database: every figure of a small cohort, computed by hand
// from the fixture below; each repository query; and that the report only reads, in one
// snapshot.
import type { EntityManager } from 'typeorm';
import { DEFAULT_WEIGHTS } from '../../src/matching/engine/types';
import { readCohortReport } from '../../src/reports/cohort-report';
import { readCsvReport } from '../../src/reports/csv-report';
import { inReadOnlySnapshot } from '../../src/reports/read-snapshot';
import {
  csvPairs,
  findCohort,
  matchesByIds,
  matchFacts,
  memberGroups,
  menteeGroups,
  ratingTotals,
  sessionCounts,
  unmatchedGroups,
} from '../../src/reports/reports.repository';
import { findPairsNeedingCheckIn } from '../../src/sessions/sessions.repository';
import { openTestDatabase, type TestDatabase } from './database';
import {
  insertCohort,
  insertFeedback,
  insertMatch,
  insertMember,
  insertPerson,
  insertRun,
  insertSession,
  type Person,
} from './reports-fixture';

const NOW = new Date('2027-04-15T12:00:00Z');
const JOINED = new Date('2027-02-01T00:00:00Z');
const PROPOSED = new Date('2027-03-01T00:00:00Z');
const EXPIRED_LONG_AGO = new Date('2027-03-08T00:00:00Z');
// Cohort weights (sum 4.5) and the latest run's (sum 5, interests weigh nothing).
const COHORT_W = DEFAULT_WEIGHTS;
const RUN_W = { language: 2, availability: 1, interests: 0, goals: 1, equity: 1 };

const mentee = (
  name: string,
  languages: ('EN' | 'ES')[],
  timezone: string,
  underrepresented: boolean,
): Person => ({ name, role: 'MENTEE', languages, timezone, underrepresented });

type Fixture = {
  cohortId: string;
  people: Record<string, string>;
  matches: Record<number, string>;
};

async function buildFixture(m: EntityManager): Promise<Fixture> {
  const people: Record<string, string> = {};
  const mentors: [string, Person, number][] = [
    [
      'M1',
      {
        name: 'Ana Mentora',
        role: 'MENTOR',
        languages: ['EN', 'ES'],
        timezone: 'America/Bogota',
        capacity: 5,
      },
      3,
    ],
    [
      'M2',
      {
        name: 'Beto Mentor',
        role: 'MENTOR',
        languages: ['EN'],
        timezone: 'Europe/Madrid',
        capacity: 5,
      },
      2,
    ],
    [
      'M3',
      {
        name: 'Caro Mentore',
        role: 'MENTOR',
        languages: ['ES'],
        timezone: 'America/Mexico_City',
        capacity: 5,
      },
      2,
    ],
  ];
  const mentees: [string, Person][] = [
    ['E1', mentee('Aprendiz 1', ['EN', 'ES'], 'Europe/Madrid', true)],
    ['E2', mentee('Aprendiz 2', ['EN', 'ES'], 'Europe/London', true)],
    ['E3', mentee('Aprendiz 3', ['EN', 'ES'], 'America/Bogota', true)],
    ['E4', mentee('Aprendiz 4', ['EN', 'ES'], 'America/Bogota', true)],
    ['E5', mentee('Aprendiz 5', ['ES'], 'America/Bogota', true)],
    ['E6', mentee('Aprendiz 6', ['ES'], 'America/Bogota', true)],
    ['E7', mentee('Aprendiz 7', ['ES'], 'America/Mexico_City', false)],
    ['E8', mentee('Aprendiz 8', ['EN', 'ES'], 'America/Lima', false)],
    ['E9', mentee('Aprendiz 9', ['ES'], 'America/Lima', false)],
    ['E10', mentee('Aprendiz 10', ['ES'], 'America/Lima', false)],
    ['E11', mentee('Aprendiz 11', ['EN', 'ES'], 'America/Bogota', false)],
    ['E12', mentee('Aprendiz 12', ['EN', 'ES'], 'America/Lima', false)],
  ];
  const cohortId = await insertCohort(m, 'Cohorte Ñandú', COHORT_W);
  for (const [key, person, capacity] of mentors) {
    people[key] = await insertPerson(m, person);
    await insertMember(m, cohortId, people[key], 'MENTOR', JOINED, capacity);
  }
  for (const [key, person] of mentees) {
    people[key] = await insertPerson(m, person);
    await insertMember(m, cohortId, people[key], 'MENTEE', JOINED);
  }
  // An older run whose unmatched list the report ignores, and the latest one.
  await insertRun(m, cohortId, COHORT_W, new Date('2027-02-10T00:00:00Z'), [
    { menteeId: people.E9, reasons: ['NO_SHARED_LANGUAGE'] },
  ]);
  const run = await insertRun(m, cohortId, RUN_W, new Date('2027-02-28T00:00:00Z'), [
    { menteeId: people.E11, reasons: ['NO_AVAILABILITY_OVERLAP'] },
    { menteeId: people.E12, reasons: ['NO_AVAILABILITY_OVERLAP', 'ALL_EXCLUDED'] },
    { menteeId: people.E6, reasons: ['MENTORS_AT_CAPACITY'] },
    { menteeId: people.E7, reasons: ['NO_AVAILABILITY_OVERLAP'] },
    { menteeId: people.E5, reasons: ['MENTORS_AT_CAPACITY'] },
    { menteeId: people.E2, reasons: ['NO_SHARED_LANGUAGE'] },
  ]);
  // [mentee, mentor, status, run?, parts l a i g e, overlap, hours to answer, expires]
  type Row = [string, string, string, boolean, number[], number, number | null, Date?];
  const rows: Row[] = [
    ['E1', 'M1', 'ACCEPTED', true, [1, 1, 0.5, 0.5, 1], 360, 2],
    ['E2', 'M1', 'ACCEPTED', false, [1, 1, 0, 0.5, 1], 200, 4],
    ['E3', 'M1', 'COMPLETED', false, [1, 0.5, 0.25, 0.5, 1], 60, 6],
    ['E4', 'M2', 'ENDED', false, [0.5, 1, 0, 0, 1], 180, 10],
    [
      'E5',
      'M2',
      'PROPOSED',
      true,
      [0.5, 0.5, 1, 0, 1],
      119,
      null,
      new Date('2027-04-20T00:00:00Z'),
    ],
    // Due before NOW and not yet swept: reads as EXPIRED.
    ['E6', 'M2', 'PROPOSED', true, [1, 1, 1, 1, 1], 360, null, new Date('2027-04-10T00:00:00Z')],
    ['E7', 'M3', 'EXPIRED', false, [1, 1, 1, 1, 0], 400, null],
    ['E8', 'M3', 'DECLINED', false, [1, 0, 0, 0, 0], 300, 1],
    ['E9', 'M3', 'DECLINED', false, [0.5, 0.25, 0, 0, 0], 240, 3],
    ['E10', 'M3', 'DECLINED', false, [1, 1, 0.5, 0, 0], 250, 5],
    ['E11', 'M3', 'DECLINED', true, [0.5, 0.5, 0, 0.5, 0], 299, 7],
    ['E1', 'M2', 'DECLINED', true, [0.5, 1, 0, 0, 1], 500, 30],
    ['E12', 'M3', 'DECLINED', false, [1, 1, 1, 0.25, 0], 1000, 0.5],
  ];
  const matches: Record<number, string> = {};
  for (const [i, [e, mentor, status, byRun, p, overlap, hours, expires]] of rows.entries()) {
    matches[i + 1] = await insertMatch(m, {
      cohortId,
      runId: byRun ? run : null,
      mentorId: people[mentor],
      menteeId: people[e],
      status,
      parts: { language: p[0], availability: p[1], interests: p[2], goals: p[3], equity: p[4] },
      weights: byRun ? RUN_W : COHORT_W,
      overlap,
      proposedAt: PROPOSED,
      expiresAt: expires ?? EXPIRED_LONG_AGO,
      hoursToAnswer: hours,
      declineReason: status === 'DECLINED' ? 'NO_TIME' : undefined,
    });
  }
  const pair = (i: number, e: string, mentor: string) => ({
    id: matches[i],
    cohortId,
    mentorId: people[mentor],
    menteeId: people[e],
  });
  const at = (iso: string) => new Date(iso);
  const s1 = await insertSession(
    m,
    pair(1, 'E1', 'M1'),
    at('2027-03-01T15:00:00Z'),
    60,
    'COMPLETED',
  );
  const s2 = await insertSession(
    m,
    pair(1, 'E1', 'M1'),
    at('2027-03-20T15:00:00Z'),
    90,
    'COMPLETED',
  );
  const s3 = await insertSession(
    m,
    pair(2, 'E2', 'M1'),
    at('2027-03-02T12:00:00Z'),
    45,
    'COMPLETED',
  );
  await insertSession(m, pair(3, 'E3', 'M1'), at('2027-03-05T12:00:00Z'), 60, 'NO_SHOW');
  await insertSession(m, pair(2, 'E2', 'M1'), at('2027-04-20T12:00:00Z'), 30, 'SCHEDULED');
  await insertSession(m, pair(3, 'E3', 'M1'), at('2027-03-10T12:00:00Z'), 60, 'CANCELLED');
  const fb = (id: string, e: string) => ({ id, cohortId, menteeId: people[e] });
  await insertFeedback(m, fb(s1, 'E1'), people.M1, 5);
  await insertFeedback(m, fb(s1, 'E1'), people.E1, 4);
  await insertFeedback(m, fb(s2, 'E1'), people.M1, 4);
  await insertFeedback(m, fb(s2, 'E1'), people.E1, 3);
  await insertFeedback(m, fb(s3, 'E2'), people.M1, 5);
  return { cohortId, people, matches };
}

const TABLES = [
  'participant',
  'cohort',
  'cohort_member',
  'pair_rule',
  'match_run',
  'match',
  'match_event',
  'notification',
  'mentorship_session',
  'session_feedback',
];

// Every row's version (xmin) and place (ctid): an insert, update or delete changes the digest.
async function tableDigest(m: EntityManager): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await m.query<{ n: number; h: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(xmin::text || ':' || ctid::text, ',' ORDER BY ctid)) AS h FROM ${table}`,
    );
    out[table] = `${row.n}:${row.h ?? ''}`;
  }
  return out;
}

describe('the leads report (middle tier)', () => {
  let db: TestDatabase;
  let f: Fixture;
  beforeAll(async () => {
    db = await openTestDatabase();
    f = await db.dataSource.transaction((m) => buildFixture(m));
  });
  afterAll(async () => {
    await db.close();
  });
  const report = () =>
    inReadOnlySnapshot(db.dataSource, (m) => readCohortReport(m, f.cohortId, NOW));

  it('counts people and places (the capacity rule: PROPOSED, ACCEPTED, COMPLETED hold one)', async () => {
    const r = await report();
    expect(r).not.toBeNull();
    expect(r?.menteeCount).toBe(12);
    expect(r?.mentorCount).toBe(3);
    expect(r?.participation).toEqual({
      menteesByLanguage: [
        { label: 'English only', count: 0, display: '0' },
        { label: 'Spanish only', count: 5, display: '5' },
        { label: 'Both', count: 7, display: '7' },
      ],
      mentorsByLanguage: [
        { label: 'English only', count: null, display: '<5' },
        { label: 'Spanish only', count: null, display: '<5' },
        { label: 'Both', count: null, display: '<5' },
      ],
      // Madrid is UTC+1 and London UTC+0 on 1 March; Mexico City UTC-6; Bogotá and Lima UTC-5.
      menteesByOffset: [
        { label: 'UTC-12..-6', count: null, display: '<5' },
        { label: 'UTC-5..-3', count: 9, display: '9' },
        { label: 'UTC-2..+0', count: null, display: '<5' },
        { label: 'UTC+1..+3', count: null, display: '<5' },
        { label: 'UTC+4..+14', count: 0, display: '0' },
      ],
      mentorsByOffset: [
        { label: 'UTC-12..-6', count: null, display: '<5' },
        { label: 'UTC-5..-3', count: null, display: '<5' },
        { label: 'UTC-2..+0', count: 0, display: '0' },
        { label: 'UTC+1..+3', count: null, display: '<5' },
        { label: 'UTC+4..+14', count: 0, display: '0' },
      ],
      capacityOffered: 7,
      // Held: 1 live proposal + 2 accepted + 1 completed; the due proposal freed its place.
      capacityUsed: 3,
      capacityPending: 1,
    });
  });

  it('counts the funnel at the request time (a due proposal reads as expired)', async () => {
    const r = await report();
    expect(r?.matchesByStatus).toEqual([
      { status: 'PROPOSED', count: 1 },
      { status: 'ACCEPTED', count: 2 },
      { status: 'DECLINED', count: 6 },
      { status: 'EXPIRED', count: 2 },
      { status: 'COMPLETED', count: 1 },
      { status: 'ENDED', count: 1 },
    ]);
    expect(r?.funnel).toEqual({
      proposed: 13,
      accepted: 4,
      declined: 6,
      expired: 2,
      completed: 1,
      ended: 1,
      declinedByReason: [
        { label: 'NO_TIME', count: 6, display: '6' },
        { label: 'NOT_MY_EXPERTISE', count: 0, display: '0' },
        { label: 'LANGUAGE', count: 0, display: '0' },
        { label: 'OTHER', count: 0, display: '0' },
      ],
      // Answers after 0.5, 1, 2, 3, 4 | 5, 6, 7, 10, 30 hours: (4 + 5) / 2.
      medianHoursToAnswer: 4.5,
    });
  });

  it('averages the scores a lead may see (no equity part) and each part', async () => {
    const r = await report();
    // Without equity, by the engine's formula and each pair's weights (cohort sum 4.5, run 5):
    // 700, 556, 500, 333, 300, 800, 889, 222, 167, 556, 400, 400, 722 → 6545 / 13 = 503.46.
    expect(r?.averageScore).toBe(503.5);
    expect(r?.quality).toEqual({
      averageScore: 503.5,
      averageLanguage: 0.808, // 10.5 / 13
      averageAvailability: 0.75, // 9.75 / 13
      averageInterests: 0.404, // 5.25 / 13
      averageGoals: 0.327, // 4.25 / 13
      averageEquity: null,
      // 60 and 119 | 180, 200, 240, 250, 299 | 300, 360, 360, 400, 500, 1000 minutes: the
      // 2 hides, and so does the 5 (or the total would give the 2 away).
      overlapDistribution: [
        { label: 'under 1 h', count: 0, display: '0' },
        { label: '1-2 h', count: null, display: '<5' },
        { label: '2-3 h', count: 0, display: '0' },
        { label: '3-5 h', count: null, display: '<5' },
        { label: '5 h or more', count: 6, display: '6' },
      ],
      // From the latest run only; E5 (live proposal) and E2 (accepted) are matched now, E6's
      // proposal is due. Bogotá and Lima merge into one band.
      unmatched: [
        {
          reason: 'NO_AVAILABILITY_OVERLAP',
          language: 'Both',
          offsetBand: 'UTC-5..-3',
          count: '<5',
          summary: '<5 bilingual mentees in UTC-5..-3 without a mentor with enough shared hours',
        },
        {
          reason: 'ALL_EXCLUDED',
          language: 'Both',
          offsetBand: 'UTC-5..-3',
          count: '<5',
          summary: '<5 bilingual mentees in UTC-5..-3 whose compatible mentors were all excluded',
        },
        {
          reason: 'MENTORS_AT_CAPACITY',
          language: 'Spanish only',
          offsetBand: 'UTC-5..-3',
          count: '<5',
          summary: '<5 Spanish-only mentees in UTC-5..-3 whose compatible mentors are all full',
        },
        {
          reason: 'NO_AVAILABILITY_OVERLAP',
          language: 'Spanish only',
          offsetBand: 'UTC-12..-6',
          count: '<5',
          summary:
            '<5 Spanish-only mentees in UTC-12..-6 without a mentor with enough shared hours',
        },
      ],
    });
  });

  it('counts sessions, ratings and the pairs needing a check-in', async () => {
    const r = await report();
    expect(r?.completedSessionCount).toBe(3);
    expect(r?.averageRating).toBe(4.2); // (5 + 4 + 4 + 3 + 5) / 5
    expect(r?.activity).toEqual({
      sessionsPerPair: 0.75, // 3 completed over 4 accepted pairs
      mentoringHours: 3.3, // 195 minutes = 3.25 h, rounded half up
      completionRate: 0.75, // 3 of the 4 that were due (one no-show)
      noShowRate: 0.25,
      scheduledSessionCount: 1,
      cancelledSessionCount: 1,
      pairsNeedingCheckIn: 1,
      // E2 and M1 last met on 2 March: 44 days before NOW. E1 and M1 met on 20 March.
      checkIns: [{ matchId: f.matches[2], reason: 'SILENT', daysSince: 44 }],
      averageRating: 4.2,
    });
  });

  it('compares self-identified mentees with the rest, small cells suppressed', async () => {
    const r = await report();
    expect(r?.matchedMenteeCount).toBe(4);
    expect(r?.equity).toEqual([
      {
        group: 'Self-identified underrepresented',
        mentees: '6',
        matched: '<5',
        matchRate: null,
        medianHoursToMatch: null,
        averageRating: 4.2, // five ratings of E1's and E2's sessions
      },
      {
        group: 'Everyone else',
        mentees: '6',
        // Hidden too: beside the published total (4 matched), a shown 0 would give the
        // self-identified group's 4 away.
        matched: '<5',
        matchRate: null,
        medianHoursToMatch: null,
        averageRating: null,
      },
    ]);
    expect(r?.cohortId).toBe(f.cohortId);
    expect(r?.cohort.name).toBe('Cohorte Ñandú');
    expect(r?.csvUrl).toBe(`/reports/${f.cohortId}.csv`);
  });

  it('reads no cohort as null', async () => {
    await expect(
      inReadOnlySnapshot(db.dataSource, (m) =>
        readCohortReport(m, '00000000-0000-4000-8000-000000000000', NOW),
      ),
    ).resolves.toBeNull();
  });

  it('writes the CSV at the request time, scores without the equity part', async () => {
    const file = await inReadOnlySnapshot(db.dataSource, (m) => readCsvReport(m, f.cohortId, NOW));
    expect(file?.fileName).toBe('puente-Cohorte-Ñandú.csv');
    const lines = file?.body.split('\n') ?? [];
    expect(lines[0]).toBe('\ufeffCohort,Cohorte Ñandú');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Mentees,12',
        'Matched mentees,4',
        'Proposals expired,2',
        'Average score (of 100),50.4',
        'Median hours to answer,4.5',
        'Capacity used,3',
        'Pairs needing a check-in,1',
        "Declined by reason,I don't have time now: 6,Not my area of expertise: 0,Language: 0,Another reason: 0",
      ]),
    );
    const pairs = lines.slice(lines.indexOf('Pairs') + 2).filter((l) => l !== '');
    expect(pairs).toHaveLength(13);
    // Same proposal time: ordered by the mentor's then the mentee's name.
    expect(pairs.slice(0, 7)).toEqual([
      'Ana Mentora,Aprendiz 1,Accepted,70,1,1,0.5,0.5,360,2027-03-01T00:00:00.000Z,2',
      'Ana Mentora,Aprendiz 2,Accepted,55.6,1,1,0,0.5,200,2027-03-01T00:00:00.000Z,1',
      'Ana Mentora,Aprendiz 3,Completed,50,1,0.5,0.25,0.5,60,2027-03-01T00:00:00.000Z,0',
      'Beto Mentor,Aprendiz 1,Declined,40,0.5,1,0,0,500,2027-03-01T00:00:00.000Z,0',
      'Beto Mentor,Aprendiz 4,Ended early,33.3,0.5,1,0,0,180,2027-03-01T00:00:00.000Z,0',
      'Beto Mentor,Aprendiz 5,Proposed,30,0.5,0.5,1,0,119,2027-03-01T00:00:00.000Z,0',
      // Stored PROPOSED, due at NOW.
      'Beto Mentor,Aprendiz 6,Expired,80,1,1,1,1,360,2027-03-01T00:00:00.000Z,0',
    ]);
    expect(file?.body).not.toMatch(/@example\.org/);
  });

  describe('repository queries', () => {
    const read = <T>(work: (m: EntityManager) => Promise<T>) =>
      inReadOnlySnapshot(db.dataSource, work);

    it('findCohort and matchesByIds', async () => {
      await expect(read((m) => findCohort(m, f.cohortId))).resolves.toMatchObject({
        id: f.cohortId,
        name: 'Cohorte Ñandú',
        startsOn: '2027-03-01',
      });
      const found = await read((m) => matchesByIds(m, [f.matches[1], f.matches[7]]));
      expect(found.map((x) => [x.id, x.status]).sort()).toEqual(
        [
          [f.matches[1], 'ACCEPTED'],
          [f.matches[7], 'EXPIRED'],
        ].sort(),
      );
    });

    it('memberGroups: by role, zone and languages, with the offset at the cohort start', async () => {
      const rows = await read((m) => memberGroups(m, f.cohortId));
      expect(rows).toEqual([
        {
          role: 'MENTEE',
          languages: ['EN', 'ES'],
          timezone: 'America/Bogota',
          offsetHours: -5,
          people: 3,
          capacity: 0,
        },
        {
          role: 'MENTEE',
          languages: ['ES'],
          timezone: 'America/Bogota',
          offsetHours: -5,
          people: 2,
          capacity: 0,
        },
        {
          role: 'MENTEE',
          languages: ['EN', 'ES'],
          timezone: 'America/Lima',
          offsetHours: -5,
          people: 2,
          capacity: 0,
        },
        {
          role: 'MENTEE',
          languages: ['ES'],
          timezone: 'America/Lima',
          offsetHours: -5,
          people: 2,
          capacity: 0,
        },
        {
          role: 'MENTEE',
          languages: ['ES'],
          timezone: 'America/Mexico_City',
          offsetHours: -6,
          people: 1,
          capacity: 0,
        },
        {
          role: 'MENTEE',
          languages: ['EN', 'ES'],
          timezone: 'Europe/London',
          offsetHours: 0,
          people: 1,
          capacity: 0,
        },
        {
          role: 'MENTEE',
          languages: ['EN', 'ES'],
          timezone: 'Europe/Madrid',
          offsetHours: 1,
          people: 1,
          capacity: 0,
        },
        {
          role: 'MENTOR',
          languages: ['EN', 'ES'],
          timezone: 'America/Bogota',
          offsetHours: -5,
          people: 1,
          capacity: 3,
        },
        {
          role: 'MENTOR',
          languages: ['ES'],
          timezone: 'America/Mexico_City',
          offsetHours: -6,
          people: 1,
          capacity: 2,
        },
        {
          role: 'MENTOR',
          languages: ['EN'],
          timezone: 'Europe/Madrid',
          offsetHours: 1,
          people: 1,
          capacity: 2,
        },
      ]);
    });

    it('matchFacts: stored status, parts, the weights each pair was scored with', async () => {
      const rows = await read((m) => matchFacts(m, f.cohortId));
      expect(rows).toHaveLength(13);
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(f.matches[1])).toEqual({
        id: f.matches[1],
        status: 'ACCEPTED',
        expiresAt: EXPIRED_LONG_AGO,
        parts: { language: 1, availability: 1, interests: 0.5, goals: 0.5, equity: 1 },
        weights: RUN_W,
        overlapMinutesPerWeek: 360,
        hoursToAnswer: 2,
        declineReason: null,
      });
      expect(byId.get(f.matches[6])).toMatchObject({
        status: 'PROPOSED', // stored; the report derives EXPIRED at NOW
        expiresAt: new Date('2027-04-10T00:00:00Z'),
        hoursToAnswer: null,
      });
      expect(byId.get(f.matches[13])).toMatchObject({
        status: 'DECLINED',
        weights: COHORT_W,
        hoursToAnswer: 0.5,
        declineReason: 'NO_TIME',
        overlapMinutesPerWeek: 1000,
      });
    });

    it('menteeGroups: by self-identification, hours to the first accepted match, ratings', async () => {
      const rows = await read((m) => menteeGroups(m, f.cohortId));
      // Joined 1 February; E1's match was accepted on 1 March at 02:00 (28 days + 2 h), E2's
      // at 04:00, E3's at 06:00, E4's at 10:00. Everyone else has no accepted match.
      expect(rows.map((r) => ({ ...r, hoursToMatch: [...r.hoursToMatch].sort() }))).toEqual([
        {
          underrepresented: true,
          mentees: 6,
          hoursToMatch: [674, 676, 678, 682],
          ratingSum: 21,
          ratingCount: 5,
        },
        { underrepresented: false, mentees: 6, hoursToMatch: [], ratingSum: 0, ratingCount: 0 },
      ]);
    });

    it('sessionCounts and ratingTotals', async () => {
      await expect(read((m) => sessionCounts(m, f.cohortId))).resolves.toEqual([
        { status: 'CANCELLED', sessions: 1, minutes: 60 },
        { status: 'COMPLETED', sessions: 3, minutes: 195 },
        { status: 'NO_SHOW', sessions: 1, minutes: 60 },
        { status: 'SCHEDULED', sessions: 1, minutes: 30 },
      ]);
      await expect(read((m) => ratingTotals(m, f.cohortId))).resolves.toEqual({
        sum: 21,
        count: 5,
      });
    });

    it('unmatchedGroups: the latest run, less mentees holding a place at the time asked', async () => {
      const at = (now: Date) => read((m) => unmatchedGroups(m, f.cohortId, now));
      const rows = await at(NOW);
      expect(rows).toEqual([
        {
          reason: 'ALL_EXCLUDED',
          languages: ['EN', 'ES'],
          timezone: 'America/Lima',
          offsetHours: -5,
          mentees: 1,
        },
        {
          reason: 'MENTORS_AT_CAPACITY',
          languages: ['ES'],
          timezone: 'America/Bogota',
          offsetHours: -5,
          mentees: 1,
        },
        {
          reason: 'NO_AVAILABILITY_OVERLAP',
          languages: ['EN', 'ES'],
          timezone: 'America/Bogota',
          offsetHours: -5,
          mentees: 1,
        },
        {
          reason: 'NO_AVAILABILITY_OVERLAP',
          languages: ['EN', 'ES'],
          timezone: 'America/Lima',
          offsetHours: -5,
          mentees: 1,
        },
        {
          reason: 'NO_AVAILABILITY_OVERLAP',
          languages: ['ES'],
          timezone: 'America/Mexico_City',
          offsetHours: -6,
          mentees: 1,
        },
      ]);
      // Before E6's proposal was due, it held her place.
      const before = await at(new Date('2027-04-01T00:00:00Z'));
      expect(before.some((r) => r.reason === 'MENTORS_AT_CAPACITY')).toBe(false);
      expect(before).toHaveLength(4);
    });

    it('csvPairs: names, stored status, parts, weights and completed sessions', async () => {
      const rows = await read((m) => csvPairs(m, f.cohortId));
      expect(rows).toHaveLength(13);
      expect(rows[0]).toEqual({
        mentor: 'Ana Mentora',
        mentee: 'Aprendiz 1',
        mentorPerson: expect.objectContaining({ name: 'Ana Mentora', timezone: 'America/Bogota' }),
        menteePerson: expect.objectContaining({ name: 'Aprendiz 1', timezone: 'Europe/Madrid' }),
        status: 'ACCEPTED',
        expiresAt: EXPIRED_LONG_AGO,
        parts: { language: 1, availability: 1, interests: 0.5, goals: 0.5, equity: 1 },
        weights: RUN_W,
        overlapMinutesPerWeek: 360,
        proposedAt: PROPOSED,
        completedSessions: 2,
      });
      expect(rows.map((r) => r.completedSessions).reduce((a, n) => a + n, 0)).toBe(3);
    });

    it('findPairsNeedingCheckIn (sessions) sees the silent pair only', async () => {
      const rows = await read((m) => findPairsNeedingCheckIn(m, NOW, f.cohortId));
      expect(rows.map((r) => [r.id, r.reason])).toEqual([[f.matches[2], 'SILENT']]);
    });
  });

  describe('reads only read', () => {
    it('writes nothing: every table keeps its rows and row versions', async () => {
      const before = await tableDigest(db.dataSource.manager);
      await report();
      await inReadOnlySnapshot(db.dataSource, (m) => readCsvReport(m, f.cohortId, NOW));
      await expect(tableDigest(db.dataSource.manager)).resolves.toEqual(before);
    });

    it('runs in one read-only REPEATABLE READ snapshot that refuses writes', async () => {
      const seen = await inReadOnlySnapshot(db.dataSource, async (m) => {
        const state = () =>
          m.query<{ iso: string; ro: string; snap: string }[]>(
            `SELECT current_setting('transaction_isolation') AS iso,
                    current_setting('transaction_read_only') AS ro, pg_current_snapshot()::text AS snap`,
          );
        const [first] = await state();
        const r = await readCohortReport(m, f.cohortId, NOW);
        const [last] = await state();
        return { first, last, menteeCount: r?.menteeCount };
      });
      expect(seen.first).toMatchObject({ iso: 'repeatable read', ro: 'on' });
      expect(seen.last).toEqual(seen.first);
      expect(seen.menteeCount).toBe(12);
      if (process.env.DATABASE_URL) {
        // On the server (PGlite has one connection), a member who joins while the report
        // runs is not half-counted: the report's later queries still see the first snapshot.
        let joinedId = '';
        const during = await inReadOnlySnapshot(db.dataSource, async (m) => {
          const first = await readCohortReport(m, f.cohortId, NOW);
          joinedId = await db.dataSource.transaction(async (w) => {
            const id = await insertPerson(w, mentee('Aprendiz 13', ['EN'], 'UTC', false));
            await insertMember(w, f.cohortId, id, 'MENTEE', JOINED);
            return id;
          });
          const second = await readCohortReport(m, f.cohortId, NOW);
          return [first?.menteeCount, second?.menteeCount];
        });
        expect(during).toEqual([12, 12]);
        await expect(report()).resolves.toMatchObject({ menteeCount: 13 });
        await db.dataSource.query(`DELETE FROM participant WHERE id = $1`, [joinedId]);
        await expect(report()).resolves.toMatchObject({ menteeCount: 12 });
      }
      await expect(
        inReadOnlySnapshot(db.dataSource, (m) =>
          m.query(`UPDATE match SET check_in_notified_at = $1`, [NOW]),
        ),
      ).rejects.toMatchObject({ driverError: { code: '25006' } });
    });

    it('reads the whole report in a fixed number of statements', async () => {
      db.statements.reset();
      await readCohortReport(db.dataSource.manager, f.cohortId, NOW);
      // The cohort, members, matches, mentees, sessions, ratings, unmatched, check-ins.
      expect(db.statements.count).toBe(8);
    });
  });
});
