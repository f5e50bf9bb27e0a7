import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { insideCohort, insideWeeklyHours, instantOf, parseOverlap, weekDates } from './schedule';

describe('insideWeeklyHours', () => {
  const windows = [{ day: 'MON' as const, start: '18:00', end: '20:00' }];

  it('accepts a session inside a window in the person zone', () => {
    const start = instantOf('2026-03-02T18:30', 'America/Bogota');
    expect(start && insideWeeklyHours(start, 60, windows, 'America/Bogota')).toBe(true);
  });

  it('converts to the other person zone first', () => {
    // 18:30 in Bogotá is 00:30 on Tuesday in Madrid.
    const start = instantOf('2026-03-02T18:30', 'America/Bogota');
    expect(start && insideWeeklyHours(start, 60, windows, 'Europe/Madrid')).toBe(false);
    const tuesday = [{ day: 'TUE' as const, start: '00:00', end: '02:00' }];
    expect(start && insideWeeklyHours(start, 60, tuesday, 'Europe/Madrid')).toBe(true);
  });

  it('refuses a session that runs past the window', () => {
    const start = instantOf('2026-03-02T19:30', 'America/Bogota');
    expect(start && insideWeeklyHours(start, 60, windows, 'America/Bogota')).toBe(false);
  });

  it('follows a window through midnight', () => {
    const late = [
      { day: 'MON' as const, start: '23:00', end: '24:00' },
      { day: 'TUE' as const, start: '00:00', end: '01:00' },
    ];
    const start = instantOf('2026-03-02T23:30', 'UTC');
    expect(start && insideWeeklyHours(start, 60, late, 'UTC')).toBe(true);
  });
});

describe('insideCohort', () => {
  it('compares calendar days', () => {
    expect(insideCohort('2026-03-01T09:00', '2026-03-01', '2026-05-31')).toBe(true);
    expect(insideCohort('2026-05-31T23:45', '2026-03-01', '2026-05-31')).toBe(true);
    expect(insideCohort('2026-06-01T00:00', '2026-03-01', '2026-05-31')).toBe(false);
  });
});

describe('parseOverlap', () => {
  it('reads the API overlap strings', () => {
    expect(parseOverlap('TUE 18:00-20:30')).toEqual({ day: 1, start: 1080, end: 1230 });
    expect(parseOverlap('nonsense')).toBeNull();
  });
});

describe('weekDates', () => {
  it('lists Monday to Sunday', () => {
    const monday = DateTime.fromISO('2026-03-04', { zone: 'UTC' }).startOf('week');
    expect(weekDates(monday)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });
});
