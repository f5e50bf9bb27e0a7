// The CSV download of a report: UTF-8 with a byte-order mark so spreadsheets keep accents;
// the figures, then the pairs (names, scores as a lead sees them, status; no emails, no
// self-identification). Plain TypeScript over an EntityManager, like cohort-report.ts.
import { stringify } from 'csv-stringify/sync';
import type { EntityManager } from 'typeorm';
import { effectiveStatus } from '../matches/match-transitions';
import { scoreWithoutEquity } from '../matching/engine/score-view';
import { readCohortReport, type CohortReportData } from './cohort-report';
import { csvPairs, type CsvPairRow, type CsvPerson } from './reports.repository';

export type CsvFile = { fileName: string; body: string };

const PAIR_HEADER = [
  'Mentor',
  'Mentee',
  'Status',
  'Score (of 100)',
  'Language',
  'Availability',
  'Interests',
  'Goals',
  'Weekly overlap (min)',
  'Proposed at (UTC)',
  'Completed sessions',
];

// People who share a name in the file are told apart by their time zone (the file holds
// no emails), and by the start of their id when even that is the same; others keep their
// name as it is.
export function distinctNames(people: readonly CsvPerson[]): Map<string, string> {
  const key = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase();
  const ids = new Map<string, Set<string>>();
  const zones = new Map<string, Set<string>>();
  for (const p of people) {
    ids.set(key(p.name), (ids.get(key(p.name)) ?? new Set()).add(p.id));
    const zoneKey = `${key(p.name)}\u0000${p.timezone}`;
    zones.set(zoneKey, (zones.get(zoneKey) ?? new Set()).add(p.id));
  }
  const shown = new Map<string, string>();
  for (const p of people) {
    if ((ids.get(key(p.name))?.size ?? 0) < 2) {
      shown.set(p.id, p.name);
    } else if ((zones.get(`${key(p.name)}\u0000${p.timezone}`)?.size ?? 0) < 2) {
      shown.set(p.id, `${p.name} (${p.timezone})`);
    } else {
      shown.set(p.id, `${p.name} (${p.timezone}, #${p.id.slice(0, 6)})`);
    }
  }
  return shown;
}

// Scores are kept on a 0–1000 scale; the page and the file show them out of 100.
const ofHundred = (score: number) => Math.round(score) / 10;

export function pairRow(
  p: CsvPairRow,
  now: Date,
  names: Map<string, string> = distinctNames([p.mentorPerson, p.menteePerson]),
): unknown[] {
  return [
    names.get(p.mentorPerson.id) ?? p.mentor,
    names.get(p.menteePerson.id) ?? p.mentee,
    effectiveStatus(p, now),
    // No self-identification in the file: the score without the equity part, on the
    // page's scale (of 100).
    ofHundred(scoreWithoutEquity(p.parts, p.weights)),
    p.parts.language,
    p.parts.availability,
    p.parts.interests,
    p.parts.goals,
    p.overlapMinutesPerWeek,
    p.proposedAt.toISOString(),
    p.completedSessions,
  ];
}

export function figureRows(r: CohortReportData): unknown[][] {
  return [
    ['Cohort', r.cohort.name],
    ['Dates', `${r.cohort.startsOn} – ${r.cohort.endsOn}`],
    ['Mentees', r.menteeCount],
    ['Mentors', r.mentorCount],
    ['Matched mentees', r.matchedMenteeCount],
    // The funnel as the page draws it: every proposal made, and what became of them.
    ['Proposals made', r.funnel.proposed],
    ['Proposals accepted', r.funnel.accepted],
    ['Proposals declined', r.funnel.declined],
    ['Proposals expired', r.funnel.expired],
    ['Mentorships completed', r.funnel.completed],
    ['Mentorships ended early', r.funnel.ended],
    ['Completed sessions', r.completedSessionCount],
    ['Mentoring hours', r.activity.mentoringHours],
    ['Average score (of 100)', r.averageScore === null ? '' : ofHundred(r.averageScore)],
    ['Average rating', r.averageRating ?? ''],
    ['Median hours to answer', r.funnel.medianHoursToAnswer ?? ''],
    ['Capacity offered', r.participation.capacityOffered],
    ['Capacity used', r.participation.capacityUsed],
    ['Pairs needing a check-in', r.activity.pairsNeedingCheckIn],
    [],
    ['Equity', 'Mentees', 'Matched', 'Match rate', 'Median hours to match', 'Average rating'],
    ...r.equity.map((e) => [
      e.group,
      e.mentees,
      e.matched,
      e.matchRate ?? '',
      e.medianHoursToMatch ?? '',
      e.averageRating ?? '',
    ]),
    [],
    [
      'Mentees by language',
      ...r.participation.menteesByLanguage.map((c) => `${c.label}: ${c.display}`),
    ],
    [
      'Mentors by language',
      ...r.participation.mentorsByLanguage.map((c) => `${c.label}: ${c.display}`),
    ],
    [
      'Mentees by UTC offset',
      ...r.participation.menteesByOffset.map((c) => `${c.label}: ${c.display}`),
    ],
    ['Declined by reason', ...r.funnel.declinedByReason.map((c) => `${c.label}: ${c.display}`)],
    ['Weekly overlap', ...r.quality.overlapDistribution.map((c) => `${c.label}: ${c.display}`)],
    ...r.quality.unmatched.map((u) => ['Unmatched', u.summary]),
  ];
}

export function csvFileName(cohortName: string): string {
  const name = cohortName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'cohort';
  return `puente-${name}.csv`;
}

// The file at `now`, or null when there is no such cohort.
export async function readCsvReport(
  m: EntityManager,
  cohortId: string,
  now: Date,
): Promise<CsvFile | null> {
  const report = await readCohortReport(m, cohortId, now);
  if (!report) {
    return null;
  }
  const pairs = await csvPairs(m, cohortId);
  const names = distinctNames(pairs.flatMap((p) => [p.mentorPerson, p.menteePerson]));
  const body =
    '\ufeff' +
    stringify(
      [
        ...figureRows(report),
        [],
        ['Pairs'],
        PAIR_HEADER,
        ...pairs.map((p) => pairRow(p, now, names)),
      ],
      // Names are chosen by people: a leading = + - @ must not run as a formula.
      { escape_formulas: true },
    );
  return { fileName: csvFileName(report.cohort.name), body };
}
