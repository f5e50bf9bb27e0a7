import type { FieldError } from './errors/app-error';
import { checkText, cleanText } from './text-rules';

describe('text rules', () => {
  it.each([
    ['displayName', 'Ana\u0000Pérez'],
    ['displayName', 'Ana\nPérez'],
    ['displayName', 'Ana\tPérez'],
    ['name', 'Cohorte\u0007'],
    ['about', 'hola\u0000'],
    ['agenda', 'a\u001bb'],
    ['about', 'c1 control \u0085'],
  ])('refuses control characters in %s: %j', (field, text) => {
    expect(checkText(field, text)).toMatchObject({ field });
  });

  it.each([
    ['about', 'Line one\nLine two\twith a tab\r\n'],
    ['agenda', 'Plan:\n- issue triage'],
    ['displayName', 'Íñigo Pérez-Núñez'],
    ['email', 'ana@example.org'],
  ])('accepts %s: %j', (field, text) => {
    expect(checkText(field, text)).toBeNull();
  });

  it('walks inputs, names every bad field with its path, and normalises to NFC', () => {
    const errors: FieldError[] = [];
    const decomposed = 'Pe\u0301rez'; // "e" + combining acute
    const out = cleanText(
      {
        displayName: decomposed,
        password: 'cafe\u0301-secret',
        interests: ['ok', 'bad\u0000tag'],
        availability: [{ day: 'MON', start: '18:00', end: '20:00' }],
      },
      '',
      errors,
    ) as Record<string, unknown>;
    expect(errors).toEqual([
      {
        field: 'interests[1]',
        message: 'must not contain control characters, line breaks or tabs',
      },
    ]);
    expect(out.displayName).toBe('Pérez');
    expect(out.displayName).toBe('P\u00e9rez');
    // Passwords are exactly as typed.
    expect(out.password).toBe('cafe\u0301-secret');
  });

  it('keeps class instances and non-text values', () => {
    class Input {
      name = 'x';
      count = 3;
      at = new Date(0);
    }
    const out = cleanText(new Input(), '', []) as Input;
    expect(out).toBeInstanceOf(Input);
    expect(out.count).toBe(3);
    expect(out.at).toEqual(new Date(0));
  });
});
