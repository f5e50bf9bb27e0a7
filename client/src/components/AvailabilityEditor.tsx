import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  copyDay,
  emptyGrid,
  paintRange,
  SLOT_MINUTES,
  SLOTS_PER_DAY,
  toMinutes,
  WEEKDAYS,
  windowsFromGrid,
  type Grid,
  type TimeWindow,
} from '../lib/availability';
import { formatClock, weekdayName } from '../lib/format';
import { AvailabilityGrid } from './AvailabilityGrid';
import { useLimits } from '../settings/program-defaults';
import { Fieldset } from './fields';
import { WindowSummary } from './WindowSummary';

type Props = {
  id: string;
  grid: Grid;
  onChange: (grid: Grid) => void;
  timezone: string;
  locale: string;
  error?: string | null;
};

const WEEKDAY_SET = [0, 1, 2, 3, 4];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

export function AvailabilityEditor({ id, grid, onChange, timezone, locale, error }: Props) {
  const { t } = useTranslation();
  const { windowsMax } = useLimits().profile;
  const windows = useMemo(() => windowsFromGrid(grid), [grid]);

  const remove = (w: TimeWindow) =>
    onChange(
      paintRange(grid, [WEEKDAYS.indexOf(w.day)], toMinutes(w.start), toMinutes(w.end), false),
    );

  return (
    <Fieldset
      id={id}
      legend={t('form.availabilityLegend')}
      hint={
        <p>
          {t('form.availabilityHint', { zone: timezone })}{' '}
          {/* Not on touch screens, where there is no keyboard to follow it. */}
          <span className="keyboard-only">{t('form.availabilityKeys')}</span>
        </p>
      }
      error={error}
      className="availability"
    >
      <div className="grid-tools">
        <button
          type="button"
          className="btn btn-small btn-secondary"
          onClick={() => onChange(copyDay(grid, 0, [1, 2, 3, 4]))}
        >
          {t('form.copyMonday')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-quiet"
          onClick={() => onChange(emptyGrid())}
        >
          {t('form.clearAll')}
        </button>
      </div>
      <span id={`${id}-grid-label`} className="sr-only">
        {t('form.gridLabel')}
      </span>
      <AvailabilityGrid
        grid={grid}
        onChange={onChange}
        locale={locale}
        labelledBy={`${id}-grid-label`}
        describedBy={`${id}-hint`}
      />
      {windows.length > windowsMax && (
        <p className="field-error" role="alert">
          {t('form.tooManyWindows', { count: windows.length })}
        </p>
      )}
      <QuickAdd
        idPrefix={id}
        locale={locale}
        onAdd={(days, from, to) => onChange(paintRange(grid, days, from, to, true))}
      />
      <WindowSummary windows={windows} timezone={timezone} locale={locale} onRemove={remove} />
    </Fieldset>
  );
}

// A plain form for adding hours: easier than the grid for screen readers and small screens.
function QuickAdd({
  idPrefix,
  locale,
  onAdd,
}: {
  idPrefix: string;
  locale: string;
  onAdd: (days: number[], from: number, to: number) => void;
}) {
  const { t } = useTranslation();
  const [day, setDay] = useState('weekdays');
  const [from, setFrom] = useState(18 * 60);
  const [to, setTo] = useState(20 * 60);
  const [added, setAdded] = useState(false);
  const starts = Array.from({ length: SLOTS_PER_DAY }, (_, s) => s * SLOT_MINUTES);
  const ends = starts.map((m) => m + SLOT_MINUTES);
  const clock = (m: number) => (m === 24 * 60 ? t('common.midnight') : formatClock(m, locale));
  const days = day === 'weekdays' ? WEEKDAY_SET : day === 'all' ? EVERY_DAY : [Number(day)];

  return (
    <div className="quick-add" role="group" aria-labelledby={`${idPrefix}-quick-legend`}>
      <p id={`${idPrefix}-quick-legend`} className="quick-legend">
        {t('form.quickLegend')}
      </p>
      <div className="quick-row">
        <div className="field field-inline">
          <label htmlFor={`${idPrefix}-quick-day`} className="label">
            {t('form.quickDay')}
          </label>
          <select
            id={`${idPrefix}-quick-day`}
            className="input"
            value={day}
            onChange={(e) => {
              setDay(e.target.value);
              setAdded(false);
            }}
          >
            <option value="weekdays">{t('form.quickWeekdays')}</option>
            <option value="all">{t('form.quickEveryDay')}</option>
            {WEEKDAYS.map((_, d) => (
              <option key={d} value={String(d)}>
                {weekdayName(d, locale, 'long')}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={`${idPrefix}-quick-from`} className="label">
            {t('form.quickFrom')}
          </label>
          <select
            id={`${idPrefix}-quick-from`}
            className="input"
            value={from}
            onChange={(e) => {
              const value = Number(e.target.value);
              setFrom(value);
              if (to <= value) {
                setTo(value + SLOT_MINUTES);
              }
              setAdded(false);
            }}
          >
            {starts.map((m) => (
              <option key={m} value={m}>
                {clock(m)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={`${idPrefix}-quick-to`} className="label">
            {t('form.quickTo')}
          </label>
          <select
            id={`${idPrefix}-quick-to`}
            className="input"
            value={to}
            onChange={(e) => {
              setTo(Number(e.target.value));
              setAdded(false);
            }}
          >
            {ends
              .filter((m) => m > from)
              .map((m) => (
                <option key={m} value={m}>
                  {clock(m)}
                </option>
              ))}
          </select>
        </div>
        <button
          type="button"
          className="btn btn-secondary quick-add-button"
          onClick={() => {
            onAdd(days, from, to);
            setAdded(true);
          }}
        >
          {t('form.quickAdd')}
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {added ? t('form.quickAdded') : ''}
      </p>
    </div>
  );
}
