// Weekly availability: a grid of 30-minute cells per weekday in the person's own zone,
// turned into the API's windows ({ day, start, end } in local "HH:MM") and back.
import { DateTime } from 'luxon';

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type TimeWindow = { day: Weekday; start: string; end: string };

export const SLOT_MINUTES = 30;
export const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES;

// grid[day][slot]: day 0 is Monday, slot 0 is 00:00–00:30.
export type Grid = readonly (readonly boolean[])[];
export type Cell = { day: number; slot: number };

export function emptyGrid(): Grid {
  return WEEKDAYS.map(() => Array<boolean>(SLOTS_PER_DAY).fill(false));
}

export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function toHHMM(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

// A cell is on when any part of it is inside a window, so 15-minute edges round outwards.
export function gridFromWindows(windows: readonly TimeWindow[]): Grid {
  const grid = WEEKDAYS.map(() => Array<boolean>(SLOTS_PER_DAY).fill(false));
  for (const w of windows) {
    const row = grid[WEEKDAYS.indexOf(w.day)];
    if (!row) {
      continue;
    }
    const start = toMinutes(w.start);
    const end = toMinutes(w.end);
    for (let slot = Math.floor(start / SLOT_MINUTES); slot * SLOT_MINUTES < end; slot++) {
      if (slot < SLOTS_PER_DAY) {
        row[slot] = true;
      }
    }
  }
  return grid;
}

// Each run of consecutive cells on one day becomes one window; "24:00" ends at midnight.
export function windowsFromGrid(grid: Grid): TimeWindow[] {
  const windows: TimeWindow[] = [];
  grid.forEach((row, dayIndex) => {
    const day = WEEKDAYS[dayIndex];
    if (!day) {
      return;
    }
    let runStart: number | null = null;
    for (let slot = 0; slot <= SLOTS_PER_DAY; slot++) {
      const on = slot < SLOTS_PER_DAY && row[slot] === true;
      if (on && runStart === null) {
        runStart = slot;
      } else if (!on && runStart !== null) {
        windows.push({
          day,
          start: toHHMM(runStart * SLOT_MINUTES),
          end: toHHMM(slot * SLOT_MINUTES),
        });
        runStart = null;
      }
    }
  });
  return windows;
}

export function setCell(grid: Grid, cell: Cell, value: boolean): Grid {
  if (grid[cell.day]?.[cell.slot] === value) {
    return grid;
  }
  return grid.map((row, d) =>
    d === cell.day ? row.map((v, s) => (s === cell.slot ? value : v)) : row,
  );
}

// Dragging paints the rectangle between the cell where the drag began and the current one.
export function paintRect(base: Grid, from: Cell, to: Cell, value: boolean): Grid {
  const [d0, d1] = [Math.min(from.day, to.day), Math.max(from.day, to.day)];
  const [s0, s1] = [Math.min(from.slot, to.slot), Math.max(from.slot, to.slot)];
  return base.map((row, d) =>
    d < d0 || d > d1 ? row : row.map((v, s) => (s >= s0 && s <= s1 ? value : v)),
  );
}

// Sets the slots [fromMinutes, toMinutes) on the given days (the quick-add form).
export function paintRange(
  grid: Grid,
  days: readonly number[],
  fromMinutes: number,
  toMinutesExclusive: number,
  value: boolean,
): Grid {
  const s0 = Math.floor(fromMinutes / SLOT_MINUTES);
  const s1 = Math.ceil(toMinutesExclusive / SLOT_MINUTES) - 1;
  return grid.map((row, d) =>
    days.includes(d) ? row.map((v, s) => (s >= s0 && s <= s1 ? value : v)) : row,
  );
}

export function copyDay(grid: Grid, fromDay: number, toDays: readonly number[]): Grid {
  const source = grid[fromDay];
  if (!source) {
    return grid;
  }
  return grid.map((row, d) => (toDays.includes(d) ? [...source] : row));
}

export function minutesPerWeek(windows: readonly TimeWindow[]): number {
  return windows.reduce((sum, w) => sum + toMinutes(w.end) - toMinutes(w.start), 0);
}

export type UtcWindow = {
  local: TimeWindow;
  // Instants of the window's occurrence in the week containing `now`.
  start: DateTime;
  end: DateTime;
};

// Where each local window falls in UTC during the current week, so daylight-saving
// changes show as they apply this week.
export function windowsInUtc(windows: readonly TimeWindow[], zone: string, now: Date): UtcWindow[] {
  const weekStart = DateTime.fromJSDate(now, { zone }).startOf('week');
  if (!weekStart.isValid) {
    return [];
  }
  return windows.map((local) => {
    const date = weekStart.plus({ days: WEEKDAYS.indexOf(local.day) });
    const at = (minutes: number) =>
      DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone }).plus({
        minutes,
      });
    return {
      local,
      start: at(toMinutes(local.start)).toUTC(),
      end: at(toMinutes(local.end)).toUTC(),
    };
  });
}
