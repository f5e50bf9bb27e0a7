import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Layout';
import { Notice } from '../../components/fields';

// Where a person lands after deleting their account: it is done, and what that means.
export function AccountDeletedPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('accountDeleted.title')} width="narrow">
      <Notice kind="success">{t('accountDeleted.text')}</Notice>
      <p>{t('accountDeleted.comeBack')}</p>
      <Link to="/" className="btn btn-secondary">
        {t('accountDeleted.home')}
      </Link>
    </Page>
  );
}
