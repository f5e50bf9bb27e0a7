import fc from 'fast-check';
import {
  type CohortWeeks,
  type LocalWindow,
  WEEKDAY_NAMES,
  buildPersonSchedule,
  buildZoneSchedule,
  cohortWeeks,
  describeOverlap,
  formatLocalRange,
  pairOverlap,
  timelineSpan,
  weekIntervals,
  weekSet,
  weekStartMinute,
} from './weekly-overlap';
import { DAY_MINUTES, buildZoneTimeline, localToUtc, utcToLocal } from './zone-timeline';

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const minuteOf = (iso: string): number => Date.parse(iso) / 60_000;

function weeksOf(startsOn: string, endsOn: string): CohortWeeks {
  return cohortWeeks(dayOf(startsOn), dayOf(endsOn));
}

function clockMinutes(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return hours * 60 + minutes;
}

function windowsOf(spec: string[]): LocalWindow[] {
  // "MON 18:00-20:00"
  return spec.map((item) => {
    const [day, range] = item.split(' ');
    const [start, end] = range.split('-');
    return {
      day: (WEEKDAY_NAMES as readonly string[]).indexOf(day),
      start: clockMinutes(start),
      end: clockMinutes(end),
    };
  });
}

function person(zone: string, spec: string[], weeks: CohortWeeks) {
  const span = timelineSpan(weeks);
  const timeline = buildZoneTimeline(zone, span.from, span.to);
  return buildPersonSchedule(buildZoneSchedule(timeline, weeks), windowsOf(spec), weeks);
}

describe('cohortWeeks', () => {
  it('counts the whole weeks that end by endsOn + 1 day', () => {
    expect(weeksOf('2027-03-01', '2027-05-30').weekCount).toBe(13); // 91 days
    expect(weeksOf('2027-03-01', '2027-03-13').weekCount).toBe(1); // 13 days
    expect(weeksOf('2027-03-01', '2027-03-14').weekCount).toBe(2); // 14 days
  });

  it('keeps one week for a cohort shorter than a week', () => {
    expect(weeksOf('2027-03-10', '2027-03-12').weekCount).toBe(1);
    expect(weeksOf('2027-03-10', '2027-03-10').weekCount).toBe(1);
  });
});

describe('local time conversion', () => {
  const span = { from: minuteOf('2027-01-01T00:00:00Z'), to: minuteOf('2027-12-31T00:00:00Z') };
  const newYork = buildZoneTimeline('America/New_York', span.from, span.to);
  const local = (iso: string): number => minuteOf(`${iso}Z`);

  it('moves a reading inside the spring-forward gap forward with the clock', () => {
    // 02:30 on 14 March 2027 never happens in New York; it becomes 03:30 EDT = 07:30Z.
    expect(localToUtc(newYork, local('2027-03-14T02:30:00'))).toBe(
      minuteOf('2027-03-14T07:30:00Z'),
    );
    expect(localToUtc(newYork, local('2027-03-14T01:59:00'))).toBe(
      minuteOf('2027-03-14T06:59:00Z'),
    );
    expect(localToUtc(newYork, local('2027-03-14T03:00:00'))).toBe(
      minuteOf('2027-03-14T07:00:00Z'),
    );
  });

  it('takes the first occurrence of a reading that happens twice', () => {
    // 01:30 on 7 November 2027 happens in EDT (05:30Z) and again in EST (06:30Z).
    expect(localToUtc(newYork, local('2027-11-07T01:30:00'))).toBe(
      minuteOf('2027-11-07T05:30:00Z'),
    );
    expect(utcToLocal(newYork, minuteOf('2027-11-07T06:30:00Z'))).toBe(
      local('2027-11-07T01:30:00'),
    );
  });
});

