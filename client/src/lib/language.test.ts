import { describe, expect, it } from 'vitest';
import { initialLanguage } from './language';

describe('initialLanguage', () => {
  it('follows the browser the first time', () => {
    expect(initialLanguage(null, ['es-CO', 'en-US'])).toBe('es');
    expect(initialLanguage(null, ['fr-FR', 'en-GB'])).toBe('en');
    expect(initialLanguage(null, ['pt-BR'])).toBe('en');
  });

  it('keeps a remembered choice', () => {
    expect(initialLanguage('en', ['es-ES'])).toBe('en');
    expect(initialLanguage('xx', ['es-ES'])).toBe('es');
  });
});
