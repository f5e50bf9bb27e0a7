import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../auth/session';
import { Page } from '../../components/Layout';
import { Notice } from '../../components/fields';

// Where a person lands after deleting their account: it is done, and what that means.
export function AccountDeletedPage() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const location = useLocation();
  const justDeleted = (location.state as { accountDeleted?: boolean } | null)?.accountDeleted;

  // Arriving from the deletion: the server has ended every login of the account, so this
  // browser forgets it too.
  useEffect(() => {
    if (justDeleted && me) {
      signOut();
    }
  }, [justDeleted, me, signOut]);

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
