import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import { controlForField, translateApiError } from '../../api/errors';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { FieldError, TextField } from '../../components/fields';
import type { Role } from '../../gql/graphql';
import { apiTranslator } from '../../lib/labels';
import { DeleteMyAccountMutation } from './profile.graphql';

type Field = 'password' | 'understood';
type Problem = { kind: 'client'; fields: Field[] } | { kind: 'api'; error: CombinedError };

// The profile's last section: deleting the account for good. What happens is said before
// anything is asked; the form opens on request and needs the password and a plain "I
// understand" before it acts.
export function DeleteAccountSection({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (wasOpen.current && !open) {
      openerRef.current?.focus();
    }
    wasOpen.current = open;
  }, [open]);

  return (
    <section className="card section-block danger-zone" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title" className="section-title">
        {t('deleteAccount.title')}
      </h2>
      <p>{t('deleteAccount.intro')}</p>
      <ul className="plain-list">
        <li>
          {t(
            role === 'MENTOR' ? 'deleteAccount.effectMatchesMentor' : 'deleteAccount.effectMatches',
          )}
        </li>
        <li>{t('deleteAccount.effectSessions')}</li>
        <li>{t('deleteAccount.effectData')}</li>
        <li>{t('deleteAccount.effectKept')}</li>
      </ul>
      <p>
        <strong>{t('deleteAccount.final')}</strong> {t('deleteAccount.exportFirst')}
      </p>
      {open ? (
        <DeleteAccountForm onCancel={() => setOpen(false)} />
      ) : (
        <button
          ref={openerRef}
          type="button"
          className="btn btn-danger-outline"
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          {t('deleteAccount.open')}
        </button>
      )}
    </section>
  );
}

function DeleteAccountForm({ onCancel }: { onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [, deleteMyAccount] = useMutation(DeleteMyAccountMutation);
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    passwordRef.current?.focus();
  }, []);
  useEffect(() => {
    if (problem) {
      summaryRef.current?.focus();
    }
  }, [problem]);

  const translated = useMemo(() => {
    const fields: Partial<Record<Field, string>> = {};
    let form: string | null = null;
    if (problem?.kind === 'client') {
      for (const field of problem.fields) {
        fields[field] = t(`deleteAccount.missing.${field}`);
      }
    } else if (problem?.kind === 'api') {
      const api = translateApiError(problem.error, apiTranslator(i18n));
      form = api.form;
      for (const [field, message] of Object.entries(api.fields)) {
        if (controlForField(field) === 'password') {
          fields.password = message;
        } else {
          form ??= message;
        }
      }
    }
    return { fields, form };
    // i18n.language: messages are translated again when the language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem, t, i18n, i18n.language]);

  const labels: Record<Field, string> = {
    password: t('deleteAccount.password'),
    understood: t('deleteAccount.understood'),
  };
  const items: SummaryItem[] = (['password', 'understood'] as const).flatMap((field) => {
    const message = translated.fields[field];
    return message ? [{ field, label: labels[field], message }] : [];
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (submitting) {
      return;
    }
    const missing: Field[] = [];
    if (!password) {
      missing.push('password');
    }
    if (!understood) {
      missing.push('understood');
    }
    if (missing.length > 0) {
      setProblem({ kind: 'client', fields: missing });
      return;
    }
    setSubmitting(true);
    const result = await deleteMyAccount({ password });
    setSubmitting(false);
    if (result.error || !result.data?.deleteMyAccount) {
      setProblem({
        kind: 'api',
        error: result.error ?? new CombinedError({ networkError: new Error('No data') }),
      });
      return;
    }
    // Every login of the account has ended on the server: the confirmation page signs this
    // one out once it is shown (signing out here, on the profile, would lead elsewhere).
    await navigate('/account-deleted', { replace: true, state: { accountDeleted: true } });
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="delete-account-form">
      <ErrorSummary ref={summaryRef} items={items} formError={translated.form} />
      <TextField
        ref={passwordRef}
        id="password"
        label={labels.password}
        type="password"
        autoComplete="current-password"
        maxLength={200}
        required
        value={password}
        error={translated.fields.password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <div className={`field${translated.fields.understood ? ' has-error' : ''}`}>
        <FieldError id="understood" message={translated.fields.understood} />
        <label className="check-inline">
          <input
            id="understood"
            type="checkbox"
            checked={understood}
            aria-invalid={translated.fields.understood ? true : undefined}
            aria-describedby={translated.fields.understood ? 'understood-error' : undefined}
            onChange={(e) => setUnderstood(e.target.checked)}
          />
          {labels.understood}
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-danger" aria-disabled={submitting}>
          {submitting ? t('deleteAccount.submitting') : t('deleteAccount.submit')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
