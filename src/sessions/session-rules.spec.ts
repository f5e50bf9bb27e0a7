import {
  checkDuration,
  checkReschedule,
  checkSessionMove,
  checkTiming,
  checkWithinCohort,
  insideAvailability,
  localStart,
  localToInstant,
  needsCheckIn,
  overlaps,
  reminderMarkAt,
  sessionReminderDue,
} from './session-rules';

const at = (iso: string) => new Date(iso);

describe('session rules', () => {
  it('takes 15 to 180 minutes in 15-minute steps', () => {
    expect(checkDuration(15)).toBeNull();
    expect(checkDuration(180)).toBeNull();
    for (const bad of [0, 10, 195, 50, 60.5]) {
      expect(checkDuration(bad)?.field).toBe('durationMinutes');
    }
  });

  it("keeps sessions inside the cohort, on the scheduler's own calendar", () => {
    const cohort = { startsOn: '2027-03-01', endsOn: '2027-05-30' };
    // 2027-03-01 02:00Z is still 28 February in Bogotá (UTC-5).
    expect(
      checkWithinCohort(at('2027-03-01T02:00:00Z'), 60, 'America/Bogota', cohort)?.reason,
    ).toBe('OUTSIDE_COHORT');
    expect(checkWithinCohort(at('2027-03-01T02:00:00Z'), 60, 'Europe/Madrid', cohort)).toBeNull();
    expect(checkWithinCohort(at('2027-05-30T21:30:00Z'), 60, 'America/Bogota', cohort)).toBeNull();
    expect(
      checkWithinCohort(at('2027-05-31T04:30:00Z'), 60, 'America/Bogota', cohort)?.reason,
    ).toBe('OUTSIDE_COHORT');
  });

  it('schedules ahead and logs the past as done', () => {
    const now = at('2027-03-10T12:00:00Z');
    expect(checkTiming(at('2027-03-11T12:00:00Z'), 60, now, false)).toBeNull();
    expect(checkTiming(at('2027-03-09T12:00:00Z'), 60, now, false)?.reason).toBe('IN_THE_PAST');
    expect(checkTiming(at('2027-03-09T12:00:00Z'), 60, now, true)).toBeNull();
    expect(checkTiming(at('2027-03-11T12:00:00Z'), 60, now, true)?.reason).toBe('NOT_STARTED');
  });

  it('knows when two sessions overlap; touching is fine', () => {
    const a = { startsAt: at('2027-03-10T12:00:00Z'), durationMinutes: 60 };
    expect(overlaps(a, { startsAt: at('2027-03-10T12:30:00Z'), durationMinutes: 15 })).toBe(true);
    expect(overlaps(a, { startsAt: at('2027-03-10T13:00:00Z'), durationMinutes: 60 })).toBe(false);
    expect(overlaps(a, { startsAt: at('2027-03-10T11:00:00Z'), durationMinutes: 60 })).toBe(false);
    expect(overlaps(a, { startsAt: at('2027-03-10T11:00:00Z'), durationMinutes: 75 })).toBe(true);
  });

  it('converts local date-times in real zones, refusing the hour that does not exist', () => {
    expect(localToInstant('2027-03-02T18:00', 'America/Bogota')?.toISOString()).toBe(
      '2027-03-02T23:00:00.000Z',
    );
    expect(localToInstant('2027-07-02T18:00', 'Europe/Madrid')?.toISOString()).toBe(
      '2027-07-02T16:00:00.000Z',
    );
    expect(localToInstant('2027-03-14T02:30', 'America/New_York')).toBeNull();
    expect(localToInstant('2027-02-30T10:00', 'UTC')).toBeNull();
    expect(localToInstant('tomorrow', 'UTC')).toBeNull();
    expect(localStart(at('2027-03-02T23:00:00Z'), 'Europe/Madrid')).toBe('2027-03-03T00:00');
    expect(localStart(at('2027-03-02T23:00:00Z'), 'Asia/Kolkata')).toBe('2027-03-03T04:30');
  });

  it("tells whether a session sits inside weekly availability, in the person's zone", () => {
    const windows = [{ day: 'TUE', start: '18:00', end: '20:00' }];
    // Tuesday 2 March 2027, 18:00 in Bogotá = 23:00Z.
    expect(
      insideAvailability(
        { startsAt: at('2027-03-02T23:00:00Z'), durationMinutes: 120 },
        'America/Bogota',
        windows,
      ),
    ).toBe(true);
    expect(
      insideAvailability(
        { startsAt: at('2027-03-02T23:00:00Z'), durationMinutes: 135 },
        'America/Bogota',
        windows,
      ),
    ).toBe(false);
    // The same instant is Wednesday 00:00 in Madrid.
    expect(
      insideAvailability(
        { startsAt: at('2027-03-02T23:00:00Z'), durationMinutes: 60 },
        'Europe/Madrid',
        windows,
      ),
    ).toBe(false);
    expect(
      insideAvailability(
        { startsAt: at('2027-03-02T23:00:00Z'), durationMinutes: 60 },
        'Europe/Madrid',
        [{ day: 'WED', start: '00:00', end: '01:00' }],
      ),
    ).toBe(true);
    expect(
      insideAvailability(
        { startsAt: at('2027-03-02T22:00:00Z'), durationMinutes: 120 },
        'Europe/Madrid',
        [{ day: 'TUE', start: '23:00', end: '24:00' }],
      ),
    ).toBe(false);
  });

  it('flags pairs that never met in 21 days or went quiet for 30', () => {
    const accepted = at('2027-03-01T00:00:00Z');
    expect(
      needsCheckIn({ acceptedAt: accepted, lastSessionAt: null }, at('2027-03-21T00:00:00Z')),
    ).toBeNull();
    expect(
      needsCheckIn({ acceptedAt: accepted, lastSessionAt: null }, at('2027-03-23T00:00:00Z')),
    ).toBe('NEVER_MET');
    expect(
      needsCheckIn(
        { acceptedAt: accepted, lastSessionAt: at('2027-03-05T00:00:00Z') },
        at('2027-04-03T00:00:00Z'),
      ),
    ).toBeNull();
    expect(
      needsCheckIn(
        { acceptedAt: accepted, lastSessionAt: at('2027-03-05T00:00:00Z') },
        at('2027-04-05T00:00:00Z'),
      ),
    ).toBe('SILENT');
  });

  it('moves only scheduled sessions, completing or no-showing only after the start', () => {
    const now = at('2027-03-10T12:00:00Z');
    expect(checkSessionMove('SCHEDULED', 'CANCEL', at('2027-03-11T12:00:00Z'), now)).toBeNull();
    expect(checkSessionMove('SCHEDULED', 'COMPLETE', at('2027-03-11T12:00:00Z'), now)?.reason).toBe(
      'NOT_STARTED',
    );
    expect(checkSessionMove('SCHEDULED', 'COMPLETE', at('2027-03-10T11:00:00Z'), now)).toBeNull();
    expect(checkSessionMove('SCHEDULED', 'NO_SHOW', at('2027-03-10T11:00:00Z'), now)).toBeNull();
    expect(checkSessionMove('COMPLETED', 'CANCEL', at('2027-03-10T11:00:00Z'), now)?.reason).toBe(
      'SESSION_NOT_SCHEDULED',
    );
  });

  it('gives a new time only to a session still booked', () => {
    expect(checkReschedule('SCHEDULED')).toBeNull();
    for (const done of ['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const) {
      expect(checkReschedule(done)?.reason).toBe('SESSION_NOT_SCHEDULED');
    }
  });

  it('reminds of a booked session once, from 24 hours before it starts until it starts', () => {
    const s = {
      status: 'SCHEDULED' as const,
      startsAt: at('2027-03-08T17:00:00Z'),
      remindedAt: null,
    };
    expect(sessionReminderDue(s, at('2027-03-07T16:59:59Z'))).toBe(false);
    expect(sessionReminderDue(s, at('2027-03-07T17:00:00Z'))).toBe(true);
    expect(sessionReminderDue(s, at('2027-03-08T16:59:00Z'))).toBe(true);
    expect(sessionReminderDue(s, at('2027-03-08T17:00:00Z'))).toBe(false);
    const once = { ...s, remindedAt: at('2027-03-07T17:00:00Z') };
    expect(sessionReminderDue(once, at('2027-03-08T10:00:00Z'))).toBe(false);
    for (const status of ['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const) {
      expect(sessionReminderDue({ ...s, status }, at('2027-03-08T10:00:00Z'))).toBe(false);
    }
  });

  it('counts a booking or move within 24 hours as its own reminder; a later time gets one', () => {
    const now = at('2027-03-07T12:00:00Z');
    // Booked or moved to 20 hours ahead: the mail is the reminder, none follows.
    const soon = reminderMarkAt(at('2027-03-08T08:00:00Z'), now);
    expect(soon).toEqual(now);
    expect(
      sessionReminderDue(
        { status: 'SCHEDULED', startsAt: at('2027-03-08T08:00:00Z'), remindedAt: soon },
        at('2027-03-07T13:00:00Z'),
      ),
    ).toBe(false);
    expect(reminderMarkAt(at('2027-03-08T12:00:00Z'), now)).toEqual(now);
    // Three days ahead (even when already reminded of the old time): reminded afresh.
    const later = at('2027-03-10T12:00:00Z');
    expect(reminderMarkAt(later, now)).toBeNull();
    expect(
      sessionReminderDue(
        { status: 'SCHEDULED', startsAt: later, remindedAt: reminderMarkAt(later, now) },
        at('2027-03-09T12:00:00Z'),
      ),
    ).toBe(true);
  });
});
