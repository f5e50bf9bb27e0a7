import { useTranslation } from 'react-i18next';
import { chooseLanguage, UI_LANGUAGES } from '../i18n';

// Each language is named in itself, so the switch is readable whatever the page's language.
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group" aria-label={t('languageSwitch.label')}>
      {UI_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-button"
          aria-pressed={i18n.language === lang}
          onClick={() => chooseLanguage(lang)}
        >
          {t(`languageSwitch.${lang}`)}
        </button>
      ))}
    </div>
  );
}
