// The server's ErrorReason enum, read from its committed schema (not a copy), against
// the catalogues: every reason has a message in both languages, and none is left over.
import { describe, expect, it } from 'vitest';
import schema from '../../../src/schema.gql?raw';
import en from './en.json';
import es from './es.json';

function enumValues(sdl: string, name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(sdl)?.[1] ?? '';
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line));
}

const REASONS = enumValues(schema, 'ErrorReason');

// A reason's message may come in plural forms (LOGIN_RATE_LIMITED_one/_other).
const reasonOf = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('error reasons', () => {
  it('reads the enum from the schema', () => {
    expect(REASONS.length).toBeGreaterThan(20);
    expect(REASONS).toContain('EMAIL_TAKEN');
  });

  for (const [language, catalogue] of [
    ['en', en],
    ['es', es],
  ] as const) {
    const messages: Record<string, string> = catalogue.errors.reason;

    it(`${language} has a message for every reason of the enum`, () => {
      const worded = new Set(Object.keys(messages).map(reasonOf));
      const missing = REASONS.filter((reason) => !worded.has(reason));
      expect(missing).toEqual([]);
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), key).not.toBe('');
      }
    });

    it(`${language} words no reason the API does not give`, () => {
      const unknown = Object.keys(messages).filter((key) => !REASONS.includes(reasonOf(key)));
      expect(unknown).toEqual([]);
    });
  }
});
