// How good the pairs are: the average score as a lead may see it (the engine's formula,
// privacy view: no equity part), the average of each part, weekly overlap, and who the
// latest run left unmatched.
import { scoreWithoutEquity, type ScoreParts } from '../../matching/engine/score-view';
import type { ScoreWeights } from '../../matching/engine/types';
import {
  describeUnmatched,
  languageGroup,
  OVERLAP_BUCKETS,
  overlapBucket,
  offsetBand,
} from '../report-maths';
import type { UnmatchedGroupRow } from '../reports.repository';
import { hidden, hideComplement, isSmall, round, shown } from '../suppression';
import { labelledCells } from './cells';

export type QualityMatch = {
  parts: ScoreParts;
  weights: ScoreWeights;
  overlapMinutesPerWeek: number;
};

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, x) => a + x, 0) / values.length;

const averageOf = (values: readonly number[], digits: number): number | null => {
  const m = mean(values);
  return m === null ? null : round(m, digits);
};

// The average of the pairs' scores, each computed by the engine exactly as a lead sees it.
export const averageVisibleScore = (matches: readonly QualityMatch[]): number | null =>
  averageOf(
    matches.map((m) => scoreWithoutEquity(m.parts, m.weights)),
    1,
  );

// Mentees of the latest run still unmatched, merged into language groups and offset bands,
// largest groups first; small groups read "<5".
export function unmatchedGroups(rows: readonly UnmatchedGroupRow[]) {
  const merged = new Map<string, { reason: string; language: string; band: string; n: number }>();
  for (const r of rows) {
    const language = languageGroup(r.languages);
    const band = offsetBand(r.offsetHours);
    const key = `${r.reason}|${language}|${band}`;
    const cur = merged.get(key) ?? { reason: r.reason, language, band, n: 0 };
    cur.n += r.mentees;
    merged.set(key, cur);
  }
  const groups = [...merged.values()].sort(
    (a, b) =>
      b.n - a.n ||
      a.reason.localeCompare(b.reason) ||
      a.language.localeCompare(b.language) ||
      a.band.localeCompare(b.band),
  );
  const cells = hideComplement(
    groups.map((g) => (isSmall(g.n) ? hidden() : shown(g.n))),
    groups.map((g) => g.n),
  );
  return groups.map((g, i) => ({
    reason: g.reason,
    language: g.language,
    offsetBand: g.band,
    count: cells[i].display,
    summary: describeUnmatched(cells[i].display, g.language, g.band, g.reason),
  }));
}

export function qualitySection(
  matches: readonly QualityMatch[],
  unmatched: readonly UnmatchedGroupRow[],
) {
  const part = (key: keyof ScoreParts) =>
    averageOf(
      matches.map((m) => m.parts[key]),
      3,
    );
  return {
    averageScore: averageVisibleScore(matches),
    averageLanguage: part('language'),
    averageAvailability: part('availability'),
    averageInterests: part('interests'),
    averageGoals: part('goals'),
    // Not reported: with the number of matches it would count the self-identified
    // mentees among them, unsuppressed (the equity rows give that count, with "<5").
    averageEquity: null,
    overlapDistribution: labelledCells(
      OVERLAP_BUCKETS,
      matches.map((m): [string, number] => [overlapBucket(m.overlapMinutesPerWeek), 1]),
    ),
    unmatched: unmatchedGroups(unmatched),
  };
}
