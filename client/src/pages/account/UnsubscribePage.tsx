import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import { errorInfos, translateApiError } from '../../api/errors';
import { useSession } from '../../auth/session';
import { Page } from '../../components/Layout';
import { Notice } from '../../components/fields';
import { categoryOfToken, isEmailCategory, type EmailCategory } from '../../lib/email-choices';
import { apiTranslator } from '../../lib/labels';
import { EMAIL_SECTION_ID } from '../profile/EmailPreferencesSection';
import { UnsubscribeMutation } from './account.graphql';

type Shown = 'ask' | 'stopped' | 'resubscribed' | 'badLink';

const PROFILE_EMAIL = `/profile#${EMAIL_SECTION_ID}`;

// A wrong token, or one whose account is gone: either way the link cannot be used.
const isBadLink = (error: CombinedError | undefined) =>
  !!error && errorInfos(error).some((e) => e.reason === 'TOKEN_INVALID' || e.code === 'NOT_FOUND');

// /unsubscribe?token=…, the link at the foot of an optional email. Works without a login,
// and changes nothing on opening: mail scanners follow links, only a click acts.
export function UnsubscribePage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const { me, loading } = useSession();
  const [, unsubscribe] = useMutation(UnsubscribeMutation);
  const [shown, setShown] = useState<Shown>(token ? 'ask' : 'badLink');
  // Named by the token before the click, by the API's answer after it.
  const [category, setCategory] = useState<EmailCategory | null>(() => categoryOfToken(token));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);

  // The outcome replaces the heading: focus goes there so that it is read out.
  const lastShown = useRef(shown);
  useEffect(() => {
    if (lastShown.current === shown) {
      return;
    }
    lastShown.current = shown;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [shown]);

  const send = async (resubscribe: boolean) => {
    if (busy) {
      return;
    }
    setBusy(true);
    setError(null);
    const result = await unsubscribe({ token, resubscribe });
    setBusy(false);
    const answer = result.data?.unsubscribe;
    if (isBadLink(result.error)) {
      setShown('badLink');
    } else if (result.error || !answer) {
      setError(result.error ?? new CombinedError({ networkError: new Error('No data') }));
    } else {
      if (isEmailCategory(answer.category)) {
        setCategory(answer.category);
      }
      setShown(answer.subscribed ? 'resubscribed' : 'stopped');
    }
  };

  const what = category ? t(`unsubscribe.what.${category}`) : t('unsubscribe.whatUnknown');
  const problem = error && (
    <Notice kind="error">
      {translateApiError(error, apiTranslator(i18n)).form ?? t('errors.network')}
    </Notice>
  );
  const stopButton = (
    <button
      type="button"
      className="btn btn-primary"
      aria-disabled={busy}
      onClick={() => void send(false)}
    >
      {busy ? t('unsubscribe.stopping') : t('unsubscribe.stop')}
    </button>
  );
  const profileLink = me && (
    <Link to={PROFILE_EMAIL} className="btn btn-quiet">
      {t('unsubscribe.toProfile')}
    </Link>
  );

  switch (shown) {
    case 'ask':
      return (
        <Page title={t('unsubscribe.title')} width="narrow">
          <div className="card">
            <p>{category ? t('unsubscribe.askKnown', { what }) : t('unsubscribe.askUnknown')}</p>
            <p className="muted">{t('unsubscribe.always')}</p>
            {problem}
            <div className="form-actions">{stopButton}</div>
          </div>
        </Page>
      );
    case 'stopped':
      return (
        <Page title={t('unsubscribe.stoppedTitle')} width="narrow">
          <Notice kind="success">{t('unsubscribe.stoppedText', { what })}</Notice>
          {problem}
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-secondary"
              aria-disabled={busy}
              onClick={() => void send(true)}
            >
              {busy ? t('unsubscribe.undoing') : t('unsubscribe.undo')}
            </button>
            {profileLink}
          </div>
        </Page>
      );
    case 'resubscribed':
      return (
        <Page title={t('unsubscribe.resubscribedTitle')} width="narrow">
          <Notice kind="success">{t('unsubscribe.resubscribedText', { what })}</Notice>
          {problem}
          <div className="form-actions">
            {stopButton}
            {profileLink}
          </div>
        </Page>
      );
    case 'badLink':
      return (
        <Page title={t('unsubscribe.badLinkTitle')} width="narrow">
          <Notice kind="error">{t('unsubscribe.badLinkText')}</Notice>
          {loading ? null : me ? (
            <p>
              <Link to={PROFILE_EMAIL} className="btn btn-primary">
                {t('unsubscribe.toProfile')}
              </Link>
            </p>
          ) : (
            <>
              <p>{t('unsubscribe.loginHint')}</p>
              <p>
                <Link
                  to={`/login?next=${encodeURIComponent(PROFILE_EMAIL)}`}
                  className="btn btn-primary"
                >
                  {t('unsubscribe.loginToChoose')}
                </Link>
              </p>
            </>
          )}
        </Page>
      );
  }
}
