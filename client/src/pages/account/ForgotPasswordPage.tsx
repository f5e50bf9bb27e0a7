import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import { translateApiError } from '../../api/errors';
import { Page } from '../../components/Layout';
import { ErrorIcon, Notice, TextField } from '../../components/fields';
import { apiTranslator } from '../../lib/labels';
import { EMAIL_MAX } from '../../lib/profile-model';
import { RequestPasswordResetMutation } from './account.graphql';
import { RESET_LINK_MINUTES } from './reset-link';

// /forgot-password: asks for a link to choose a new password. The answer is the same
// whether or not the address has an account, so the page never tells which emails exist.
export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const [, requestReset] = useMutation(RequestPasswordResetMutation);
  // From the login page, the email typed there is already filled in.
  const [email, setEmail] = useState(() => {
    const state = location.state as { email?: unknown } | null;
    return typeof state?.email === 'string' ? state.email : '';
  });
  const [missing, setMissing] = useState(false);
  const [apiError, setApiError] = useState<CombinedError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  const translatedApi = useMemo(
    () => (apiError ? translateApiError(apiError, apiTranslator(i18n)) : null),
    // i18n.language: the message follows a change of language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [apiError, i18n, i18n.language],
  );
  const emailError = missing ? t('errors.field.loginEmail') : translatedApi?.fields.email;
  const formError =
    translatedApi?.form ??
    Object.entries(translatedApi?.fields ?? {}).find(([field]) => field !== 'email')?.[1] ??
    null;

  // A refused request moves focus to its message, so it is read out at once.
  useEffect(() => {
    if (apiError) {
      (errorRef.current ?? emailRef.current)?.focus();
    }
  }, [apiError]);

  // The confirmation replaces the form, and its heading takes the focus; asking again
  // brings the focus back to the email field.
  const shown = sentTo === null ? 'form' : 'sent';
  const lastShown = useRef(shown);
  useEffect(() => {
    if (lastShown.current === shown) {
      return;
    }
    lastShown.current = shown;
    if (shown === 'sent') {
      document.querySelector<HTMLElement>('main h1')?.focus();
    } else {
      emailRef.current?.focus();
    }
  }, [shown]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (submitting) {
      return;
    }
    const address = email.trim();
    setApiError(null);
    setMissing(address === '');
    if (address === '') {
      emailRef.current?.focus();
      return;
    }
    setSubmitting(true);
    const result = await requestReset({ email: address });
    setSubmitting(false);
    if (result.error || !result.data) {
      setApiError(result.error ?? new CombinedError({ networkError: new Error('No data') }));
      return;
    }
    setSentTo(address);
  };

  if (sentTo !== null) {
    return (
      <Page title={t('forgotPassword.sentTitle')} width="narrow">
        <Notice kind="success">
          <p>{t('forgotPassword.sent', { email: sentTo, minutes: RESET_LINK_MINUTES })}</p>
          <p>{t('forgotPassword.sentHint')}</p>
        </Notice>
        <div className="form-actions">
          <Link to="/login" className="btn btn-primary">
            {t('forgotPassword.backToLogin')}
          </Link>
          <button type="button" className="btn btn-secondary" onClick={() => setSentTo(null)}>
            {t('forgotPassword.again')}
          </button>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('forgotPassword.title')} lead={t('forgotPassword.intro')} width="narrow">
      <form className="card login-form" noValidate onSubmit={(e) => void submit(e)}>
        {formError && (
          <div ref={errorRef} id="forgot-error" className="form-error" role="alert" tabIndex={-1}>
            <ErrorIcon />
            {formError}
          </div>
        )}
        <TextField
          ref={emailRef}
          id="email"
          label={t('form.email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          maxLength={EMAIL_MAX}
          required
          value={email}
          error={emailError}
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="btn btn-primary btn-block" aria-disabled={submitting}>
          {submitting ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
        </button>
      </form>
      <p className="aside-line">
        <Link to="/login">{t('forgotPassword.backToLogin')}</Link>
      </p>
    </Page>
  );
}
