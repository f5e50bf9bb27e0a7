// The weekly grid: 7 days × 48 half-hour cells. Mouse and pen drag to paint a rectangle,
// touch taps one cell at a time (so the page still scrolls), and the keyboard moves with
// the arrow keys and marks with Space or Enter (Shift + arrow marks while moving).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  paintRect,
  setCell,
  SLOT_MINUTES,
  SLOTS_PER_DAY,
  WEEKDAYS,
  type Cell,
  type Grid,
} from '../lib/availability';
import { formatClock, weekdayName } from '../lib/format';

type Props = {
  grid: Grid;
  onChange: (grid: Grid) => void;
  locale: string;
  labelledBy: string;
  describedBy?: string;
};

type Drag = { anchor: Cell; last: Cell; value: boolean; base: Grid };

const SLOTS = Array.from({ length: SLOTS_PER_DAY }, (_, s) => s);
const DAYS = WEEKDAYS.map((_, d) => d);
const ROW_PX = 24;

function cellOf(target: EventTarget | Element | null): Cell | null {
  if (!(target instanceof Element)) {
    return null;
  }
  const el = target.closest<HTMLElement>('[data-slot]');
  if (!el) {
    return null;
  }
  return { day: Number(el.dataset.day), slot: Number(el.dataset.slot) };
}

const sameCell = (a: Cell, b: Cell) => a.day === b.day && a.slot === b.slot;

