// Reading one person's record (shared by mentors and mentees) and the small helpers the
// validation uses. Problems are reported through `fail`, naming the record and the field.
import { type LocalWindow, WEEKDAY_NAMES } from './weekly-overlap';
import { canonicalTimeZone } from './time-zone';
import { DAY_MINUTES } from './zone-timeline';

export type Json = Record<string, unknown>;
export type Fail = (record: string, field: string, message: string) => void;

export const LANGUAGE_BITS: Readonly<Record<string, number>> = { en: 1, es: 2 };

export type NormalizedPerson = {
  id: string;
  record: string; // how messages name it, e.g. "mentors[2] (id m7)"
  languageMask: number;
  preferredLanguage: number; // one bit of languageMask
  zone: string; // the runtime's canonical zone name
  windows: LocalWindow[];
  interests: string[];
};

export function readPerson(
  raw: Json,
  record: string,
  zones: Map<string, string | null>,
  fail: Fail,
): NormalizedPerson | null {
  let problems = 0;
  const counting: Fail = (r, f, m) => {
    problems++;
    fail(r, f, m);
  };
  const id = raw.id;
  if (typeof id !== 'string' || id.trim() === '') {
    counting(record, 'id', `must be a non-empty string, got ${show(id)}`);
  }
  const problemsBefore = problems;
  const languageMask = readLanguages(raw.languages, record, counting);
  const languagesOk = problems === problemsBefore;
  let preferredLanguage: number;
  if (raw.preferredLanguage === undefined) {
    preferredLanguage = firstLanguageBit(raw.languages);
  } else {
    const code =
      typeof raw.preferredLanguage === 'string' ? raw.preferredLanguage.toLowerCase() : '';
    preferredLanguage = LANGUAGE_BITS[code] ?? 0;
    if (preferredLanguage === 0) {
      counting(
        record,
        'preferredLanguage',
        `must be "en" or "es", got ${show(raw.preferredLanguage)}`,
      );
    } else if (languagesOk && (languageMask & preferredLanguage) === 0) {
      counting(record, 'preferredLanguage', `${code} is not among the person's languages`);
    }
  }
  const zone = readZone(raw.timezone, record, zones, counting);
  const windows = readWindows(raw.availability, record, counting);
  const interests = readTags(raw.interests, record, 'interests', counting);
  if (problems > 0 || typeof id !== 'string' || zone === null) {
    return null;
  }
  return { id, record, languageMask, preferredLanguage, zone, windows, interests };
}

function readLanguages(raw: unknown, record: string, fail: Fail): number {
  if (!Array.isArray(raw) || raw.length === 0) {
    fail(record, 'languages', 'must be a non-empty list of "en" and "es"');
    return 0;
  }
  let mask = 0;
  raw.forEach((code: unknown, index) => {
    const bit = typeof code === 'string' ? LANGUAGE_BITS[code.toLowerCase()] : undefined;
    if (bit === undefined) {
      fail(record, `languages[${index}]`, `must be "en" or "es", got ${show(code)}`);
    } else {
      mask |= bit;
    }
  });
  return mask;
}

function firstLanguageBit(raw: unknown): number {
  const first: unknown = Array.isArray(raw) ? raw[0] : undefined;
  return typeof first === 'string' ? (LANGUAGE_BITS[first.toLowerCase()] ?? 0) : 0;
}

function readZone(
  raw: unknown,
  record: string,
  zones: Map<string, string | null>,
  fail: Fail,
): string | null {
  if (typeof raw !== 'string') {
    fail(record, 'timezone', `must be an IANA time zone name, got ${show(raw)}`);
    return null;
  }
  let zone = zones.get(raw);
  if (zone === undefined) {
    zone = canonicalTimeZone(raw);
    zones.set(raw, zone);
  }
  if (zone === null) {
    fail(record, 'timezone', `unknown time zone ${show(raw)}`);
  }
  return zone;
}

function readWindows(raw: unknown, record: string, fail: Fail): LocalWindow[] {
  if (!Array.isArray(raw)) {
    fail(record, 'availability', 'must be a list of weekly windows');
    return [];
  }
  const windows: LocalWindow[] = [];
  raw.forEach((item: unknown, index) => {
    const field = `availability[${index}]`;
    if (!isJson(item)) {
      fail(record, field, 'must be an object { day, start, end }');
      return;
    }
    const day =
      typeof item.day === 'string'
        ? (WEEKDAY_NAMES as readonly string[]).indexOf(item.day.toUpperCase())
        : -1;
    if (day < 0) {
      fail(
        record,
        `${field}.day`,
        `must be one of ${WEEKDAY_NAMES.join(', ')}, got ${show(item.day)}`,
      );
    }
    const start = readClock(item.start, false);
    if (start === null) {
      fail(
        record,
        `${field}.start`,
        `must be a time "HH:MM" from 00:00 to 23:59, got ${show(item.start)}`,
      );
    }
    const end = readClock(item.end, true);
    if (end === null) {
      fail(
        record,
        `${field}.end`,
        `must be a time "HH:MM" from 00:01 to 24:00, got ${show(item.end)}`,
      );
    }
    if (start !== null && end !== null && end <= start) {
      fail(
        record,
        `${field}.end`,
        `must be later than start (${String(item.start)}-${String(item.end)})`,
      );
    }
    if (day >= 0 && start !== null && end !== null && end > start) {
      windows.push({ day, start, end });
    }
  });
  return windows;
}

function readClock(raw: unknown, isEnd: boolean): number | null {
  // "HH:MM", read by hand: this runs for every window of every person.
  if (typeof raw !== 'string' || raw.length !== 5 || raw.charCodeAt(2) !== 58) {
    return null;
  }
  const digit = (at: number): number => {
    const value = raw.charCodeAt(at) - 48;
    return value >= 0 && value <= 9 ? value : Number.NaN;
  };
  const hours = digit(0) * 10 + digit(1);
  const minutes = digit(3) * 10 + digit(4);
  if (Number.isNaN(hours) || Number.isNaN(minutes)) {
    return null;
  }
  const total = hours * 60 + minutes;
  if (minutes > 59 || total > DAY_MINUTES || (total === DAY_MINUTES && !isEnd)) {
    return null;
  }
  return total;
}

export function readTags(raw: unknown, record: string, field: string, fail: Fail): string[] {
  if (raw === undefined) {
    return [];
  }
  if (!Array.isArray(raw)) {
    fail(record, field, 'must be a list of strings');
    return [];
  }
  const tags: string[] = [];
  raw.forEach((tag: unknown, index) => {
    if (typeof tag !== 'string' || tag.trim() === '') {
      fail(record, `${field}[${index}]`, `must be a non-empty string, got ${show(tag)}`);
    } else {
      tags.push(tag.trim().toLowerCase());
    }
  });
  tags.sort(compareIds);
  return tags.filter((tag, index) => index === 0 || tag !== tags[index - 1]);
}

// Plain code-unit order: the same everywhere, unlike localeCompare.
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function show(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
