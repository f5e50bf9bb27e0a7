import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Layout';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} lead={t('notFound.text')}>
      <Link to="/" className="btn btn-secondary">
        {t('notFound.home')}
      </Link>
    </Page>
  );
}