describe('weekly overlap, by hand', () => {
  it('New York with Madrid loses an hour in the two March weeks when only New York has changed clocks', () => {
    // Mentor New York MON 12:00-14:00, mentee Madrid MON 18:00-20:00, weeks from Monday 1 March.
    // Until 14 March both are on winter time: 17:00-19:00Z and 17:00-19:00Z, 120 min.
    // 15 and 22 March: New York is on EDT (16:00-18:00Z), Madrid still CET (17:00-19:00Z): 60.
    // 29 March: Madrid on CEST too (16:00-18:00Z): 120 again.
    const weeks = weeksOf('2027-03-01', '2027-04-04');
    const mentor = person('America/New_York', ['MON 12:00-14:00'], weeks);
    const mentee = person('Europe/Madrid', ['MON 18:00-20:00'], weeks);
    const overlap = pairOverlap(mentor, mentee, weeks);
    expect(overlap.perWeek).toEqual([120, 120, 60, 60, 120]);
    expect(overlap.minutes).toBe(60);
    expect(overlap.bindingWeek).toBe(2);
    expect(describeOverlap(mentor, mentee, weeks, 2)).toEqual([
      { mentor: 'MON 13:00-14:00', mentee: 'MON 18:00-19:00' },
    ]);
  });

  it('America/Santiago goes back an hour in April (southern hemisphere)', () => {
    // Santiago MON 10:00-12:00 is 13:00-15:00Z on -03 (until Sunday 4 April 03:00Z) and
    // 14:00-16:00Z on -04 after it; Abidjan (UTC) MON 13:00-15:00. Week of 29 March: 120;
    // week of 5 April: 14:00-15:00Z, 60.
    const weeks = weeksOf('2027-03-29', '2027-04-11');
    const mentor = person('America/Santiago', ['MON 10:00-12:00'], weeks);
    const mentee = person('Africa/Abidjan', ['MON 13:00-15:00'], weeks);
    expect(pairOverlap(mentor, mentee, weeks).perWeek).toEqual([120, 60]);
  });

  it('gives a Santiago window in the repeated hour its first occurrence', () => {
    // SAT 23:00-24:00 on 3 April: 23:00 happens first on -03 (02:00Z Sunday); 24:00 (Sunday
    // 00:00) only after the change, on -04 (04:00Z). So 02:00-04:00Z, 120 min against
    // Abidjan SUN 00:00-06:00. The next Saturday is plain -04: 03:00-04:00Z, 60 min.
    const weeks = weeksOf('2027-03-29', '2027-04-11');
    const mentor = person('America/Santiago', ['SAT 23:00-24:00'], weeks);
    const mentee = person('Africa/Abidjan', ['SUN 00:00-06:00'], weeks);
    expect(pairOverlap(mentor, mentee, weeks).perWeek).toEqual([120, 60]);
  });

  it('Asia/Kolkata keeps its half-hour offset', () => {
    // Kolkata MON 20:00-22:00 at +05:30 is 14:30-16:30Z; London MON 15:00-17:00 in January
    // is 15:00-17:00Z. Shared 15:00-16:30Z, 90 min, every week.
    const weeks = weeksOf('2027-01-04', '2027-01-17');
    const mentor = person('Asia/Kolkata', ['MON 20:00-22:00'], weeks);
    const mentee = person('Europe/London', ['MON 15:00-17:00'], weeks);
    const overlap = pairOverlap(mentor, mentee, weeks);
    expect(overlap.perWeek).toEqual([90, 90]);
    expect(describeOverlap(mentor, mentee, weeks, 0)).toEqual([
      { mentor: 'MON 20:30-22:00', mentee: 'MON 15:00-16:30' },
    ]);
  });

  it('America/St_Johns moves from -03:30 to -02:30', () => {
    // St John's MON 12:00-14:00 is 15:30-17:30Z until 14 March, then 14:30-16:30Z; London
    // MON 16:00-18:00 is 16:00-18:00Z all of March before the 28th. 90, 90, then 30.
    const weeks = weeksOf('2027-03-01', '2027-03-21');
    const mentor = person('America/St_Johns', ['MON 12:00-14:00'], weeks);
    const mentee = person('Europe/London', ['MON 16:00-18:00'], weeks);
    const overlap = pairOverlap(mentor, mentee, weeks);
    expect(overlap.perWeek).toEqual([90, 90, 30]);
    expect(overlap.minutes).toBe(30);
  });

  it('Australia/Lord_Howe shifts by 30 minutes and lands in the previous UTC day', () => {
    // Lord Howe MON 09:00-11:00 is SUN 22:00-24:00Z on +11 and SUN 22:30-MON 00:30Z on +10:30
    // (from 3 April 15:00Z). Abidjan SUN 22:00-24:00. Weeks start Monday 22 March:
    // week 0 holds Monday 29 March's window (+11): 120; weeks 1 and 2 hold the +10:30
    // windows, of which 22:30-24:00Z falls on the Sunday: 90.
    const weeks = weeksOf('2027-03-22', '2027-04-11');
    const mentor = person('Australia/Lord_Howe', ['MON 09:00-11:00'], weeks);
    const mentee = person('Africa/Abidjan', ['SUN 22:00-24:00'], weeks);
    const overlap = pairOverlap(mentor, mentee, weeks);
    expect(overlap.perWeek).toEqual([120, 90, 90]);
    expect(describeOverlap(mentor, mentee, weeks, overlap.bindingWeek)).toEqual([
      { mentor: 'MON 09:00-10:30', mentee: 'SUN 22:30-24:00' },
    ]);
  });

  it('matches a window that lands on the other side of midnight in UTC', () => {
    // Bogota MON 18:00-20:00 (-05) is MON 23:00-TUE 01:00Z; Madrid TUE 00:00-02:00 (CET) is
    // the same stretch: 120 min, written in each side's own time.
    const weeks = weeksOf('2027-01-04', '2027-01-31');
    const mentor = person('America/Bogota', ['MON 18:00-20:00'], weeks);
    const mentee = person('Europe/Madrid', ['TUE 00:00-02:00'], weeks);
    const overlap = pairOverlap(mentor, mentee, weeks);
    expect(overlap.perWeek).toEqual([120, 120, 120, 120]);
    expect(describeOverlap(mentor, mentee, weeks, 0)).toEqual([
      { mentor: 'MON 18:00-20:00', mentee: 'TUE 00:00-02:00' },
    ]);
  });

  it('counts a shared stretch that straddles the edge of the UTC week once, whole', () => {
    // Bogota SUN 18:00-21:00 is SUN 23:00-MON 02:00Z; Madrid MON 00:00-03:00 likewise. Weeks
    // start on Monday, so each week holds 00:00-02:00Z Monday and 23:00-24:00Z Sunday: 180.
    const weeks = weeksOf('2027-01-04', '2027-01-17');
    const mentor = person('America/Bogota', ['SUN 18:00-21:00'], weeks);
    const mentee = person('Europe/Madrid', ['MON 00:00-03:00'], weeks);
    expect(pairOverlap(mentor, mentee, weeks).perWeek).toEqual([180, 180]);
    expect(describeOverlap(mentor, mentee, weeks, 0)).toEqual([
      { mentor: 'SUN 18:00-21:00', mentee: 'MON 00:00-03:00' },
    ]);
  });

  it('uses the one week from startsOn for a cohort shorter than a week', () => {
    // 10-12 March 2027: the week is Wednesday 10 March 00:00Z to Wednesday 17 March 00:00Z.
    // New York MON+WED 12:00-14:00, London MON+WED 16:00-18:00. Wednesday 10th: New York EST
    // 17:00-19:00Z vs 16:00-18:00Z, 60. Monday 15th: New York EDT 16:00-18:00Z, 120. 180.
    const weeks = weeksOf('2027-03-10', '2027-03-12');
    const mentor = person('America/New_York', ['MON 12:00-14:00', 'WED 12:00-14:00'], weeks);
    const mentee = person('Europe/London', ['MON 16:00-18:00', 'WED 16:00-18:00'], weeks);
    const overlap = pairOverlap(mentor, mentee, weeks);
    expect(overlap.perWeek).toEqual([180]);
  });

  it('moves a window starting in the spring-forward gap forward with the clock', () => {
    // New York SUN 02:00-04:00 on 14 March: 02:00 does not exist and becomes 03:00 EDT
    // (07:00Z); 04:00 EDT is 08:00Z. Against Abidjan SUN 06:00-09:00 that is 60 min. The
    // next Sunday is plain EDT, 06:00-08:00Z: 120.
    const weeks = weeksOf('2027-03-08', '2027-03-21');
    const mentor = person('America/New_York', ['SUN 02:00-04:00'], weeks);
    const mentee = person('Africa/Abidjan', ['SUN 06:00-09:00'], weeks);
    const overlap = pairOverlap(mentor, mentee, weeks);
    expect(overlap.perWeek).toEqual([60, 120]);
    expect(overlap.minutes).toBe(60);
  });

  it('unions windows that overlap each other instead of counting twice', () => {
    const weeks = weeksOf('2027-01-04', '2027-01-10');
    const mentor = person('Etc/UTC', ['MON 10:00-12:00', 'MON 11:00-13:00'], weeks);
    const mentee = person('Etc/UTC', ['MON 00:00-24:00'], weeks);
    expect(pairOverlap(mentor, mentee, weeks).minutes).toBe(180);
  });
});

