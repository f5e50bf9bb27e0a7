// What the home page tells each person to do next, from where they really stand: plain
// functions over the person's cohorts, matches and sessions (no React, no network), so
// that every state is tested directly.
import type { CohortStatus } from '../gql/graphql';

export type CohortInfo = { id: string; name: string; status: CohortStatus; member: boolean };

export type MatchInfo = {
  id: string;
  status: string;
  cohortName: string;
  cohortStatus: CohortStatus;
  expiresAt: string;
  respondedAt: string | null;
  // The other person of the match (the mentee for a mentor, the mentor for a mentee).
  otherName: string;
};

export type SessionInfo = { startsAt: string; status: string; matchId: string };

// A pair that has not met this long after the acceptance, or since their last session,
// needs a check-in (the server's CHECK_IN_AFTER_DAYS).
export const CHECK_IN_AFTER_DAYS = { neverMet: 21, silent: 30 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export type NextStep =
  // Not in any cohort.
  | { kind: 'JOIN_OPEN'; cohorts: { id: string; name: string }[] }
  | { kind: 'NONE_OPEN' }
  // A mentor with proposals to answer: how many, and the first deadline.
  | { kind: 'ANSWER'; count: number; deadline: string; menteeName: string }
  // Accepted pairs: with whom, the next session, and whether a pair has gone quiet.
  | {
      kind: 'MATCHED';
      names: string[];
      next: { startsAt: string; name: string } | null;
      quiet: string | null;
    }
  // In a cohort, waiting: for the matching (OPEN, DRAFT) or for a mentor's answer (MATCHING).
  | { kind: 'WAITING'; cohortName: string; cohortStatus: CohortStatus }
  // Every cohort the person was in has ended.
  | { kind: 'ENDED'; cohortName: string };

const LIVE_COHORT: readonly CohortStatus[] = ['DRAFT', 'OPEN', 'MATCHING', 'ACTIVE'];

// The next step of a mentee or a mentor.
export function participantNextStep(
  role: 'MENTEE' | 'MENTOR',
  cohorts: readonly CohortInfo[],
  matches: readonly MatchInfo[],
  sessions: readonly SessionInfo[],
  now: Date,
): NextStep {
  const t = now.getTime();
  const proposals = matches
    .filter((m) => m.status === 'PROPOSED' && Date.parse(m.expiresAt) > t)
    .sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt));
  const soonest = proposals[0];
  if (role === 'MENTOR' && soonest) {
    return {
      kind: 'ANSWER',
      count: proposals.length,
      deadline: soonest.expiresAt,
      menteeName: soonest.otherName,
    };
  }
  const accepted = matches.filter((m) => m.status === 'ACCEPTED');
  if (accepted.length > 0) {
    const upcoming = sessions
      .filter((s) => s.status === 'SCHEDULED' && Date.parse(s.startsAt) > t)
      .filter((s) => accepted.some((m) => m.id === s.matchId))
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    const next = upcoming[0];
    const quiet = accepted.find((m) => isQuiet(m, sessions, t));
    return {
      kind: 'MATCHED',
      names: accepted.map((m) => m.otherName),
      next: next
        ? {
            startsAt: next.startsAt,
            name: accepted.find((m) => m.id === next.matchId)?.otherName ?? '',
          }
        : null,
      quiet: quiet ? quiet.otherName : null,
    };
  }
  const mine = cohorts.filter((c) => c.member);
  const live = mine.find((c) => LIVE_COHORT.includes(c.status));
  if (live) {
    return { kind: 'WAITING', cohortName: live.name, cohortStatus: live.status };
  }
  const open = cohorts.filter((c) => !c.member && c.status === 'OPEN');
  const last = mine.at(-1);
  if (last && open.length === 0) {
    return { kind: 'ENDED', cohortName: last.name };
  }
  if (open.length > 0) {
    return { kind: 'JOIN_OPEN', cohorts: open.map(({ id, name }) => ({ id, name })) };
  }
  return { kind: 'NONE_OPEN' };
}

// An accepted pair with no session to come that has not met since the acceptance (21
// days) or since its last session (30 days).
function isQuiet(match: MatchInfo, sessions: readonly SessionInfo[], now: number): boolean {
  const own = sessions.filter((s) => s.matchId === match.id);
  if (own.some((s) => s.status === 'SCHEDULED' && Date.parse(s.startsAt) > now)) {
    return false;
  }
  const met = own
    .filter((s) => s.status === 'COMPLETED')
    .map((s) => Date.parse(s.startsAt))
    .sort((a, b) => b - a)[0];
  if (met !== undefined) {
    return now - met >= CHECK_IN_AFTER_DAYS.silent * DAY_MS;
  }
  const since = match.respondedAt ? Date.parse(match.respondedAt) : now;
  return now - since >= CHECK_IN_AFTER_DAYS.neverMet * DAY_MS;
}

export type LeadCohortInfo = {
  id: string;
  name: string;
  status: CohortStatus;
  mentees: number;
  mentors: number;
};

export type LeadAction =
  'RUN_MATCHING' | 'OPEN_IT' | 'FOLLOW_ANSWERS' | 'FOLLOW_PAIRS' | 'WAIT_FOR_PEOPLE';

// A lead's cohorts that are not closed, the ones needing an action first.
export function leadActions(
  cohorts: readonly LeadCohortInfo[],
): { cohort: LeadCohortInfo; action: LeadAction }[] {
  const ORDER: readonly LeadAction[] = [
    'RUN_MATCHING',
    'OPEN_IT',
    'FOLLOW_ANSWERS',
    'FOLLOW_PAIRS',
    'WAIT_FOR_PEOPLE',
  ];
  const actionOf = (c: LeadCohortInfo): LeadAction | null => {
    switch (c.status) {
      case 'DRAFT':
        return 'OPEN_IT';
      case 'OPEN':
        return c.mentees > 0 && c.mentors > 0 ? 'RUN_MATCHING' : 'WAIT_FOR_PEOPLE';
      case 'MATCHING':
        return 'FOLLOW_ANSWERS';
      case 'ACTIVE':
        return 'FOLLOW_PAIRS';
      case 'CLOSED':
        return null;
    }
  };
  return cohorts
    .flatMap((cohort) => {
      const action = actionOf(cohort);
      return action ? [{ cohort, action }] : [];
    })
    .sort(
      (a, b) =>
        ORDER.indexOf(a.action) - ORDER.indexOf(b.action) ||
        a.cohort.name.localeCompare(b.cohort.name),
    );
}
