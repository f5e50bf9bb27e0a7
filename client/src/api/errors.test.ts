import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { controlForField, translateApiError, type Translator } from './errors';

const catalogue: Record<string, string> = {
  'errors.reason.EMAIL_TAKEN': 'Ya existe una cuenta con este correo.',
  'errors.reason.BAD_CREDENTIALS': 'El correo o la contraseña no son correctos.',
  'errors.reason.LOGIN_RATE_LIMITED': 'Espera {{count}} minutos.',
  'errors.reason.EMAIL_RATE_LIMITED': 'Demasiados correos. Espera {{count}} minutos.',
  'errors.field.timezone': 'Elige una zona horaria.',
  'errors.reason.FEEDBACK_ALREADY_GIVEN': 'Ya valoraste esta sesión.',
  'errors.reason.INVALID_INPUT': 'Hay que corregir algunas respuestas.',
  'errors.reason.COHORT_NOT_FOUND': 'No encontramos esta cohorte.',
  'errors.reason.TOKEN_EXPIRED': 'Este enlace caducó.',
  'errors.code.INTERNAL_SERVER_ERROR': 'Algo falló.',
  'errors.network': 'Sin conexión.',
};
const tr: Translator = {
  exists: (key) => key in catalogue,
  t: (key, options) =>
    (catalogue[key] ?? key).replace(
      '{{count}}',
      typeof options?.count === 'number' ? String(options.count) : '',
    ),
};

const gqlError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('translateApiError', () => {
  it('puts a known reason next to its field', () => {
    const result = translateApiError(
      gqlError('exists', { code: 'CONFLICT', reason: 'EMAIL_TAKEN', field: 'email' }),
      tr,
    );
    expect(result).toEqual({
      fields: { email: 'Ya existe una cuenta con este correo.' },
      form: null,
    });
  });

  it('says what went wrong with an id for the whole form, where a person can read it', () => {
    const known = translateApiError(
      gqlError('rated', {
        code: 'CONFLICT',
        reason: 'FEEDBACK_ALREADY_GIVEN',
        field: 'sessionId',
      }),
      tr,
    );
    expect(known).toEqual({ fields: {}, form: 'Ya valoraste esta sesión.' });
    const unknown = translateApiError(
      gqlError('The cohort is not open', { code: 'BAD_USER_INPUT', field: 'cohortId' }),
      tr,
    );
    expect(unknown).toEqual({ fields: {}, form: 'The cohort is not open' });
  });

  it('gives bad credentials to the form as a whole', () => {
    const result = translateApiError(
      gqlError('bad', { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' }),
      tr,
    );
    expect(result.form).toBe('El correo o la contraseña no son correctos.');
  });

  it('translates each invalid field, falling back to the API message', () => {
    const result = translateApiError(
      gqlError('2 fields are invalid', {
        code: 'BAD_USER_INPUT',
        field: 'timezone',
        fields: [
          { field: 'timezone', message: 'is not a known IANA time zone' },
          { field: 'availability[2].start', message: 'must be a time "HH:MM"' },
        ],
      }),
      tr,
    );
    expect(result.fields).toEqual({
      timezone: 'Elige una zona horaria.',
      availability: 'must be a time "HH:MM"',
    });
  });

  it('keeps the per-field messages of an invalid input, and words it without fields', () => {
    const withFields = translateApiError(
      gqlError('1 field is invalid', {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        field: 'timezone',
        fields: [{ field: 'timezone', message: 'is not a known IANA time zone' }],
      }),
      tr,
    );
    expect(withFields).toEqual({ fields: { timezone: 'Elige una zona horaria.' }, form: null });
    const bare = translateApiError(
      gqlError('bad date', { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' }),
      tr,
    );
    expect(bare).toEqual({ fields: {}, form: 'Hay que corregir algunas respuestas.' });
  });

  it('words a not-found by its reason', () => {
    const result = translateApiError(
      gqlError('The cohort was not found', { code: 'NOT_FOUND', reason: 'COHORT_NOT_FOUND' }),
      tr,
    );
    expect(result).toEqual({ fields: {}, form: 'No encontramos esta cohorte.' });
  });

  it('rounds the login wait up to whole minutes', () => {
    const result = translateApiError(
      gqlError('slow down', {
        code: 'TOO_MANY_REQUESTS',
        reason: 'LOGIN_RATE_LIMITED',
        retryAfterSeconds: 61,
      }),
      tr,
    );
    expect(result.form).toBe('Espera 2 minutos.');
  });

  it('words a bad emailed link for the whole form, not for a control', () => {
    const result = translateApiError(
      gqlError('expired', { code: 'BAD_USER_INPUT', reason: 'TOKEN_EXPIRED', field: 'token' }),
      tr,
    );
    expect(result).toEqual({ fields: {}, form: 'Este enlace caducó.' });
  });

  it('says how long to wait before another email', () => {
    const result = translateApiError(
      gqlError('slow down', {
        code: 'TOO_MANY_REQUESTS',
        reason: 'EMAIL_RATE_LIMITED',
        retryAfterSeconds: 600,
      }),
      tr,
    );
    expect(result).toEqual({ fields: {}, form: 'Demasiados correos. Espera 10 minutos.' });
  });

  it('reports network trouble', () => {
    const result = translateApiError(new CombinedError({ networkError: new Error('offline') }), tr);
    expect(result).toEqual({ fields: {}, form: 'Sin conexión.' });
  });

  it('maps field paths to controls', () => {
    expect(controlForField('availability[2].start')).toBe('availability');
    expect(controlForField('interests[0]')).toBe('interests');
    expect(controlForField('email')).toBe('email');
  });
});
