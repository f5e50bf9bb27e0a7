// Dates, days and times through Intl, in the page's locale and the person's own zone.

// 2024-01-01 was a Monday: day index 0..6 maps onto that week.
const MONDAY_UTC = Date.UTC(2024, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

export function weekdayName(dayIndex: number, locale: string, style: 'long' | 'short'): string {
  return dtf(locale, { weekday: style, timeZone: 'UTC' }).format(MONDAY_UTC + dayIndex * DAY_MS);
}

// A wall-clock time given as minutes after midnight ("18:30" → 1110), in the locale's style.
export function formatClock(minutes: number, locale: string): string {
  return dtf(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    MONDAY_UTC + (minutes % (24 * 60)) * 60 * 1000,
  );
}

export function formatInZone(
  instant: Date,
  zone: string,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  try {
    return dtf(locale, { ...options, timeZone: zone }).format(instant);
  } catch {
    return dtf(locale, options).format(instant);
  }
}

export function formatTimeIn(instant: Date, zone: string, locale: string): string {
  return formatInZone(instant, zone, locale, { hour: 'numeric', minute: '2-digit' });
}

export function formatDateIn(instant: Date, zone: string, locale: string): string {
  return formatInZone(instant, zone, locale, { dateStyle: 'long' });
}

export function zoneOffset(zone: string, locale: string, at: Date): string {
  try {
    return (
      dtf(locale, { timeZone: zone, timeZoneName: 'shortOffset' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? ''
    );
  } catch {
    return '';
  }
}

export function formatHours(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60);
}

export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

// A calendar day ("2026-03-01") as written in the locale, with no zone shift.
export function formatCalendarDay(day: string, locale: string, style: 'long' | 'medium' = 'long') {
  const [y, m, d] = day.split('-').map(Number);
  return dtf(locale, { dateStyle: style, timeZone: 'UTC' }).format(
    Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1),
  );
}

export function formatNumber(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    value,
  );
}

export function formatDateTimeIn(instant: Date, zone: string, locale: string): string {
  return formatInZone(instant, zone, locale, { dateStyle: 'medium', timeStyle: 'short' });
}
