// Rules for text people type, applied to every GraphQL argument before validation:
// no control characters (PostgreSQL refuses NUL; the others hide or break text), newline and
// tab only where several lines make sense, and Unicode normalised to NFC so that "é" typed
// two ways is one name. Passwords and tokens are taken exactly as sent.
import type { FieldError } from './errors/app-error';

// Fields whose text may span lines.
export const MULTI_LINE_FIELDS: ReadonlySet<string> = new Set([
  'about',
  'agenda',
  'note',
  'comment',
  'reason',
  'declineNote',
  'endReason',
]);
// Fields taken byte for byte (still without control characters).
const EXACT_FIELDS: ReadonlySet<string> = new Set(['password', 'newPassword', 'token']);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAKS_AND_TABS = /[\t\n\r]/;

export function checkText(field: string, value: string): FieldError | null {
  const name =
    field
      .replace(/\[\d+\]$/, '')
      .split('.')
      .pop() ?? field;
  if (CONTROL.test(value) || (!MULTI_LINE_FIELDS.has(name) && LINE_BREAKS_AND_TABS.test(value))) {
    return {
      field,
      message: MULTI_LINE_FIELDS.has(name)
        ? 'must not contain control characters (only line breaks and tabs are allowed)'
        : 'must not contain control characters, line breaks or tabs',
    };
  }
  return null;
}

const normalise = (field: string, value: string) => {
  const name = field.split('.').pop() ?? field;
  return EXACT_FIELDS.has(name) ? value : value.normalize('NFC');
};

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

// Walks an argument (strings, arrays, plain objects), collecting every bad field and
// returning the value with its strings normalised.
export function cleanText(value: unknown, path: string, errors: FieldError[]): unknown {
  if (typeof value === 'string') {
    const problem = checkText(path, value);
    if (problem) {
      errors.push(problem);
      return value;
    }
    return normalise(path, value);
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => cleanText(item, join(path, i), errors));
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out = Object.create(Object.getPrototypeOf(value) as object) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) {
      out[key] = cleanText(item, join(path, key), errors);
    }
    return out;
  }
  return value;
}
