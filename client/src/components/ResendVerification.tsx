import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedError, useMutation } from 'urql';
import { translateApiError } from '../api/errors';
import { apiTranslator } from '../lib/labels';
import { ResendVerificationEmailMutation } from '../pages/account/account.graphql';
import { ErrorIcon } from './fields';

type State =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  | { kind: 'failed'; error: CombinedError };

// "Send the confirmation link again", for the logged-in person; what happened is read out
// from a live region that is always there (a throttled request says how long to wait).
export function ResendVerification({
  email,
  label,
  buttonClassName,
}: {
  email: string;
  label: string;
  buttonClassName: string;
}) {
  const { t, i18n } = useTranslation();
  const [, resend] = useMutation(ResendVerificationEmailMutation);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const sending = state.kind === 'sending';

  const failure = useMemo(() => {
    if (state.kind !== 'failed') {
      return null;
    }
    const translated = translateApiError(state.error, apiTranslator(i18n));
    return translated.form ?? Object.values(translated.fields)[0] ?? null;
    // i18n.language: the message follows a change of language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, i18n, i18n.language]);

  const send = async () => {
    if (sending) {
      return;
    }
    setState({ kind: 'sending' });
    const result = await resend({});
    setState(
      result.error || !result.data
        ? {
            kind: 'failed',
            error: result.error ?? new CombinedError({ networkError: new Error('No data') }),
          }
        : { kind: 'sent' },
    );
  };

  return (
    <>
      <button
        type="button"
        className={buttonClassName}
        aria-disabled={sending}
        onClick={() => void send()}
      >
        {sending ? t('emailBanner.sending') : label}
      </button>
      <div className="resend-result" aria-live="polite" aria-atomic="true">
        {state.kind === 'sent' && <p className="resend-sent">{t('emailBanner.sent', { email })}</p>}
        {failure && (
          <p className="field-error">
            <ErrorIcon />
            {failure}
          </p>
        )}
      </div>
    </>
  );
}
