// The chosen weekly hours in the person's own zone beside the same hours in UTC for the
// current week (so a daylight-saving change shows when it applies).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  minutesPerWeek,
  toMinutes,
  WEEKDAYS,
  windowsInUtc,
  type TimeWindow,
} from '../lib/availability';
import { formatClock, formatHours, formatInZone, weekdayName } from '../lib/format';

type Props = {
  windows: TimeWindow[];
  timezone: string;
  locale: string;
  onRemove?: (window: TimeWindow) => void;
  now?: Date;
  headingLevel?: 'h3' | 'h2';
};

export function WindowSummary({
  windows,
  timezone,
  locale,
  onRemove,
  now,
  headingLevel = 'h3',
}: Props) {
  const { t } = useTranslation();
  const at = useMemo(() => now ?? new Date(), [now]);
  const utc = useMemo(() => windowsInUtc(windows, timezone, at), [windows, timezone, at]);
  const Heading = headingLevel;

  const clock = (minutes: number) =>
    minutes === 24 * 60 ? t('common.midnight') : formatClock(minutes, locale);
  const localText = (w: TimeWindow) =>
    `${weekdayName(WEEKDAYS.indexOf(w.day), locale, 'long')} ${clock(toMinutes(w.start))}–${clock(toMinutes(w.end))}`;

  const utcDay = (d: Date) => formatInZone(d, 'UTC', locale, { weekday: 'short' });
  const utcTime = (d: Date) =>
    formatInZone(d, 'UTC', locale, { hour: 'numeric', minute: '2-digit' });
  const utcText = (start: Date, end: Date) => {
    // An end at exactly 00:00 belongs to the day before: "Mon 22:00–midnight".
    const lastMinute = new Date(end.getTime() - 60_000);
    const endText =
      end.getUTCHours() === 0 && end.getUTCMinutes() === 0 ? t('common.midnight') : utcTime(end);
    if (utcDay(start) === utcDay(lastMinute)) {
      return `${utcDay(start)} ${utcTime(start)}–${endText}`;
    }
    return `${utcDay(start)} ${utcTime(start)} – ${utcDay(end)} ${utcTime(end)}`;
  };

  const total = minutesPerWeek(windows);
  const hours = t('form.hours', { count: total / 60, value: formatHours(total, locale) });

  return (
    <div className="window-summary">
      <Heading className="summary-title">{t('form.summaryTitle')}</Heading>
      <p className="summary-total" aria-live="polite">
        {windows.length === 0
          ? t('form.summaryEmpty')
          : t('form.summaryTotal', {
              count: windows.length,
              hours,
            })}
      </p>
      {windows.length > 0 && (
        <table className="windows-table">
          <thead>
            <tr>
              <th scope="col">
                {t('form.summaryYourTime')} <span className="zone-name">({timezone})</span>
              </th>
              <th scope="col">{t('form.summaryUtc')}</th>
              {onRemove && (
                <th scope="col">
                  <span className="sr-only">{t('common.remove')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {utc.map(({ local, start, end }) => (
              <tr key={`${local.day}-${local.start}`}>
                <td>{localText(local)}</td>
                <td className="utc">{utcText(start.toJSDate(), end.toJSDate())}</td>
                {onRemove && (
                  <td className="actions">
                    <button
                      type="button"
                      className="btn btn-small btn-quiet"
                      aria-label={t('common.removeItem', { item: localText(local) })}
                      onClick={() => onRemove(local)}
                    >
                      {t('common.remove')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
