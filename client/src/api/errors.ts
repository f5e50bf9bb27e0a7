// Turns the API's errors into messages in the page's language, placed on the form control
// they concern. The API's English message is the last resort.
import type { CombinedError } from 'urql';

export type ApiFieldError = { field: string; message: string };

export type ApiErrorInfo = {
  code: string | undefined;
  reason: string | undefined;
  field: string | undefined;
  fields: ApiFieldError[];
  message: string;
  retryAfterSeconds: number | undefined;
};

export type FormErrors = {
  // Form control name (e.g. "email", "availability") → message.
  fields: Record<string, string>;
  // A message for the form as a whole (bad credentials, network trouble).
  form: string | null;
};

export type Translator = {
  t: (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
};

const asString = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function errorInfos(error: CombinedError): ApiErrorInfo[] {
  return error.graphQLErrors.map((e) => {
    const ext = e.extensions;
    const fields = Array.isArray(ext.fields)
      ? (ext.fields as unknown[]).flatMap((f) => {
          const item = f as Partial<ApiFieldError> | null;
          return item && typeof item.field === 'string'
            ? [{ field: item.field, message: String(item.message ?? '') }]
            : [];
        })
      : [];
    return {
      code: asString(ext.code),
      reason: asString(ext.reason),
      field: asString(ext.field),
      fields,
      message: e.message,
      retryAfterSeconds:
        typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    };
  });
}

// "availability[2].start" → "availability", "interests[0]" → "interests".
export function controlForField(field: string): string {
  return /^[A-Za-z]+/.exec(field)?.[0] ?? field;
}

export function hasCode(error: CombinedError | undefined, code: string): boolean {
  return !!error && errorInfos(error).some((e) => e.code === code);
}

// Throttles whose message says how many minutes to wait ({{count}}, plural forms).
const WAIT_REASONS: readonly string[] = [
  'LOGIN_RATE_LIMITED',
  'SIGNUP_RATE_LIMITED',
  'EMAIL_RATE_LIMITED',
];

export function translateApiError(error: CombinedError, tr: Translator): FormErrors {
  const result: FormErrors = { fields: {}, form: null };
  const place = (field: string | undefined, message: string) => {
    // An id (sessionId, matchId, cohortId…) or an emailed link's token names no control a
    // person can fix: what went wrong (already rated, link expired…) is said for the whole form.
    if (field && !/Id$|^token$/.test(controlForField(field))) {
      const control = controlForField(field);
      result.fields[control] ??= message;
    } else {
      result.form ??= message;
    }
  };
  const fieldMessage = (field: string, fallback: string) => {
    const key = `errors.field.${controlForField(field)}`;
    return tr.exists(key) ? tr.t(key) : fallback;
  };

  for (const info of errorInfos(error)) {
    if (info.reason && WAIT_REASONS.includes(info.reason)) {
      const minutes = Math.max(1, Math.ceil((info.retryAfterSeconds ?? 60) / 60));
      place(undefined, tr.t(`errors.reason.${info.reason}`, { count: minutes }));
      continue;
    }
    // INVALID_INPUT only says "some answers need a fix": the fields say which, better.
    const generic = info.reason === 'INVALID_INPUT' && (info.fields.length > 0 || !!info.field);
    if (info.reason && !generic && tr.exists(`errors.reason.${info.reason}`)) {
      place(info.field, tr.t(`errors.reason.${info.reason}`));
      continue;
    }
    if (info.fields.length > 0) {
      for (const f of info.fields) {
        place(f.field, fieldMessage(f.field, f.message));
      }
      continue;
    }
    if (info.field) {
      place(info.field, fieldMessage(info.field, info.message));
      continue;
    }
    const codeKey = `errors.code.${info.code ?? 'INTERNAL_SERVER_ERROR'}`;
    place(undefined, tr.exists(codeKey) ? tr.t(codeKey) : info.message);
  }
  if (error.networkError && Object.keys(result.fields).length === 0 && result.form === null) {
    result.form = tr.t('errors.network');
  }
  if (Object.keys(result.fields).length === 0 && result.form === null) {
    result.form = tr.t('errors.code.INTERNAL_SERVER_ERROR');
  }
  return result;
}
