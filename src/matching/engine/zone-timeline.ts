// UTC offsets of an IANA zone over a bounded span, read once from the runtime's tz data
// (Intl), and exact local <-> UTC conversion on top of them. All instants are whole minutes
// since the Unix epoch; "local minutes" are wall-clock readings counted the same way.

export const DAY_MINUTES = 1440;
export const WEEK_MINUTES = 7 * DAY_MINUTES;
const MINUTE_MS = 60_000;

// Offsets are sampled once a day and each change is bisected to the minute. tz data has no
// pair of changes less than a day apart in the years a cohort may use (1980-2200).
const SAMPLE_STEP_MINUTES = DAY_MINUTES;

export type ZoneTimeline = {
  readonly name: string;
  // transitions[k] is the first UTC minute of offsets[k + 1]; offsets[0] holds before them.
  readonly transitions: readonly number[];
  readonly offsets: readonly number[];
};

// Formatters are costly to create and immutable, so one per zone name is kept.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(name: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(name);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(name, formatter);
  }
  return formatter;
}

const FIELDS = /(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)/;

// Offset in minutes at a UTC minute: the zone's wall clock read back as if it were UTC.
function readOffset(formatter: Intl.DateTimeFormat, utcMinute: number): number {
  const ms = utcMinute * MINUTE_MS;
  const fields = FIELDS.exec(formatter.format(ms));
  if (fields === null) {
    throw new Error(`cannot read the offset of ${formatter.resolvedOptions().timeZone}`);
  }
  const [month, day, year, hour, minute, second] = fields.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((wall - ms) / MINUTE_MS);
}

export function buildZoneTimeline(
  name: string,
  fromMinute: number,
  toMinute: number,
): ZoneTimeline {
  const formatter = formatterFor(name);
  if (formatter === null) {
    throw new Error(`unknown time zone ${name}`);
  }
  const offsetOf = (minute: number): number => readOffset(formatter, minute);
  const transitions: number[] = [];
  const offsets: number[] = [offsetOf(fromMinute)];
  let previousMinute = fromMinute;
  let previousOffset = offsets[0];
  while (previousMinute < toMinute) {
    const minute = Math.min(previousMinute + SAMPLE_STEP_MINUTES, toMinute);
    const offset = offsetOf(minute);
    if (offset !== previousOffset) {
      let low = previousMinute;
      let high = minute;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetOf(middle) === previousOffset) {
          low = middle;
        } else {
          high = middle;
        }
      }
      transitions.push(high);
      offsets.push(offset);
      previousOffset = offset;
    }
    previousMinute = minute;
  }
  return { name, transitions, offsets };
}

export function offsetAt(timeline: ZoneTimeline, utcMinute: number): number {
  const { transitions, offsets } = timeline;
  let low = 0;
  let high = transitions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (transitions[middle] <= utcMinute) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return offsets[low];
}

// The UTC minute at which a local wall-clock reading happens. A reading that happens twice
// (clocks going back) takes its first occurrence; one that never happens (clocks going
// forward) moves forward with the clock, i.e. keeps the offset from before the change.
export function localToUtc(timeline: ZoneTimeline, localMinute: number): number {
  const before = offsetAt(timeline, localMinute - DAY_MINUTES);
  const after = offsetAt(timeline, localMinute + DAY_MINUTES);
  let best = Number.POSITIVE_INFINITY;
  if (offsetAt(timeline, localMinute - before) === before) {
    best = localMinute - before;
  }
  if (after !== before && offsetAt(timeline, localMinute - after) === after) {
    best = Math.min(best, localMinute - after);
  }
  return best === Number.POSITIVE_INFINITY ? localMinute - before : best;
}

export function utcToLocal(timeline: ZoneTimeline, utcMinute: number): number {
  return utcMinute + offsetAt(timeline, utcMinute);
}
