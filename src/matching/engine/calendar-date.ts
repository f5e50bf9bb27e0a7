// The one calendar-date parser: "YYYY-MM-DD" that names a real day, as days since
// 1970-01-01 (UTC), or null. Cohort settings and the engine's instance validation use it.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumber(text: unknown): number | null {
  const m = typeof text === 'string' ? DAY.exec(text) : null;
  if (!m) {
    return null;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return ms / 86_400_000;
}

export const isDateShaped = (text: unknown): boolean => typeof text === 'string' && DAY.test(text);
