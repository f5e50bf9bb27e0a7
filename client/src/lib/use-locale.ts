import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n';

// The Intl locale for the page's language ("es-CO" for a Colombian browser reading Spanish).
export function useLocale(): string {
  const { i18n } = useTranslation();
  return intlLocale(i18n.language);
}
