import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import { translateApiError } from '../api/errors';
import { apiTranslator } from '../lib/labels';
import { LoginMutation } from '../auth/auth.graphql';
import { useSession } from '../auth/session';
import { Page } from '../components/Layout';
import { ErrorIcon, Notice, TextField } from '../components/fields';

// Only paths inside the app are followed after login.
const safeNext = (next: string | null) =>
  next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { me, signIn, sessionEnded } = useSession();
  const [, login] = useMutation(LoginMutation);
  const location = useLocation();
  // Coming from a sign-up whose email was taken, the email is already filled in.
  const [email, setEmail] = useState(() => {
    const state = location.state as { email?: unknown } | null;
    return typeof state?.email === 'string' ? state.email : '';
  });
  const [password, setPassword] = useState('');
  // Missing answers (catalogue keys) and the API's error, translated when shown.
  const [missing, setMissing] = useState<
    Record<string, 'errors.field.loginEmail' | 'errors.field.loginPassword'>
  >({});
  const [apiError, setApiError] = useState<CombinedError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const next = safeNext(params.get('next'));

  const translatedApi = useMemo(
    () => (apiError ? translateApiError(apiError, apiTranslator(i18n)) : null),
    // i18n.language: the message follows a change of language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [apiError, i18n, i18n.language],
  );
  const fieldErrors: Record<string, string> = {
    ...translatedApi?.fields,
    ...Object.fromEntries(Object.entries(missing).map(([field, key]) => [field, t(key)])),
  };
  const formError = translatedApi?.form ?? null;

  // A failed login moves focus to its message, so it is read out at once.
  useEffect(() => {
    if (apiError) {
      errorRef.current?.focus();
    }
  }, [apiError]);

  if (me && !submitting) {
    return <Navigate to={next} replace />;
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (submitting) {
      return;
    }
    const empty: typeof missing = {};
    if (email.trim() === '') {
      empty.email = 'errors.field.loginEmail';
    }
    if (password === '') {
      empty.password = 'errors.field.loginPassword';
    }
    setMissing(empty);
    setApiError(null);
    if (Object.keys(empty).length > 0) {
      document.getElementById(empty.email ? 'email' : 'password')?.focus();
      return;
    }
    setSubmitting(true);
    const result = await login({ email: email.trim(), password });
    if (result.error || !result.data) {
      setSubmitting(false);
      setApiError(result.error ?? new CombinedError({ networkError: new Error('No data') }));
      return;
    }
    signIn(result.data.login.token, result.data.login.me, { adoptLanguage: true });
    await navigate(next, { replace: true });
  };

  return (
    <Page title={t('login.title')} lead={t('login.intro')} width="narrow">
      {sessionEnded && <Notice kind="info">{t('login.sessionEnded')}</Notice>}
      <form className="card login-form" noValidate onSubmit={(e) => void submit(e)}>
        {formError && (
          <div ref={errorRef} id="login-error" className="form-error" role="alert" tabIndex={-1}>
            <ErrorIcon />
            {formError}
          </div>
        )}
        <TextField
          id="email"
          label={t('form.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          error={fieldErrors.email}
          aria-errormessage={formError ? 'login-error' : undefined}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          id="password"
          label={t('form.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={fieldErrors.password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="btn btn-primary btn-block" aria-disabled={submitting}>
          {submitting ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <p className="aside-line">
        <Link to="/forgot-password" state={{ email: email.trim() }}>
          {t('login.forgot')}
        </Link>
      </p>
      <p className="aside-line">
        {t('login.noAccount')} <Link to="/signup">{t('login.signup')}</Link>
      </p>
    </Page>
  );
}
