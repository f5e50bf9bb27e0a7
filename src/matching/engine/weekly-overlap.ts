// Weekly availability in UTC, exact and daylight-saving aware.
//
// Week w of a cohort is the UTC interval [startsOn + 7w days 00:00Z, +7 days). A person's
// windows are placed on their own local calendar dates around that week, converted to UTC
// with their zone's real offsets, clipped to the week and merged. A pair's weekly overlap
// is the smallest, over the cohort's weeks, of the minutes both are available.
//
// Most weeks repeat: a zone whose offset does not change near a week gives every person in
// it the same UTC set as any other such week with that offset (a "full" week class). Weeks
// near a change get a class of their own. Sets are computed once per person and class.
import {
  DAY_MINUTES,
  WEEK_MINUTES,
  type ZoneTimeline,
  localToUtc,
  offsetAt,
  utcToLocal,
} from './zone-timeline';

export const WEEKDAY_NAMES = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;

// day: 0 = Monday .. 6 = Sunday; start and end in minutes of the local day, end <= 1440.
export type LocalWindow = { day: number; start: number; end: number };

export type CohortWeeks = { startDay: number; weekCount: number };

// Whole weeks that end by endsOn + 1 day; a cohort shorter than a week keeps its first week.
export function cohortWeeks(startDay: number, endDay: number): CohortWeeks {
  return { startDay, weekCount: Math.max(1, Math.floor((endDay - startDay + 1) / 7)) };
}

export function weekStartMinute(weeks: CohortWeeks, week: number): number {
  return (weeks.startDay + 7 * week) * DAY_MINUTES;
}

// The span of UTC minutes whose offsets any conversion for these weeks may read.
export function timelineSpan(weeks: CohortWeeks): { from: number; to: number } {
  return {
    from: (weeks.startDay - 5) * DAY_MINUTES,
    to: (weeks.startDay + 7 * weeks.weekCount + 12) * DAY_MINUTES,
  };
}

// Monday = 0; the Unix epoch (day 0) was a Thursday.
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

// Merged, sorted [start, end) pairs of a person's availability in one week, in minutes from
// the week's start.
export function weekIntervals(
  timeline: ZoneTimeline,
  windows: readonly LocalWindow[],
  weekStart: number,
): Int32Array {
  const weekStartDayIndex = Math.floor(weekStart / DAY_MINUTES);
  const weekEnd = weekStart + WEEK_MINUTES;
  const starts: number[] = [];
  const ends: number[] = [];
  // Local dates from two days before to one day after the UTC week cover every offset
  // (-12h..+14h) with room for a change of clocks.
  for (let day = weekStartDayIndex - 2; day <= weekStartDayIndex + 8; day++) {
    const weekday = weekdayOfDay(day);
    for (const window of windows) {
      if (window.day !== weekday) {
        continue;
      }
      const start =
        Math.max(localToUtc(timeline, day * DAY_MINUTES + window.start), weekStart) - weekStart;
      const end =
        Math.min(localToUtc(timeline, day * DAY_MINUTES + window.end), weekEnd) - weekStart;
      if (end > start) {
        // Insertion by start: a person has a handful of windows.
        let at = starts.length;
        starts.push(0);
        ends.push(0);
        while (at > 0 && starts[at - 1] > start) {
          starts[at] = starts[at - 1];
          ends[at] = ends[at - 1];
          at--;
        }
        starts[at] = start;
        ends[at] = end;
      }
    }
  }
  const merged: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    const last = merged.length - 1;
    if (last > 0 && starts[k] <= merged[last]) {
      merged[last] = Math.max(merged[last], ends[k]);
    } else {
      merged.push(starts[k], ends[k]);
    }
  }
  return Int32Array.from(merged);
}

export type ZoneWeekClasses = {
  weekClass: Int32Array; // class of each cohort week
  representativeWeek: number[]; // first week of each class
  fullOffset: Array<number | null>; // the constant offset of a full class, else null
};

// A change of clocks at T by delta minutes cannot alter the clipped set of a week
// [ws, we) unless ws - delta < T < we + delta: every reading mapped into the week then
// resolves to the week's one offset, and readings mapped outside it stay outside.
export function classifyZoneWeeks(timeline: ZoneTimeline, weeks: CohortWeeks): ZoneWeekClasses {
  const weekClass = new Int32Array(weeks.weekCount);
  const representativeWeek: number[] = [];
  const fullOffset: Array<number | null> = [];
  const classByKey = new Map<string, number>();
  for (let week = 0; week < weeks.weekCount; week++) {
    const start = weekStartMinute(weeks, week);
    const end = start + WEEK_MINUTES;
    let changes = false;
    for (let k = 0; k < timeline.transitions.length; k++) {
      const at = timeline.transitions[k];
      const delta = Math.abs(timeline.offsets[k + 1] - timeline.offsets[k]);
      if (at > start - delta - 1 && at < end + delta + 1) {
        changes = true;
      }
    }
    const offset = offsetAt(timeline, start);
    const key = changes ? `T${week}` : `F${offset}`;
    let cls = classByKey.get(key);
    if (cls === undefined) {
      cls = representativeWeek.length;
      classByKey.set(key, cls);
      representativeWeek.push(week);
      fullOffset.push(changes ? null : offset);
    }
    weekClass[week] = cls;
  }
  return { weekClass, representativeWeek, fullOffset };
}

