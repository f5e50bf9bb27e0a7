import type { i18n as I18n, TFunction } from 'i18next';

// Known tags have a label in each catalogue; free tags show as typed.
export function interestLabel(tag: string, t: TFunction, i18n: I18n): string {
  const key = `interestTags.${tag}`;
  return i18n.exists(key) ? String(t(key as 'interestTags.python')) : tag;
}

export function goalLabel(tag: string, t: TFunction, i18n: I18n): string {
  const key = `goalTags.${tag}`;
  return i18n.exists(key) ? String(t(key as 'goalTags.career')) : tag;
}

// The API error translator over i18next, whose keys are checked at compile time elsewhere.
export function apiTranslator(i18n: I18n) {
  return {
    // Keys here come from the API at run time, so the compile-time key check is set aside.
    t: i18n.t.bind(i18n) as unknown as (key: string, options?: Record<string, unknown>) => string,
    exists: (key: string) => i18n.exists(key),
  };
}