describe('formatLocalRange', () => {
  // 2027-01-04 was a Monday.
  const at = (iso: string): number => minuteOf(`${iso}Z`);

  it('writes a stretch within a day, up to midnight, and across midnight', () => {
    expect(formatLocalRange(at('2027-01-04T18:00:00'), at('2027-01-04T20:30:00'))).toBe(
      'MON 18:00-20:30',
    );
    expect(formatLocalRange(at('2027-01-10T22:00:00'), at('2027-01-11T00:00:00'))).toBe(
      'SUN 22:00-24:00',
    );
    expect(formatLocalRange(at('2027-01-10T23:00:00'), at('2027-01-11T01:15:00'))).toBe(
      'SUN 23:00-MON 01:15',
    );
  });
});

describe('week classes', () => {
  const zones = [
    'America/New_York',
    'Europe/Madrid',
    'America/Santiago',
    'America/St_Johns',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'Africa/Casablanca',
    'Africa/Cairo',
    'Pacific/Chatham',
    'America/Havana',
    'Asia/Tehran',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ];
  const windowArb = fc.record({
    day: fc.integer({ min: 0, max: 6 }),
    start: fc.integer({ min: 0, max: 1439 }),
    length: fc.integer({ min: 1, max: 1440 }),
  });

  it('give every week exactly the set computed for that week directly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(windowArb, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: dayOf('2024-01-01'), max: dayOf('2030-12-31') }),
        fc.integer({ min: 0, max: 120 }),
        (zone, raw, startDay, length) => {
          const windows = raw.map((w) => ({
            day: w.day,
            start: w.start,
            end: Math.min(DAY_MINUTES, w.start + w.length),
          }));
          const weeks = cohortWeeks(startDay, startDay + length);
          const schedule = person(zone, [], weeks);
          const withWindows = buildPersonSchedule(schedule.zone, windows, weeks);
          for (let week = 0; week < weeks.weekCount; week++) {
            const direct = weekIntervals(
              schedule.zone.timeline,
              windows,
              weekStartMinute(weeks, week),
            );
            expect(Array.from(weekSet(withWindows, week))).toEqual(Array.from(direct));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
