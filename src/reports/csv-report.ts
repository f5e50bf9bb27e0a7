// The CSV download of a report: UTF-8 with a byte-order mark so spreadsheets keep accents;
// the figures, then the pairs (names, scores as a lead sees them, status; no emails, no
// self-identification). Plain TypeScript over an EntityManager, like cohort-report.ts.
import { stringify } from 'csv-stringify/sync';
import type { EntityManager } from 'typeorm';
import { effectiveStatus } from '../matches/match-transitions';
import { scoreWithoutEquity } from '../matching/engine/score-view';
import { readCohortReport, type CohortReportData } from './cohort-report';
import { csvPairs, type CsvPairRow, type CsvPerson } from './reports.repository';
import { CSV_WORDS, type CsvLanguage } from './csv-words';

export type CsvFile = { fileName: string; body: string };

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
  lang: CsvLanguage = 'EN',
): unknown[] {
  return [
    names.get(p.mentorPerson.id) ?? p.mentor,
    names.get(p.menteePerson.id) ?? p.mentee,
    CSV_WORDS[lang].status[effectiveStatus(p, now)],
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

export function figureRows(r: CohortReportData, lang: CsvLanguage = 'EN'): unknown[][] {
  const w = CSV_WORDS[lang];
  const f = w.figures;
  const cells = (
    list: readonly { label: string; display: string }[],
    words = {} as Record<string, string>,
  ) => list.map((c) => `${words[c.label] ?? c.label}: ${c.display}`);
  return [
    [f.cohort, r.cohort.name],
    [f.dates, `${r.cohort.startsOn} – ${r.cohort.endsOn}`],
    [f.mentees, r.menteeCount],
    [f.mentors, r.mentorCount],
    [f.matchedMentees, r.matchedMenteeCount],
    // The funnel as the page draws it: every proposal made, and what became of them.
    [f.proposalsMade, r.funnel.proposed],
    [f.proposalsAccepted, r.funnel.accepted],
    [f.proposalsDeclined, r.funnel.declined],
    [f.proposalsExpired, r.funnel.expired],
    [f.completed, r.funnel.completed],
    [f.ended, r.funnel.ended],
    [f.completedSessions, r.completedSessionCount],
    [f.mentoringHours, r.activity.mentoringHours],
    [f.averageScore, r.averageScore === null ? '' : ofHundred(r.averageScore)],
    [f.averageRating, r.averageRating ?? ''],
    [f.medianHoursToAnswer, r.funnel.medianHoursToAnswer ?? ''],
    [f.capacityOffered, r.participation.capacityOffered],
    [f.capacityUsed, r.participation.capacityUsed],
    [f.checkIns, r.activity.pairsNeedingCheckIn],
    [],
    w.equityHeader,
    ...r.equity.map((e) => [
      w.groups[e.group] ?? e.group,
      e.mentees,
      e.matched,
      e.matchRate ?? '',
      e.medianHoursToMatch ?? '',
      e.averageRating ?? '',
    ]),
    [],
    [f.menteesByLanguage, ...cells(r.participation.menteesByLanguage, w.languages)],
    [f.mentorsByLanguage, ...cells(r.participation.mentorsByLanguage, w.languages)],
    [f.menteesByOffset, ...cells(r.participation.menteesByOffset)],
    [f.declinedByReason, ...cells(r.funnel.declinedByReason, w.reasons)],
    [f.weeklyOverlap, ...cells(r.quality.overlapDistribution)],
    ...r.quality.unmatched.map((u) => [f.unmatched, u.summary]),
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
  lang: CsvLanguage = 'EN',
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
        ...figureRows(report, lang),
        [],
        [CSV_WORDS[lang].figures.pairs],
        CSV_WORDS[lang].pairHeader,
        ...pairs.map((p) => pairRow(p, now, names, lang)),
      ],
      // Names are chosen by people: a leading = + - @ must not run as a formula.
      { escape_formulas: true },
    );
  return { fileName: csvFileName(report.cohort.name), body };
}
