import { useTranslation } from 'react-i18next';
import type { Language } from '../../gql/graphql';
import { Fieldset } from '../fields';
import type { SectionProps } from './section-props';

const LANGUAGES: Language[] = ['ES', 'EN'];

// The languages spoken and, with more than one, the preferred one.
export function LanguageFields({ values, errors, update }: SectionProps) {
  const { t } = useTranslation();

  const toggleLanguage = (lang: Language, checked: boolean) => {
    const languages = checked
      ? [...values.languages, lang]
      : values.languages.filter((l) => l !== lang);
    update('languages', languages);
    // With one language, it is the preferred one.
    if (languages.length === 1 && languages[0]) {
      update('preferredLanguage', languages[0]);
    }
  };

  return (
    <>
      <Fieldset id="languages" legend={t('form.languagesLegend')} error={errors.languages}>
        <div className="checks">
          {LANGUAGES.map((lang) => (
            <label key={lang} className="check">
              <input
                type="checkbox"
                name="languages"
                value={lang}
                checked={values.languages.includes(lang)}
                onChange={(e) => toggleLanguage(lang, e.target.checked)}
              />
              {t(`languages.${lang}`)}
            </label>
          ))}
        </div>
      </Fieldset>
      {(values.languages.length > 1 || errors.preferredLanguage) && (
        <Fieldset
          id="preferredLanguage"
          legend={t('form.preferredLegend')}
          error={errors.preferredLanguage}
        >
          <div className="checks">
            {LANGUAGES.filter((lang) => values.languages.includes(lang)).map((lang) => (
              <label key={lang} className="check">
                <input
                  type="radio"
                  name="preferredLanguage"
                  value={lang}
                  checked={values.preferredLanguage === lang}
                  onChange={() => update('preferredLanguage', lang)}
                />
                {t(`languages.${lang}`)}
              </label>
            ))}
          </div>
        </Fieldset>
      )}
    </>
  );
}
