// Rules of mentorship sessions that need no database: durations, cohort dates, overlap,
// local times and weekly availability. Plain functions over plain values.
import { DateTime } from 'luxon';
import type { ErrorReason } from '../common/errors/error-reason';

export { SESSION_STATUSES } from '../common/vocabulary';
export type { SessionStatusName } from '../common/vocabulary';
import type { SessionStatusName } from '../common/vocabulary';

export type Problem = { field: string; message: string; reason: ErrorReason };

export function checkDuration(minutes: number): Problem | null {
  if (!Number.isInteger(minutes) || minutes < 15 || minutes > 180 || minutes % 15 !== 0) {
    return {
      field: 'durationMinutes',
      reason: 'BAD_DURATION',
      message: 'must be from 15 to 180 minutes, in steps of 15',
    };
  }
  return null;
}

// The cohort's dates are calendar days in the scheduler's own zone.
export function checkWithinCohort(
  startsAt: Date,
  durationMinutes: number,
  zone: string,
  cohort: { startsOn: string; endsOn: string },
): Problem | null {
  const start = DateTime.fromJSDate(startsAt, { zone }).toISODate();
  const end = DateTime.fromJSDate(new Date(startsAt.getTime() + (durationMinutes - 1) * 60_000), {
    zone,
  }).toISODate();
  if (!start || !end || start < cohort.startsOn || end > cohort.endsOn) {
    return {
      field: 'startsAt',
      reason: 'OUTSIDE_COHORT',
      message: `must fall within the cohort, ${cohort.startsOn} to ${cohort.endsOn}`,
    };
  }
  return null;
}

// Scheduling ahead, or logging a past session as already done.
export function checkTiming(
  startsAt: Date,
  durationMinutes: number,
  now: Date,
  completed: boolean,
): Problem | null {
  const endsAt = startsAt.getTime() + durationMinutes * 60_000;
  if (completed && startsAt.getTime() > now.getTime()) {
    return {
      field: 'startsAt',
      reason: 'NOT_STARTED',
      message: 'a session can be logged as done only once it has started',
    };
  }
  if (!completed && endsAt <= now.getTime()) {
    return {
      field: 'startsAt',
      reason: 'IN_THE_PAST',
      message: 'is in the past; log it as completed instead',
    };
  }
  return null;
}

export type TimeSpan = { startsAt: Date; durationMinutes: number };

export const overlaps = (a: TimeSpan, b: TimeSpan) =>
  a.startsAt.getTime() < b.startsAt.getTime() + b.durationMinutes * 60_000 &&
  b.startsAt.getTime() < a.startsAt.getTime() + a.durationMinutes * 60_000;

// "2027-03-02T18:00" in a zone → the instant. Local times that do not exist (the hour
// skipped in spring) are refused rather than silently moved.
export function localToInstant(local: string, zone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) {
    return null;
  }
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid || dt.toFormat("yyyy-LL-dd'T'HH:mm") !== local) {
    return null;
  }
  return dt.toJSDate();
}

export function localStart(startsAt: Date, zone: string): string {
  return DateTime.fromJSDate(startsAt, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

// Whether the whole session lies inside one of the person's weekly windows, in their zone.
export function insideAvailability(
  span: TimeSpan,
  zone: string,
  windows: { day: string; start: string; end: string }[],
): boolean {
  const start = DateTime.fromJSDate(span.startsAt, { zone });
  const end = start.plus({ minutes: span.durationMinutes });
  const day = WEEKDAYS[start.weekday - 1];
  const from = start.hour * 60 + start.minute;
  // A session running past local midnight ends at "24:00" or later on the same weekday.
  const to = end.hasSame(start, 'day')
    ? end.hour * 60 + end.minute
    : 24 * 60 + end.hour * 60 + end.minute;
  return windows.some((w) => w.day === day && minutesOf(w.start) <= from && to <= minutesOf(w.end));
}

export type CheckInFacts = { acceptedAt: Date; lastSessionAt: Date | null };

export const CHECK_IN_NO_FIRST_SESSION_DAYS = 21;
export const CHECK_IN_SILENCE_DAYS = 30;

// A pair needs a lead's check-in when it never met 21 days after acceptance, or its last
// session is more than 30 days old.
export function needsCheckIn(facts: CheckInFacts, now: Date): 'NEVER_MET' | 'SILENT' | null {
  const day = 86_400_000;
  if (!facts.lastSessionAt) {
    return now.getTime() - facts.acceptedAt.getTime() > CHECK_IN_NO_FIRST_SESSION_DAYS * day
      ? 'NEVER_MET'
      : null;
  }
  return now.getTime() - facts.lastSessionAt.getTime() > CHECK_IN_SILENCE_DAYS * day
    ? 'SILENT'
    : null;
}

export type SessionMove = 'COMPLETE' | 'CANCEL' | 'NO_SHOW';

export function checkSessionMove(
  status: SessionStatusName,
  move: SessionMove,
  startsAt: Date,
  now: Date,
): Problem | null {
  if (status !== 'SCHEDULED') {
    return {
      field: 'sessionId',
      reason: 'SESSION_NOT_SCHEDULED',
      message: `this session is already ${status.toLowerCase().replace('_', '-')}`,
    };
  }
  if ((move === 'COMPLETE' || move === 'NO_SHOW') && startsAt.getTime() > now.getTime()) {
    return {
      field: 'sessionId',
      reason: 'NOT_STARTED',
      message: 'this session has not started yet',
    };
  }
  return null;
}

// A booked session being given a new time: only while it is still booked.
export function checkReschedule(status: SessionStatusName): Problem | null {
  return status === 'SCHEDULED'
    ? null
    : {
        field: 'sessionId',
        reason: 'SESSION_NOT_SCHEDULED',
        message: `this session is already ${status.toLowerCase().replace('_', '-')}`,
      };
}

// Both people are reminded of a booked session once, this long before it starts.
export const SESSION_REMINDER_BEFORE_MS = 24 * 60 * 60_000;

export type ReminderFacts = { status: SessionStatusName; startsAt: Date; remindedAt: Date | null };

export function sessionReminderDue(s: ReminderFacts, now: Date): boolean {
  const start = s.startsAt.getTime();
  return (
    s.status === 'SCHEDULED' &&
    s.remindedAt === null &&
    start - SESSION_REMINDER_BEFORE_MS <= now.getTime() &&
    now.getTime() < start
  );
}

// What reminded_at holds for a session booked, or moved, at `now` to start at `startsAt`.
// One that starts within 24 hours gets no reminder of its own: the booking (or moving) mail
// has just told both people. One further away is reminded 24 hours before, even if it
// was reminded before the move (that reminder named the old time).
export function reminderMarkAt(startsAt: Date, now: Date): Date | null {
  return startsAt.getTime() - now.getTime() <= SESSION_REMINDER_BEFORE_MS ? now : null;
}
