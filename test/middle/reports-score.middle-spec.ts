// One score formula, three readers: the engine (weightedScore/scoreOf), the privacy view
// (scoreFor, what anyone but the mentee sees) and the report (averageScore and the CSV) agree
// on a sample with a .5 tie, a zero weight and a run whose weights sum to zero.
import { scoreOf, weightedScore, weightSum } from '../../src/matching/engine/score';
import { scoreFor } from '../../src/matching/engine/score-view';
import type { ScoreWeights } from '../../src/matching/engine/types';
import { readCohortReport } from '../../src/reports/cohort-report';
import { readCsvReport } from '../../src/reports/csv-report';
import { inReadOnlySnapshot } from '../../src/reports/read-snapshot';
import { openTestDatabase, type TestDatabase } from './database';
import {
  insertCohort,
  insertMatch,
  insertMember,
  insertPerson,
  insertRun,
} from './reports-fixture';

const NOW = new Date('2027-03-10T00:00:00Z');
// Sum 16: a language part of 1 scores 1000 / 16 = 62.5 without equity, a .5 tie.
const COHORT_W: ScoreWeights = { language: 1, availability: 0, interests: 0, goals: 0, equity: 15 };
const ZERO_W: ScoreWeights = { language: 0, availability: 0, interests: 0, goals: 0, equity: 0 };
const RUN_W: ScoreWeights = { language: 1, availability: 1, interests: 0, goals: 0, equity: 0 };

const SAMPLE = [
  // [name, weights source, parts l a i g e, score a lead sees, by hand]
  { name: 'Tie', run: null, parts: [1, 0, 0, 0, 1], lead: 63 }, // 62.5, half up
  { name: 'Half', run: null, parts: [0.5, 0, 0, 0, 0], lead: 31 }, // 31.25
  { name: 'Zero', run: 'zero', parts: [1, 1, 1, 1, 1], lead: 0 }, // weights sum to 0
  { name: 'Run', run: 'run', parts: [1, 0.25, 1, 1, 1], lead: 625 }, // 1.25 / 2
] as const;

describe('the score: engine, privacy view and report agree (middle tier)', () => {
  let db: TestDatabase;
  let cohortId: string;
  const pairs: {
    menteeId: string;
    score: number;
    breakdown: {
      language: number;
      availability: number;
      interests: number;
      goals: number;
      equity: number;
    };
    weights: ScoreWeights;
    lead: number;
  }[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    await db.dataSource.transaction(async (m) => {
      cohortId = await insertCohort(m, 'Scores', COHORT_W);
      const runs = {
        zero: await insertRun(m, cohortId, ZERO_W, new Date('2027-03-01T00:00:00Z'), []),
        run: await insertRun(m, cohortId, RUN_W, new Date('2027-03-02T00:00:00Z'), []),
      };
      const joined = new Date('2027-02-01T00:00:00Z');
      for (const [i, s] of SAMPLE.entries()) {
        const mentorId = await insertPerson(m, {
          name: `Mentor ${s.name}`,
          role: 'MENTOR',
          languages: ['EN'],
          timezone: 'UTC',
          capacity: 1,
        });
        const menteeId = await insertPerson(m, {
          name: `Mentee ${s.name}`,
          role: 'MENTEE',
          languages: ['EN'],
          timezone: 'UTC',
          underrepresented: s.parts[4] === 1,
        });
        await insertMember(m, cohortId, mentorId, 'MENTOR', joined, 1);
        await insertMember(m, cohortId, menteeId, 'MENTEE', joined);
        const weights = s.run === 'zero' ? ZERO_W : s.run === 'run' ? RUN_W : COHORT_W;
        const [l, a, it, g, e] = s.parts;
        const breakdown = { language: l, availability: a, interests: it, goals: g, equity: e };
        await insertMatch(m, {
          cohortId,
          runId: s.run ? runs[s.run] : null,
          mentorId,
          menteeId,
          status: 'ACCEPTED',
          parts: breakdown,
          weights,
          overlap: 120,
          proposedAt: new Date(Date.UTC(2027, 2, 3, i)),
          expiresAt: new Date('2027-03-10T00:00:00Z'),
          hoursToAnswer: 1,
        });
        pairs.push({
          menteeId,
          score: scoreOf(breakdown, weights),
          breakdown,
          weights,
          lead: s.lead,
        });
      }
    });
  });
  afterAll(async () => {
    await db.close();
  });

  it('scores each pair the same way in the engine and the privacy view', () => {
    for (const p of pairs) {
      const b = p.breakdown;
      const engine = weightedScore(
        p.weights,
        weightSum(p.weights),
        b.language,
        b.availability,
        b.interests,
        b.goals,
        0,
      );
      expect(engine).toBe(p.lead);
      expect(scoreFor('a-lead', p, p.weights).score).toBe(p.lead);
      // The mentee herself sees her whole score, equity included.
      expect(scoreFor(p.menteeId, p, p.weights).score).toBe(p.score);
    }
    expect(pairs.map((p) => p.score)).toEqual([1000, 31, 0, 625]);
  });

  it('averages those same scores in the report and writes them in the CSV', async () => {
    const r = await inReadOnlySnapshot(db.dataSource, (m) => readCohortReport(m, cohortId, NOW));
    // (63 + 31 + 0 + 625) / 4 = 179.75, rounded half up like the engine.
    expect(r?.averageScore).toBe(179.8);
    expect(r?.quality.averageScore).toBe(179.8);
    const viewed = pairs.map((p) => scoreFor('a-lead', p, p.weights).score);
    expect(r?.averageScore).toBe(
      Math.round((10 * viewed.reduce((a, x) => a + x, 0)) / viewed.length) / 10,
    );
    // Never the average with the equity part (1000 + 31 + 0 + 625) / 4 = 414.
    expect(r?.averageScore).not.toBe(414);

    const file = await inReadOnlySnapshot(db.dataSource, (m) => readCsvReport(m, cohortId, NOW));
    const lines = file?.body.split('\n') ?? [];
    const scores = lines.filter((l) => l.startsWith('Mentor ')).map((l) => Number(l.split(',')[3]));
    // Out of 100, as on the page.
    expect(scores).toEqual([6.3, 3.1, 0, 62.5]);
    expect(lines).toContain('Average score (of 100),18');
  });

  it('is why the report does not score in SQL: the database rounds the tie to even', async () => {
    const [row] = await db.dataSource.query<{ r: number }[]>(`SELECT round(62.5::float8) AS r`);
    expect(Number(row.r)).toBe(62);
    expect(Math.round(62.5)).toBe(63);
  });
});
