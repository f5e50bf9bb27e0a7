// Which interface language to start with: plain logic, tested without a browser.
export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

// The remembered choice wins; otherwise the first browser language we speak; else English.
export function initialLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
): UiLanguage {
  if (isUiLanguage(stored)) {
    return stored;
  }
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) {
      return base;
    }
  }
  return 'en';
}
