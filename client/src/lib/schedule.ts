// Scheduling rules the page checks before asking the API: the cohort's calendar days,
// each person's weekly hours, and the API's local "YYYY-MM-DDTHH:MM" strings.
import { DateTime } from 'luxon';
import { toMinutes, WEEKDAYS, type TimeWindow } from './availability';

export const DURATIONS = [15, 30, 45, 60, 75, 90, 120, 150, 180] as const;

// The instant of a local wall-clock time ("2026-03-02T18:00") in a zone; null if invalid.
export function instantOf(localStart: string, zone: string): DateTime | null {
  const dt = DateTime.fromISO(localStart, { zone });
  return dt.isValid ? dt : null;
}

// Is the whole session inside one of the person's weekly windows, in their own zone?
export function insideWeeklyHours(
  start: DateTime,
  durationMinutes: number,
  windows: readonly TimeWindow[],
  zone: string,
): boolean {
  const local = start.setZone(zone);
  if (!local.isValid) {
    return false;
  }
  const day = WEEKDAYS[local.weekday - 1];
  const from = local.hour * 60 + local.minute;
  const to = from + durationMinutes;
  return windows.some((w) => {
    if (w.day !== day) {
      return false;
    }
    const ws = toMinutes(w.start);
    const we = toMinutes(w.end);
    if (from >= ws && to <= we) {
      return true;
    }
    // A window ending at midnight continues into one that starts at 00:00 the next day.
    if (from >= ws && we === 24 * 60 && to > we) {
      const next = WEEKDAYS[local.weekday % 7];
      return windows.some(
        (n) => n.day === next && toMinutes(n.start) === 0 && to - we <= toMinutes(n.end),
      );
    }
    return false;
  });
}

// Cohort days are calendar days in the scheduler's zone: "YYYY-MM-DD" comparisons suffice.
export function insideCohort(localStart: string, startsOn: string, endsOn: string): boolean {
  const date = localStart.slice(0, 10);
  return date >= startsOn && date <= endsOn;
}

// "MON 18:00-20:00" from the API → its parts, for a localised sentence.
export function parseOverlap(text: string): { day: number; start: number; end: number } | null {
  const m = /^([A-Z]{3}) (\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(text.trim());
  if (!m) {
    return null;
  }
  const day = WEEKDAYS.indexOf(m[1] as (typeof WEEKDAYS)[number]);
  if (day < 0) {
    return null;
  }
  return { day, start: toMinutes(m[2] ?? ''), end: toMinutes(m[3] ?? '') };
}

// Monday 00:00 of the week holding `at`, in the zone.
export function weekStart(at: DateTime): DateTime {
  return at.startOf('week');
}

// The seven local dates ("YYYY-MM-DD") of the week starting at `monday`.
export function weekDates(monday: DateTime): string[] {
  return Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate() ?? '');
}
