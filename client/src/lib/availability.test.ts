import { describe, expect, it } from 'vitest';
import {
  copyDay,
  emptyGrid,
  gridFromWindows,
  minutesPerWeek,
  paintRange,
  paintRect,
  setCell,
  windowsFromGrid,
  windowsInUtc,
} from './availability';

describe('grid and windows', () => {
  it('turns runs of cells into windows, one per run and day', () => {
    let grid = emptyGrid();
    grid = paintRect(grid, { day: 0, slot: 36 }, { day: 2, slot: 39 }, true);
    grid = setCell(grid, { day: 6, slot: 47 }, true);
    expect(windowsFromGrid(grid)).toEqual([
      { day: 'MON', start: '18:00', end: '20:00' },
      { day: 'TUE', start: '18:00', end: '20:00' },
      { day: 'WED', start: '18:00', end: '20:00' },
      { day: 'SUN', start: '23:30', end: '24:00' },
    ]);
  });

  it('reads windows back into the same grid', () => {
    const windows = [
      { day: 'MON' as const, start: '00:00', end: '01:30' },
      { day: 'FRI' as const, start: '22:00', end: '24:00' },
    ];
    expect(windowsFromGrid(gridFromWindows(windows))).toEqual(windows);
  });

  it('rounds 15-minute edges outwards onto 30-minute cells', () => {
    const grid = gridFromWindows([{ day: 'TUE', start: '09:15', end: '10:15' }]);
    expect(windowsFromGrid(grid)).toEqual([{ day: 'TUE', start: '09:00', end: '10:30' }]);
  });

  it('unpaints a rectangle when the drag began on a marked cell', () => {
    const full = paintRect(emptyGrid(), { day: 0, slot: 0 }, { day: 6, slot: 47 }, true);
    const holed = paintRect(full, { day: 1, slot: 10 }, { day: 1, slot: 11 }, false);
    expect(windowsFromGrid(holed).filter((w) => w.day === 'TUE')).toEqual([
      { day: 'TUE', start: '00:00', end: '05:00' },
      { day: 'TUE', start: '06:00', end: '24:00' },
    ]);
  });

  it('adds a range on several days and copies a day', () => {
    const grid = paintRange(emptyGrid(), [5, 6], 10 * 60, 12 * 60, true);
    expect(minutesPerWeek(windowsFromGrid(grid))).toBe(240);
    const copied = copyDay(paintRange(emptyGrid(), [0], 60, 120, true), 0, [1, 2, 3, 4]);
    expect(windowsFromGrid(copied).map((w) => w.day)).toEqual(['MON', 'TUE', 'WED', 'THU', 'FRI']);
  });

  it('returns the same grid when a cell already has the value', () => {
    const grid = emptyGrid();
    expect(setCell(grid, { day: 3, slot: 3 }, false)).toBe(grid);
  });
});

describe('windowsInUtc', () => {
  it('places Bogotá evenings in UTC, crossing midnight', () => {
    const [w] = windowsInUtc(
      [{ day: 'MON', start: '18:00', end: '20:00' }],
      'America/Bogota',
      new Date('2026-03-04T12:00:00Z'),
    );
    expect(w?.start.toISO()).toBe('2026-03-02T23:00:00.000Z');
    expect(w?.end.toISO()).toBe('2026-03-03T01:00:00.000Z');
  });

  it('follows daylight saving time for the week in question', () => {
    const window = [{ day: 'MON' as const, start: '09:00', end: '10:00' }];
    const winter = windowsInUtc(window, 'Europe/Madrid', new Date('2026-01-14T12:00:00Z'));
    const summer = windowsInUtc(window, 'Europe/Madrid', new Date('2026-07-15T12:00:00Z'));
    expect(winter[0]?.start.toUTC().hour).toBe(8);
    expect(summer[0]?.start.toUTC().hour).toBe(7);
  });

  it('ends a window at 24:00 on the next day at midnight local time', () => {
    const [w] = windowsInUtc(
      [{ day: 'SUN', start: '22:00', end: '24:00' }],
      'UTC',
      new Date('2026-03-04T12:00:00Z'),
    );
    expect(w?.end.toISO()).toBe('2026-03-09T00:00:00.000Z');
  });
});
