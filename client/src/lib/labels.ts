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

// The reasons a mentor may give for declining (the API's codes).
export const DECLINE_REASONS = ['NO_TIME', 'NOT_MY_EXPERTISE', 'LANGUAGE', 'OTHER'] as const;

// A decline reason in words, or the text as it came when it is not one of the codes.
export function declineReasonLabel(reason: string, t: TFunction): string {
  return (DECLINE_REASONS as readonly string[]).includes(reason)
    ? t(`declineReason.${reason as (typeof DECLINE_REASONS)[number]}`)
    : reason;
}
