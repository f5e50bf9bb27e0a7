import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import { setMessageVariables as setLimitVariables } from './lib/message-variables';
import { initialLanguage, isUiLanguage, UI_LANGUAGES, type UiLanguage } from './lib/language';

export { UI_LANGUAGES, type UiLanguage };

const STORAGE_KEY = 'puente.lang';

// Keys are checked at compile time against the English catalogue.
declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function hasChosenLanguage(): boolean {
  return isUiLanguage(readStored());
}

// A switch the person used: remembered for next time.
export function chooseLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice still applies to this visit.
  }
  void i18n.changeLanguage(language);
}

// Applies a language without remembering it (e.g. a profile's preferred language).
export function applyLanguage(language: UiLanguage): void {
  if (i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
}

// The browser's own locale for this language when it has one ("es-CO", "en-GB"), so Intl
// formats dates and times as the person expects; otherwise the bare language.
export function intlLocale(language: string): string {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return languages.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
}

export function currentLanguage(): UiLanguage {
  return isUiLanguage(i18n.language) ? i18n.language : 'en';
}

const setDocumentLanguage = (language: string) => {
  document.documentElement.lang = language;
};

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: initialLanguage(
    readStored(),
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
  ),
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});
setDocumentLanguage(i18n.language);
i18n.on('languageChanged', setDocumentLanguage);

// The API's limits, named by messages as {{profile.…}} and {{cohort.…}}.
export function setMessageVariables(variables: Record<string, unknown>): void {
  setLimitVariables(i18n, variables);
}

export { i18n };