export type ZoneSchedule = { timeline: ZoneTimeline; classes: ZoneWeekClasses };

export type PersonSchedule = {
  zone: ZoneSchedule;
  windows: readonly LocalWindow[];
  sets: readonly Int32Array[]; // one per week class of the zone
};

export function buildZoneSchedule(timeline: ZoneTimeline, weeks: CohortWeeks): ZoneSchedule {
  return { timeline, classes: classifyZoneWeeks(timeline, weeks) };
}

export function buildPersonSchedule(
  zone: ZoneSchedule,
  windows: readonly LocalWindow[],
  weeks: CohortWeeks,
): PersonSchedule {
  const sets = zone.classes.representativeWeek.map((week) =>
    weekIntervals(zone.timeline, windows, weekStartMinute(weeks, week)),
  );
  return { zone, windows, sets };
}

export function weekSet(person: PersonSchedule, week: number): Int32Array {
  return person.sets[person.zone.classes.weekClass[week]];
}

export function intersectionMinutes(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i], b[j]);
    const end = Math.min(a[i + 1], b[j + 1]);
    if (end > start) {
      total += end - start;
    }
    if (a[i + 1] < b[j + 1]) {
      i += 2;
    } else {
      j += 2;
    }
  }
  return total;
}

export function intersectionIntervals(a: Int32Array, b: Int32Array): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i], b[j]);
    const end = Math.min(a[i + 1], b[j + 1]);
    if (end > start) {
      out.push(start, end);
    }
    if (a[i + 1] < b[j + 1]) {
      i += 2;
    } else {
      j += 2;
    }
  }
  return out;
}

export type PairOverlap = {
  minutes: number; // the smallest weekly overlap
  bindingWeek: number; // the first week with that overlap
  perWeek: number[];
};

export function pairOverlap(a: PersonSchedule, b: PersonSchedule, weeks: CohortWeeks): PairOverlap {
  const perWeek: number[] = [];
  let minutes = Number.POSITIVE_INFINITY;
  let bindingWeek = 0;
  for (let week = 0; week < weeks.weekCount; week++) {
    const shared = intersectionMinutes(weekSet(a, week), weekSet(b, week));
    perWeek.push(shared);
    if (shared < minutes) {
      minutes = shared;
      bindingWeek = week;
    }
  }
  return { minutes, bindingWeek, perWeek };
}

// The shared windows of one week, each written in the mentor's and the mentee's local time.
// A stretch cut by the week's edge is shown whole, since the week repeats.
export function describeOverlap(
  mentor: PersonSchedule,
  mentee: PersonSchedule,
  weeks: CohortWeeks,
  week: number,
): Array<{ mentor: string; mentee: string }> {
  const shared = intersectionIntervals(weekSet(mentor, week), weekSet(mentee, week));
  const count = shared.length;
  if (count >= 4 && shared[0] === 0 && shared[count - 1] === WEEK_MINUTES) {
    shared[count - 1] = WEEK_MINUTES + shared[1];
    shared.splice(0, 2);
  }
  const weekStart = weekStartMinute(weeks, week);
  // Each end is the wall-clock reading at that instant, as the person sees it.
  const local = (person: PersonSchedule, start: number, end: number): string =>
    formatLocalRange(
      utcToLocal(person.zone.timeline, start),
      utcToLocal(person.zone.timeline, end),
    );
  const out: Array<{ mentor: string; mentee: string }> = [];
  for (let k = 0; k < shared.length; k += 2) {
    const start = weekStart + shared[k];
    const end = weekStart + shared[k + 1];
    out.push({ mentor: local(mentor, start, end), mentee: local(mentee, start, end) });
  }
  return out;
}

// "MON 18:00-20:00", "SUN 22:00-24:00", or "SUN 23:00-MON 01:00" across local midnight.
export function formatLocalRange(startLocal: number, endLocal: number): string {
  const startDay = Math.floor(startLocal / DAY_MINUTES);
  const endDay = Math.floor(endLocal / DAY_MINUTES);
  const head = `${WEEKDAY_NAMES[weekdayOfDay(startDay)]} ${clock(startLocal - startDay * DAY_MINUTES)}`;
  const endClock = endLocal - endDay * DAY_MINUTES;
  if (endDay === startDay) {
    return `${head}-${clock(endClock)}`;
  }
  if (endDay === startDay + 1 && endClock === 0) {
    return `${head}-24:00`;
  }
  return `${head}-${WEEKDAY_NAMES[weekdayOfDay(endDay)]} ${clock(endClock)}`;
}

function clock(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
