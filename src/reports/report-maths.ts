// Report maths that need no database: language groups, offset bands, overlap buckets,
// medians, and the unmatched summary leads read ("12 Spanish-only mentees in UTC-5..-3").
export const LANGUAGE_GROUPS = ['English only', 'Spanish only', 'Both'] as const;

export function languageGroup(languages: string[]): (typeof LANGUAGE_GROUPS)[number] {
  const en = languages.includes('EN');
  const es = languages.includes('ES');
  return en && es ? 'Both' : es ? 'Spanish only' : 'English only';
}

export const OFFSET_BANDS = [
  'UTC-12..-6',
  'UTC-5..-3',
  'UTC-2..+0',
  'UTC+1..+3',
  'UTC+4..+14',
] as const;

export function offsetBand(offsetHours: number): (typeof OFFSET_BANDS)[number] {
  if (offsetHours <= -6) {
    return 'UTC-12..-6';
  }
  if (offsetHours < -2) {
    return 'UTC-5..-3';
  }
  if (offsetHours < 1) {
    return 'UTC-2..+0';
  }
  if (offsetHours < 4) {
    return 'UTC+1..+3';
  }
  return 'UTC+4..+14';
}

export const OVERLAP_BUCKETS = ['under 1 h', '1-2 h', '2-3 h', '3-5 h', '5 h or more'] as const;

export function overlapBucket(minutes: number): (typeof OVERLAP_BUCKETS)[number] {
  return minutes < 60
    ? 'under 1 h'
    : minutes < 120
      ? '1-2 h'
      : minutes < 180
        ? '2-3 h'
        : minutes < 300
          ? '3-5 h'
          : '5 h or more';
}

// The median as PostgreSQL's percentile_cont(0.5): the middle value, or the mean of the two
// middle values; null for no values.
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function describeUnmatched(
  count: string,
  language: string,
  band: string,
  reason: string,
): string {
  const why: Record<string, string> = {
    NO_SHARED_LANGUAGE: 'without a mentor who speaks their language',
    NO_AVAILABILITY_OVERLAP: 'without a mentor with enough shared hours',
    ALL_EXCLUDED: 'whose compatible mentors were all excluded',
    MENTORS_AT_CAPACITY: 'whose compatible mentors are all full',
    UNVERIFIED_EMAIL: 'who have not confirmed their email address',
  };
  const who: Record<string, string> = {
    'English only': 'English-only',
    'Spanish only': 'Spanish-only',
    Both: 'bilingual',
  };
  return `${count} ${who[language] ?? language} mentees in ${band} ${why[reason] ?? reason}`;
}
