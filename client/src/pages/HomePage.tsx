import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { Page } from '../components/Layout';
import { Notice, Spinner } from '../components/fields';
import { DashboardPage } from './DashboardPage';
import { LandingPage } from './LandingPage';

export function HomePage() {
  const { t } = useTranslation();
  const { me, loading, failed, retry } = useSession();
  if (loading) {
    return <Spinner />;
  }
  if (failed) {
    return (
      <Page title={t('errors.loadFailed')}>
        <Notice kind="error">{t('errors.network')}</Notice>
        <button type="button" className="btn btn-secondary" onClick={retry}>
          {t('common.retry')}
        </button>
      </Page>
    );
  }
  return me ? <DashboardPage me={me} /> : <LandingPage />;
}
