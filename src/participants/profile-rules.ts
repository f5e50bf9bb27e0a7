// Profile rules that need no database: time zones, weekly availability, tags.
// Plain functions returning the field errors they find, tested directly.
import type { FieldError } from '../common/errors/app-error';
import { GOAL_TAGS } from './taxonomy';

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];
export type WindowInput = { day: WeekdayName; start: string; end: string };
export type LanguageCode = 'EN' | 'ES';

export const LIMITS = {
  windowsMin: 1,
  windowsMax: 21,
  interestsMin: 1,
  interestsMax: 15,
  goalsMax: 10,
  tagLength: 40,
  aboutLength: 1000,
  capacityMin: 1,
  capacityMax: 10,
  passwordMin: 10,
  passwordMax: 200,
  displayNameMax: 80,
} as const;

const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;

// Minutes after local midnight, or null when the text is not HH:MM on the 15-minute grid.
export function parseLocalTime(text: string): number | null {
  const m = HHMM.exec(text);
  if (!m) {
    return null;
  }
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 24 * 60 || minutes % 15 !== 0) {
    return null;
  }
  return minutes;
}

export function checkAvailability(windows: WindowInput[], field = 'availability'): FieldError[] {
  const errors: FieldError[] = [];
  if (windows.length < LIMITS.windowsMin || windows.length > LIMITS.windowsMax) {
    return [
      {
        field,
        message: `give between ${LIMITS.windowsMin} and ${LIMITS.windowsMax} weekly time windows`,
      },
    ];
  }
  const parsed: { day: WeekdayName; start: number; end: number; index: number }[] = [];
  windows.forEach((w, index) => {
    const at = `${field}[${index}]`;
    if (!WEEKDAYS.includes(w.day)) {
      errors.push({ field: `${at}.day`, message: 'must be a weekday from MON to SUN' });
      return;
    }
    const start = parseLocalTime(w.start);
    const end = parseLocalTime(w.end);
    if (start === null || start === 24 * 60) {
      errors.push({
        field: `${at}.start`,
        message: 'must be a time "HH:MM" from 00:00 to 23:45 in steps of 15 minutes',
      });
      return;
    }
    if (end === null) {
      errors.push({
        field: `${at}.end`,
        message: 'must be a time "HH:MM" from 00:15 to 24:00 in steps of 15 minutes',
      });
      return;
    }
    if (start >= end) {
      errors.push({ field: `${at}.end`, message: 'must be later than the start of the window' });
      return;
    }
    parsed.push({ day: w.day, start, end, index });
  });
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      const a = parsed[i];
      const b = parsed[j];
      if (a.day === b.day && a.start < b.end && b.start < a.end) {
        errors.push({
          field: `${field}[${b.index}]`,
          message: `overlaps window ${a.index + 1} on ${a.day}; merge them into one window`,
        });
      }
    }
  }
  return errors;
}

// Sorted by day then start, so equal schedules compare equal.
export function sortWindows<T extends WindowInput>(windows: T[]): T[] {
  return [...windows].sort(
    (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.start.localeCompare(b.start),
  );
}

const TAG = /^[a-z0-9][a-z0-9+#.\- ]*$/;

// Trimmed, lower-cased, inner spaces as dashes, duplicates dropped.
export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

export function checkInterests(
  raw: string[],
  field = 'interests',
): { value: string[]; errors: FieldError[] } {
  const value = [...new Set(raw.map(normalizeTag))];
  const errors: FieldError[] = [];
  if (value.length < LIMITS.interestsMin || value.length > LIMITS.interestsMax) {
    errors.push({
      field,
      message: `choose between ${LIMITS.interestsMin} and ${LIMITS.interestsMax} interests`,
    });
  }
  value.forEach((tag, i) => {
    if (tag.length === 0 || tag.length > LIMITS.tagLength || !TAG.test(tag)) {
      errors.push({
        field: `${field}[${i}]`,
        message: `"${tag.slice(0, 50)}" is not a valid tag: use letters, digits and dashes, at most ${LIMITS.tagLength} characters`,
      });
    }
  });
  return { value, errors };
}

export function checkGoalTags(
  raw: string[],
  field: 'goals' | 'expertise',
): { value: string[]; errors: FieldError[] } {
  const value = [...new Set(raw.map(normalizeTag))];
  const errors: FieldError[] = [];
  if (value.length > LIMITS.goalsMax) {
    errors.push({ field, message: `choose at most ${LIMITS.goalsMax}` });
  }
  value.forEach((tag, i) => {
    if (!(GOAL_TAGS as readonly string[]).includes(tag)) {
      errors.push({
        field: `${field}[${i}]`,
        message: `"${tag.slice(0, 50)}" is not one of the goals: ${GOAL_TAGS.join(', ')}`,
      });
    }
  });
  return { value, errors };
}

export function checkLanguages(
  languages: LanguageCode[],
  preferred: LanguageCode,
): { value: LanguageCode[]; errors: FieldError[] } {
  const value = [...new Set(languages)].sort();
  if (value.length === 0) {
    return { value, errors: [{ field: 'languages', message: 'choose at least one language' }] };
  }
  if (!value.includes(preferred)) {
    return {
      value,
      errors: [{ field: 'preferredLanguage', message: 'must be one of the languages you speak' }],
    };
  }
  return { value, errors: [] };
}
