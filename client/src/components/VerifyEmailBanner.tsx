import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { ResendVerification } from './ResendVerification';

// Shown to a logged-in person whose email address is not confirmed yet. The profile is read
// again when the window comes back into focus, so that a link opened in another tab hides
// the banner here too.
export function VerifyEmailBanner({ email }: { email: string }) {
  const { t } = useTranslation();
  const { refresh } = useSession();

  useEffect(() => {
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [refresh]);

  return (
    <section className="verify-banner" aria-label={t('emailBanner.label')}>
      <div className="container verify-banner-inner">
        <p>
          <strong>{t('emailBanner.title')}</strong> {t('emailBanner.text', { email })}
        </p>
        <div className="verify-banner-again">
          <span>{t('emailBanner.notReceived')}</span>
          <ResendVerification
            email={email}
            label={t('emailBanner.resend')}
            buttonClassName="btn btn-secondary btn-small"
          />
        </div>
      </div>
    </section>
  );
}
