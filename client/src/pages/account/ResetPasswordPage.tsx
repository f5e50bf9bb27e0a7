import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import { controlForField, translateApiError, type FormErrors } from '../../api/errors';
import { useSession } from '../../auth/session';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Page } from '../../components/Layout';
import { Notice, TextField } from '../../components/fields';
import { apiTranslator } from '../../lib/labels';
import { RequireDefaults, useLimits } from '../../settings/program-defaults';
import { ResetPasswordMutation } from './account.graphql';
import { linkReason, type LinkReason } from './link-errors';

type Shown = { kind: 'form' } | { kind: 'changed' } | { kind: 'badLink'; reason: LinkReason };

// /reset-password?token=…, the link of the "choose a new password" email. Changing the
// password ends every login of the account, this browser's too.
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const { token: sessionToken, signOut } = useSession();
  const [shown, setShown] = useState<Shown>(
    token ? { kind: 'form' } : { kind: 'badLink', reason: 'TOKEN_INVALID' },
  );

  // The outcome replaces the heading: focus goes there so that it is read out.
  const lastKind = useRef(shown.kind);
  useEffect(() => {
    if (lastKind.current === shown.kind) {
      return;
    }
    lastKind.current = shown.kind;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [shown.kind]);

  switch (shown.kind) {
    case 'form':
      return (
        <Page title={t('resetPassword.title')} lead={t('resetPassword.intro')} width="narrow">
          <RequireDefaults>
            <ResetPasswordForm
              token={token}
              onChanged={() => {
                // The server has ended every login of the account: this one goes too.
                if (sessionToken) {
                  signOut();
                }
                setShown({ kind: 'changed' });
              }}
              onBadLink={(reason) => setShown({ kind: 'badLink', reason })}
            />
          </RequireDefaults>
        </Page>
      );
    case 'changed':
      return (
        <Page title={t('resetPassword.doneTitle')} width="narrow">
          <Notice kind="success">{t('resetPassword.doneText')}</Notice>
          <Link to="/login" className="btn btn-primary">
            {t('resetPassword.login')}
          </Link>
        </Page>
      );
    case 'badLink':
      return (
        <Page title={t('resetPassword.badLinkTitle')} width="narrow">
          <Notice kind="error">{t(`errors.reason.${shown.reason}`)}</Notice>
          <Link to="/forgot-password" className="btn btn-primary">
            {t('resetPassword.newLink')}
          </Link>
        </Page>
      );
  }
}

type Field = 'newPassword' | 'confirmPassword';
const FIELDS: readonly Field[] = ['newPassword', 'confirmPassword'];

type Problem =
  | {
      kind: 'client';
      keys: Partial<Record<Field, 'errors.field.newPassword' | 'errors.field.confirmPassword'>>;
    }
  | { kind: 'api'; error: CombinedError };

function ResetPasswordForm({
  token,
  onChanged,
  onBadLink,
}: {
  token: string;
  onChanged: () => void;
  onBadLink: (reason: LinkReason) => void;
}) {
  const { t, i18n } = useTranslation();
  const { profile: limits } = useLimits();
  const [, resetPassword] = useMutation(ResetPasswordMutation);
  const [values, setValues] = useState<Record<Field, string>>({
    newPassword: '',
    confirmPassword: '',
  });
  const [showPassword, setShowPassword] = useState(false);
  // Kept untranslated, so that messages follow a change of language.
  const [problem, setProblem] = useState<Problem | null>(null);
  const [cleared, setCleared] = useState<Field[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const translated = useMemo<FormErrors>(() => {
    if (!problem) {
      return { fields: {}, form: null };
    }
    if (problem.kind === 'client') {
      const fields = Object.fromEntries(
        Object.entries(problem.keys).map(([field, key]) => [field, t(key)]),
      );
      return { fields, form: null };
    }
    const api = translateApiError(problem.error, apiTranslator(i18n));
    // Only the new password is a control here; anything else is said for the whole form.
    const fields: Record<string, string> = {};
    let form = api.form;
    for (const [field, message] of Object.entries(api.fields)) {
      if (controlForField(field) === 'newPassword') {
        fields.newPassword = message;
      } else {
        form ??= message;
      }
    }
    return { fields, form };
    // i18n.language: messages are translated again when the language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem, t, i18n, i18n.language]);

  const labels: Record<Field, string> = {
    newPassword: t('resetPassword.newPassword'),
    confirmPassword: t('resetPassword.confirm'),
  };
  const errors: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const message = translated.fields[field];
    if (message && !cleared.includes(field)) {
      errors[field] = message;
    }
  }
  const summaryItems: SummaryItem[] = FIELDS.flatMap((field) => {
    const message = errors[field];
    return message ? [{ field, label: labels[field], message }] : [];
  });

  // Each failed submit moves focus to the summary, so the problems are read out.
  useEffect(() => {
    if (problem) {
      summaryRef.current?.focus();
    }
  }, [problem]);

  const update = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setCleared((c) => (c.includes(field) ? c : [...c, field]));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (submitting) {
      return;
    }
    const keys: Extract<Problem, { kind: 'client' }>['keys'] = {};
    const { newPassword, confirmPassword } = values;
    if (newPassword.length < limits.passwordMin || newPassword.length > limits.passwordMax) {
      keys.newPassword = 'errors.field.newPassword';
    }
    if (confirmPassword !== newPassword) {
      keys.confirmPassword = 'errors.field.confirmPassword';
    }
    setCleared([]);
    if (Object.keys(keys).length > 0) {
      setProblem({ kind: 'client', keys });
      return;
    }
    setSubmitting(true);
    const result = await resetPassword({ token, newPassword });
    setSubmitting(false);
    const reason = linkReason(result.error);
    if (reason) {
      onBadLink(reason);
    } else if (result.error || !result.data?.resetPassword) {
      setProblem({
        kind: 'api',
        error: result.error ?? new CombinedError({ networkError: new Error('No data') }),
      });
    } else {
      onChanged();
    }
  };

  return (
    <form className="card login-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary ref={summaryRef} items={summaryItems} formError={translated.form} />
      <TextField
        id="newPassword"
        label={labels.newPassword}
        hint={t('form.passwordHint')}
        type={showPassword ? 'text' : 'password'}
        autoComplete="new-password"
        minLength={limits.passwordMin}
        maxLength={limits.passwordMax}
        required
        value={values.newPassword}
        error={errors.newPassword}
        onChange={(e) => update('newPassword', e.target.value)}
      />
      <TextField
        id="confirmPassword"
        label={labels.confirmPassword}
        type={showPassword ? 'text' : 'password'}
        autoComplete="new-password"
        maxLength={limits.passwordMax}
        required
        value={values.confirmPassword}
        error={errors.confirmPassword}
        onChange={(e) => update('confirmPassword', e.target.value)}
        after={
          <label className="check-inline">
            <input
              type="checkbox"
              checked={showPassword}
              onChange={(e) => setShowPassword(e.target.checked)}
            />
            {t('form.showPassword')}
          </label>
        }
      />
      <button type="submit" className="btn btn-primary btn-block" aria-disabled={submitting}>
        {submitting ? t('resetPassword.submitting') : t('resetPassword.submit')}
      </button>
    </form>
  );
}
