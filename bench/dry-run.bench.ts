// npm run bench:dry-run — a dry run of a 1,200 × 300 cohort through the GraphQL API, as
// the lead's panel reads it: before, every proposal and unmatched mentee in one answer;
// now, the totals and the first page of 50 of each (proposalsPage, unmatchedPage).
// Target: the paged answer under 300 ms.
import 'reflect-metadata';
import { forEachTarget, gql, machine, median, ms, writeResult } from './db-harness';
import { seedCohort } from './seed-cohort';

const MENTEES = 1200;
const MENTORS = 300;
const ROUNDS = 7;

const PAIR = `id score mentor { id displayName } mentee { id displayName } breakdown { overlapMinutesPerWeek }`;
const UNMATCHED = `mentee { id displayName } reasons compatibleMentors`;
const TOTALS = `id dryRun matchedCount totalScore averageScore menteeCount mentorCount inputHash createdAt durationMs weights { language availability interests goals equity }`;

// The whole answer, as the panel asked for it before the pages.
const WHOLE = `mutation R($c: ID!) { runMatching(cohortId: $c, dryRun: true) {
  ${TOTALS} unmatched { ${UNMATCHED} } proposals { ${PAIR} } } }`;
// What the panel asks for now (client/src/pages/cohorts/matching.graphql.ts).
const PAGED = `mutation R($c: ID!) { runMatching(cohortId: $c, dryRun: true) {
  ${TOTALS} unmatchedCount unmatchedReasons { reason count }
  unmatchedPage(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${UNMATCHED} } } }
  proposalsPage(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${PAIR} } } } } }`;

type Answer = { runMatching: { durationMs: number; matchedCount: number } };

async function main() {
  const results = await forEachTarget(async (t) => {
    const { leadId, cohortId } = await seedCohort(t, MENTEES, MENTORS);
    const token = await t.tokenFor(leadId, 'LEAD');
    const measure = async (query: string) => {
      const times: number[] = [];
      const engine: number[] = [];
      let bytes = 0;
      let matched = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const r = await gql<Answer>(t, token, query, { c: cohortId });
        if (i > 0) {
          times.push(r.ms);
          engine.push(r.data.runMatching.durationMs);
        }
        bytes = JSON.stringify(r.data).length;
        matched = r.data.runMatching.matchedCount;
      }
      return {
        medianMs: ms(median(times)),
        maxMs: ms(Math.max(...times)),
        serviceMedianMs: ms(median(engine)),
        answerKB: Math.round(bytes / 1024),
        matched,
      };
    };
    const whole = await measure(WHOLE);
    const paged = await measure(PAGED);
    const figures = {
      mentees: MENTEES,
      mentors: MENTORS,
      whole,
      paged,
      targetMs: 300,
      meetsTarget: paged.medianMs < 300,
    };
    process.stdout.write(
      `dry run of ${MENTEES} × ${MENTORS}: whole answer median ${whole.medianMs} ms (${whole.answerKB} KB), ` +
        `paged median ${paged.medianMs} ms (${paged.answerKB} KB; service ${paged.serviceMedianMs} ms); ` +
        `target < 300 ms: ${figures.meetsTarget ? 'met' : 'MISSED'}\n`,
    );
    return figures;
  });
  writeResult('dry-run.json', {
    benchmark: 'a dry run of 1,200 × 300 over GraphQL: whole answer and first pages',
    machine: machine(),
    results,
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
