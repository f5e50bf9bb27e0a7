import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import schema from '../../../src/schema.gql?raw';
import { setMessageVariables } from '../lib/message-variables';
import { messageVariables } from '../settings/message-variables';
import { SAMPLE_DEFAULTS } from '../settings/program-defaults.fixture';
import en from './en.json';
import es from './es.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

// "{{count}}", "{{profile.aboutLength, number}}" → "count", "profile.aboutLength".
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? '').sort();
}

// The fields of an object type of the server's schema.
function typeFields(sdl: string, name: string): string[] {
  const body = new RegExp(`type ${name} \\{([^}]*)\\}`).exec(sdl)?.[1] ?? '';
  return [...body.matchAll(/^\s*(\w+):/gm)].map((m) => m[1] ?? '');
}

describe('message catalogues', () => {
  it('have the same keys in English and Spanish', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree);
    for (const key of keys(en)) {
      expect(placeholders(String(lookup(es, key))), key).toEqual(
        placeholders(String(lookup(en, key))),
      );
    }
  });

  it('have no empty messages', () => {
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree);
    for (const key of keys(en)) {
      expect(String(lookup(en, key)).trim(), key).not.toBe('');
      expect(String(lookup(es, key)).trim(), key).not.toBe('');
    }
  });

  it('name only limits the API gives (ProfileLimits, CohortLimits)', () => {
    const known = new Set([
      ...typeFields(schema, 'ProfileLimits').map((f) => `profile.${f}`),
      ...typeFields(schema, 'CohortLimits').map((f) => `cohort.${f}`),
    ]);
    expect(known.has('profile.interestsMax')).toBe(true);
    for (const catalogue of [en, es]) {
      for (const key of keys(catalogue)) {
        const lookup = key
          .split('.')
          .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], catalogue);
        for (const name of placeholders(String(lookup))) {
          if (name.startsWith('profile.') || name.startsWith('cohort.')) {
            expect(known.has(name), `${key}: ${name}`).toBe(true);
          }
        }
      }
    }
  });

  it('word the limits the API gives, in each language', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { en: { translation: en }, es: { translation: es } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
    const defaults = {
      ...SAMPLE_DEFAULTS,
      profile: { ...SAMPLE_DEFAULTS.profile, interestsMax: 12, aboutLength: 1500 },
      cohort: { ...SAMPLE_DEFAULTS.cohort, minOverlapMax: 10_080 },
    };
    setMessageVariables(instance, messageVariables(defaults));
    expect(instance.t('errors.field.interests')).toBe('Choose 1 to 12 interests.');
    expect(instance.t('form.aboutCount', { count: 3 })).toBe('3 of 1,500 characters');
    expect(instance.t('errors.field.minOverlapMinutes')).toBe(
      'Use a number of minutes from 0 to 10,080.',
    );
    expect(instance.t('errors.field.interests', { lng: 'es' })).toBe('Elige de 1 a 12 intereses.');
    // No message leaves a limit unfilled (keys as data, so the typed key check is set aside).
    const anyKey = instance.t.bind(instance) as unknown as (
      key: string,
      options: Record<string, unknown>,
    ) => string;
    for (const lng of ['en', 'es']) {
      for (const key of keys(en)) {
        const text = anyKey(key, { lng, count: 2 });
        expect(String(text), `${lng} ${key}`).not.toMatch(/\{\{\s*(profile|cohort)\./);
      }
    }
  });
});
