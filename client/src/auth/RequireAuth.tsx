import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Page } from '../components/Layout';
import { Notice, Spinner } from '../components/fields';
import { useSession, type Me } from './session';

// Renders the page with the signed-in person, or sends them to log in and back.
export function RequireAuth({ children }: { children: (me: Me) => ReactElement }) {
  const { t } = useTranslation();
  const { me, loading, failed, retry, signedOut } = useSession();
  const location = useLocation();
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
  if (!me && signedOut) {
    return <Navigate to="/" replace />;
  }
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return children(me);
}

// Only for some roles: anyone else is told the page is not for them.
export function RequireRole({
  roles,
  children,
}: {
  roles: Me['role'][];
  children: (me: Me) => ReactElement;
}) {
  const { t } = useTranslation();
  return (
    <RequireAuth>
      {(me) =>
        roles.includes(me.role) ? (
          children(me)
        ) : (
          <Page title={t('errors.notForYou')}>
            <Notice kind="info">{t('errors.code.FORBIDDEN')}</Notice>
          </Page>
        )
      }
    </RequireAuth>
  );
}
