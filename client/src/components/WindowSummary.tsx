// The chosen weekly hours in the person's own zone beside the same hours in UTC for the
// current week (so a daylight-saving change shows when it applies). Another person's hours
// (`owner`) are shown in the viewer's zone first, with the owner's own beside them.
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
  // Someone else's hours: their name, and the zone of the person reading.
  owner?: { name: string; viewerZone: string };
};

export function WindowSummary({
  windows,
  timezone,
  locale,
  onRemove,
  now,
  headingLevel = 'h3',
  owner,
}: Props) {
  const { t } = useTranslation();
  const at = useMemo(() => now ?? new Date(), [now]);
  const utc = useMemo(() => windowsInUtc(windows, timezone, at), [windows, timezone, at]);
  const Heading = headingLevel;

  const clock = (minutes: number) =>
    minutes === 24 * 60 ? t('common.midnight') : formatClock(minutes, locale);
  const localText = (w: TimeWindow) =>
    `${weekdayName(WEEKDAYS.indexOf(w.day), locale, 'long')} ${clock(toMinutes(w.start))}–${clock(toMinutes(w.end))}`;

  // The same instants written in another zone: the viewer's for someone else's hours,
  // otherwise UTC.
  const otherZone = owner ? owner.viewerZone : 'UTC';
  const dayIn = (d: Date) => formatInZone(d, otherZone, locale, { weekday: 'short' });
  const timeIn = (d: Date) =>
    formatInZone(d, otherZone, locale, { hour: 'numeric', minute: '2-digit' });
  const isMidnight = (d: Date) =>
    formatInZone(d, otherZone, 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }) === '00:00';
  const utcText = (start: Date, end: Date) => {
    // An end at exactly 00:00 belongs to the day before: "Mon 22:00–midnight".
    const lastMinute = new Date(end.getTime() - 60_000);
    const endText = isMidnight(end) ? t('common.midnight') : timeIn(end);
    if (dayIn(start) === dayIn(lastMinute)) {
      return `${dayIn(start)} ${timeIn(start)}–${endText}`;
    }
    return `${dayIn(start)} ${timeIn(start)} – ${dayIn(end)} ${timeIn(end)}`;
  };

  const total = minutesPerWeek(windows);
  const hours = t('form.hours', { count: total / 60, value: formatHours(total, locale) });

  return (
    <div className="window-summary">
      <Heading className="summary-title">
        {owner ? t('form.summaryTitleOf', { name: owner.name }) : t('form.summaryTitle')}
      </Heading>
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
              {owner ? (
                <>
                  <th scope="col">
                    {t('form.summaryYourTime')} <span className="zone-name">({otherZone})</span>
                  </th>
                  <th scope="col">
                    {t('form.summaryTheirTime', { name: owner.name })}{' '}
                    <span className="zone-name">({timezone})</span>
                  </th>
                </>
              ) : (
                <>
                  <th scope="col">
                    {t('form.summaryYourTime')} <span className="zone-name">({timezone})</span>
                  </th>
                  <th scope="col">{t('form.summaryUtc')}</th>
                </>
              )}
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
                {owner ? (
                  <>
                    <td>{utcText(start.toJSDate(), end.toJSDate())}</td>
                    <td className="utc">{localText(local)}</td>
                  </>
                ) : (
                  <>
                    <td>{localText(local)}</td>
                    <td className="utc">{utcText(start.toJSDate(), end.toJSDate())}</td>
                  </>
                )}
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
