// The leads' report of one cohort: its rows read from the repository, then one builder per
// section. Plain TypeScript over an EntityManager (no Nest), so the middle tier runs it.
import type { EntityManager } from 'typeorm';
import type { CohortEntity } from '../cohorts/cohort.entity';
import { MATCHED_STATUSES } from '../common/vocabulary';
import { findPairsNeedingCheckIn, type CheckInRow } from '../sessions/sessions.repository';
import {
  findCohort,
  matchFacts,
  memberGroups,
  menteeGroups,
  ratingTotals,
  sessionCounts,
  unmatchedGroups,
  type MatchFactRow,
  type MemberGroupRow,
  type MenteeGroupRow,
  type RatingTotalsRow,
  type SessionCountRow,
  type UnmatchedGroupRow,
} from './reports.repository';
import { activitySection } from './sections/activity';
import { equitySection } from './sections/equity';
import { funnelSection } from './sections/funnel';
import { participationSection } from './sections/participation';
import { qualitySection } from './sections/quality';
import { countByStatus, countIn, effectiveStatuses } from './sections/statuses';

export type ReportRows = {
  members: MemberGroupRow[];
  matches: MatchFactRow[];
  mentees: MenteeGroupRow[];
  sessions: SessionCountRow[];
  ratings: RatingTotalsRow;
  unmatched: UnmatchedGroupRow[];
  checkIns: CheckInRow[];
};

export type CohortReportData = ReturnType<typeof buildCohortReport>;

// Every query of the report, one after the other on the caller's manager (one snapshot when
// the caller runs them in one REPEATABLE READ transaction, see read-snapshot.ts).
export async function readReportRows(
  m: EntityManager,
  cohortId: string,
  now: Date,
): Promise<ReportRows> {
  return {
    members: await memberGroups(m, cohortId),
    matches: await matchFacts(m, cohortId),
    mentees: await menteeGroups(m, cohortId),
    sessions: await sessionCounts(m, cohortId),
    ratings: await ratingTotals(m, cohortId),
    unmatched: await unmatchedGroups(m, cohortId, now),
    checkIns: await findPairsNeedingCheckIn(m, now, cohortId),
  };
}

export function buildCohortReport(cohort: CohortEntity, rows: ReportRows, now: Date) {
  const matches = effectiveStatuses(rows.matches, now);
  const { menteeCount, mentorCount, participation } = participationSection(rows.members, matches);
  const { matchesByStatus, funnel } = funnelSection(matches);
  const quality = qualitySection(matches, rows.unmatched);
  const { matchedMenteeCount, equity } = equitySection(rows.mentees);
  const { completedSessionCount, averageRating, activity } = activitySection(
    rows.sessions,
    rows.ratings,
    rows.checkIns,
    countIn(countByStatus(matches), MATCHED_STATUSES),
    now,
  );
  return {
    cohortId: cohort.id,
    cohort,
    menteeCount,
    mentorCount,
    matchedMenteeCount,
    matchesByStatus,
    completedSessionCount,
    averageScore: quality.averageScore,
    averageRating,
    equity,
    csvUrl: `/reports/${cohort.id}.csv`,
    participation,
    funnel,
    quality,
    activity,
  };
}

// The report at `now`, or null when there is no such cohort.
export async function readCohortReport(
  m: EntityManager,
  cohortId: string,
  now: Date,
): Promise<CohortReportData | null> {
  const cohort = await findCohort(m, cohortId);
  if (!cohort) {
    return null;
  }
  return buildCohortReport(cohort, await readReportRows(m, cohortId, now), now);
}