export function AvailabilityGrid({ grid, onChange, locale, labelledBy, describedBy }: Props) {
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const tap = useRef<Cell | null>(null);
  const [focus, setFocus] = useState<Cell>(() => firstSelected(grid) ?? { day: 0, slot: 18 });

  const labels = useMemo(() => {
    const times = SLOTS.map((s) => formatClock(s * SLOT_MINUTES, locale));
    const ends = SLOTS.map((s) =>
      s === SLOTS_PER_DAY - 1 ? t('common.midnight') : formatClock((s + 1) * SLOT_MINUTES, locale),
    );
    return {
      times,
      dayShort: DAYS.map((d) => weekdayName(d, locale, 'short')),
      dayLong: DAYS.map((d) => weekdayName(d, locale, 'long')),
      cell: DAYS.map((d) =>
        SLOTS.map((s) =>
          t('form.cellLabel', {
            day: weekdayName(d, locale, 'long'),
            from: times[s],
            to: ends[s],
          }),
        ),
      ),
    };
  }, [locale, t]);

  // Start scrolled to the first marked hour, or to 08:00.
  useEffect(() => {
    const first = firstSelected(grid);
    const slot = first ? Math.max(first.slot - 2, 0) : 16;
    if (scrollRef.current) {
      scrollRef.current.scrollTop = slot * ROW_PX;
    }
    // Only on mount: later edits must not move the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const focusCell = (cell: Cell) => {
    setFocus(cell);
    tableRef.current
      ?.querySelector<HTMLElement>(`[data-day="${cell.day}"][data-slot="${cell.slot}"]`)
      ?.focus({ preventScroll: false });
  };

  const isOn = (cell: Cell) => grid[cell.day]?.[cell.slot] === true;

  const onPointerDown = (e: React.PointerEvent<HTMLTableElement>) => {
    const cell = cellOf(e.target);
    if (!cell) {
      return;
    }
    if (e.pointerType === 'touch') {
      tap.current = cell;
      return;
    }
    if (e.button !== 0) {
      return;
    }
    e.preventDefault();
    const value = !isOn(cell);
    drag.current = { anchor: cell, last: cell, value, base: grid };
    e.currentTarget.setPointerCapture(e.pointerId);
    onChange(paintRect(grid, cell, cell, value));
    focusCell(cell);
  };

  const onPointerMove = (e: React.PointerEvent<HTMLTableElement>) => {
    const d = drag.current;
    if (!d) {
      return;
    }
    const cell = cellOf(document.elementFromPoint(e.clientX, e.clientY));
    if (!cell || sameCell(cell, d.last)) {
      return;
    }
    d.last = cell;
    onChange(paintRect(d.base, d.anchor, cell, d.value));
    setFocus(cell);
  };

  const endDrag = (e: React.PointerEvent<HTMLTableElement>) => {
    if (drag.current) {
      drag.current = null;
      if (e.currentTarget.hasPointerCapture(e.pointerId)) {
        e.currentTarget.releasePointerCapture(e.pointerId);
      }
    }
  };

  const onPointerUp = (e: React.PointerEvent<HTMLTableElement>) => {
    endDrag(e);
    const started = tap.current;
    tap.current = null;
    if (started && e.pointerType === 'touch') {
      const cell = cellOf(e.target);
      if (cell && sameCell(cell, started)) {
        onChange(setCell(grid, cell, !isOn(cell)));
        setFocus(cell);
      }
    }
  };

  const onPointerCancel = (e: React.PointerEvent<HTMLTableElement>) => {
    // A touch that turned into a scroll is not a tap.
    tap.current = null;
    endDrag(e);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLTableElement>) => {
    const cell = cellOf(e.target);
    if (!cell) {
      return;
    }
    let next: Cell;
    switch (e.key) {
      case ' ':
      case 'Enter':
        e.preventDefault();
        onChange(setCell(grid, cell, !isOn(cell)));
        return;
      case 'ArrowUp':
        next = { ...cell, slot: cell.slot - 1 };
        break;
      case 'ArrowDown':
        next = { ...cell, slot: cell.slot + 1 };
        break;
      case 'ArrowLeft':
        next = { ...cell, day: cell.day - 1 };
        break;
      case 'ArrowRight':
        next = { ...cell, day: cell.day + 1 };
        break;
      case 'PageUp':
        next = { ...cell, slot: cell.slot - 4 };
        break;
      case 'PageDown':
        next = { ...cell, slot: cell.slot + 4 };
        break;
      case 'Home':
        next = e.ctrlKey ? { day: 0, slot: 0 } : { ...cell, slot: 0 };
        break;
      case 'End':
        next = e.ctrlKey
          ? { day: DAYS.length - 1, slot: SLOTS_PER_DAY - 1 }
          : { ...cell, slot: SLOTS_PER_DAY - 1 };
        break;
      default:
        return;
    }
    e.preventDefault();
    const clamped = {
      day: Math.min(Math.max(next.day, 0), DAYS.length - 1),
      slot: Math.min(Math.max(next.slot, 0), SLOTS_PER_DAY - 1),
    };
    if (e.shiftKey && !sameCell(clamped, cell)) {
      // Shift carries the state of the cell being left onto the new one.
      onChange(setCell(grid, clamped, isOn(cell)));
    }
    focusCell(clamped);
  };

  return (
    <div className="grid-scroll" ref={scrollRef}>
      <table
        ref={tableRef}
        className="avail-grid"
        role="grid"
        aria-multiselectable="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            <th scope="col" className="avail-corner">
              <span className="sr-only">{t('form.gridTime')}</span>
            </th>
            {DAYS.map((d) => (
              <th key={d} scope="col" className="avail-day">
                <span aria-hidden="true">{labels.dayShort[d]}</span>
                <span className="sr-only">{labels.dayLong[d]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SLOTS.map((s) => (
            <tr key={s} className={s % 2 === 0 ? 'hour-row' : 'half-row'}>
              <th scope="row" className="avail-time">
                <span className={s % 2 === 0 ? undefined : 'sr-only'}>{labels.times[s]}</span>
              </th>
              {DAYS.map((d) => {
                const on = grid[d]?.[s] === true;
                const focused = focus.day === d && focus.slot === s;
                return (
                  <td
                    key={d}
                    role="gridcell"
                    data-day={d}
                    data-slot={s}
                    tabIndex={focused ? 0 : -1}
                    aria-selected={on}
                    aria-label={labels.cell[d]?.[s]}
                    className={`avail-cell${on ? ' is-on' : ''}`}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function firstSelected(grid: Grid): Cell | null {
  let best: Cell | null = null;
  grid.forEach((row, day) => {
    const slot = row.indexOf(true);
    if (slot >= 0 && (!best || slot < best.slot)) {
      best = { day, slot };
    }
  });
  return best;
}
