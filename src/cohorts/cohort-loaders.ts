// Per-request DataLoaders for the fields of a Cohort that read the database: a list of
// cohorts costs one statement per field, whatever its length. Plain functions (no Nest), so
// the middle tier counts their statements directly.
import type { EntityManager } from 'typeorm';
import { byKeys, groupByKeys, requestLoader, type LoaderScope } from '../common/graphql/loaders';
import {
  countCohorts,
  findCohortsByIds,
  findMemberships,
  findPairRules,
  type CohortCountsRow,
  type CohortRow,
  type MemberRow,
  type PairRuleRow,
} from './cohorts.repository';

export const cohortLoader = (scope: LoaderScope, m: EntityManager) =>
  requestLoader<string, CohortRow>(scope, 'cohort-row-by-id', async (ids) =>
    byKeys(ids, await findCohortsByIds(m, ids), (c) => c.id, 'cohort'),
  );

// One person's place in each cohort asked for (null where they are not a member).
export const membershipLoader = (scope: LoaderScope, m: EntityManager, participantId: string) =>
  requestLoader<string, MemberRow | null>(
    scope,
    `cohort-membership:${participantId}`,
    async (ids) => {
      const rows = await findMemberships(m, participantId, ids);
      const byCohort = new Map(rows.map((r) => [r.cohortId, r]));
      return ids.map((id) => byCohort.get(id) ?? null);
    },
  );

export const countsLoader = (scope: LoaderScope, m: EntityManager) =>
  requestLoader<string, CohortCountsRow>(scope, 'cohort-counts', async (ids) =>
    byKeys(ids, await countCohorts(m, ids), (r) => r.cohortId, 'cohort'),
  );

export const pairRulesLoader = (scope: LoaderScope, m: EntityManager) =>
  requestLoader<string, PairRuleRow[]>(scope, 'cohort-pair-rules', async (ids) =>
    groupByKeys(ids, await findPairRules(m, ids), (r) => r.cohortId),
  );
