import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import { translateApiError } from '../../api/errors';
import { useSession } from '../../auth/session';
import { Page } from '../../components/Layout';
import { ResendVerification } from '../../components/ResendVerification';
import { Notice, Spinner } from '../../components/fields';
import { apiTranslator } from '../../lib/labels';
import { VerifyEmailMutation } from './account.graphql';
import { linkReason, type LinkReason } from './link-errors';

type Outcome =
  | { kind: 'checking' }
  | { kind: 'confirmed' }
  | { kind: 'badLink'; reason: LinkReason }
  | { kind: 'failed'; error: CombinedError };

// /verify-email?token=…, the link of the confirmation email: it is used once, on opening.
export function VerifyEmailPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const { me, loading, refresh } = useSession();
  const [, verify] = useMutation(VerifyEmailMutation);
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { kind: 'checking' } : { kind: 'badLink', reason: 'TOKEN_INVALID' },
  );
  const [attempt, setAttempt] = useState(0);
  // The token and attempt already sent: React's strict mode runs effects twice, and a link
  // works only once. No "still mounted" flag, or the second run would drop the answer.
  const sent = useRef<string | null>(null);

  useEffect(() => {
    const key = `${attempt}:${token}`;
    if (!token || sent.current === key) {
      return;
    }
    sent.current = key;
    void verify({ token }).then((result) => {
      const reason = linkReason(result.error);
      if (reason) {
        setOutcome({ kind: 'badLink', reason });
      } else if (result.error || !result.data?.verifyEmail) {
        setOutcome({
          kind: 'failed',
          error: result.error ?? new CombinedError({ networkError: new Error('No data') }),
        });
      } else {
        setOutcome({ kind: 'confirmed' });
        // The banner and the profile learn that the address is confirmed.
        refresh();
      }
    });
  }, [token, attempt, verify, refresh]);

  // The outcome replaces the heading: focus goes there so that it is read out.
  useEffect(() => {
    if (outcome.kind !== 'checking') {
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  }, [outcome.kind]);

  const nextStep = me ? (
    <Link to="/" className="btn btn-primary">
      {t('verifyEmail.toDashboard')}
    </Link>
  ) : (
    <Link to="/login" className="btn btn-primary">
      {t('verifyEmail.toLogin')}
    </Link>
  );

  switch (outcome.kind) {
    case 'checking':
      return (
        <Page title={t('verifyEmail.title')} width="narrow">
          <Spinner label={t('verifyEmail.checking')} />
        </Page>
      );
    case 'confirmed':
      return (
        <Page title={t('verifyEmail.doneTitle')} width="narrow">
          <Notice kind="success">{t('verifyEmail.doneText')}</Notice>
          {!loading && nextStep}
        </Page>
      );
    case 'failed':
      return (
        <Page title={t('verifyEmail.failedTitle')} width="narrow">
          <Notice kind="error">
            {translateApiError(outcome.error, apiTranslator(i18n)).form ?? t('errors.network')}
          </Notice>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              setOutcome({ kind: 'checking' });
              setAttempt((n) => n + 1);
            }}
          >
            {t('common.retry')}
          </button>
        </Page>
      );
    case 'badLink':
      // A bad link opened by someone whose address is confirmed: nothing is wrong.
      if (me?.emailVerified) {
        return (
          <Page title={t('verifyEmail.alreadyTitle')} width="narrow">
            <Notice kind="success">{t('verifyEmail.alreadyText')}</Notice>
            {nextStep}
          </Page>
        );
      }
      return (
        <Page title={t('verifyEmail.badLinkTitle')} width="narrow">
          <Notice kind="error">{t(`errors.reason.${outcome.reason}`)}</Notice>
          {loading ? (
            <Spinner />
          ) : me ? (
            <div className="link-actions">
              <p>{t('verifyEmail.newLinkHint', { email: me.email ?? '' })}</p>
              <ResendVerification
                email={me.email ?? ''}
                label={t('verifyEmail.sendNew')}
                buttonClassName="btn btn-primary"
              />
            </div>
          ) : (
            <p>
              <Link to="/login">{t('verifyEmail.loginForNew')}</Link>
            </p>
          )}
        </Page>
      );
  }
}
