import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { CombinedError, useMutation, useQuery } from 'urql';
import { translateApiError } from '../../api/errors';
import { Notice, Spinner } from '../../components/fields';
import type { Role } from '../../gql/graphql';
import { CHOICES_BY_ROLE, changedChoices, type EmailChoices } from '../../lib/email-choices';
import { apiTranslator } from '../../lib/labels';
import { MyEmailPreferencesQuery, UpdateEmailPreferencesMutation } from './profile.graphql';

export const EMAIL_SECTION_ID = 'email';

// The profile's "Email" section: which optional emails the person gets. Read fresh on
// every visit, since an unsubscribe link may have changed them meanwhile.
export function EmailPreferencesSection({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const [result, reexecute] = useQuery({
    query: MyEmailPreferencesQuery,
    requestPolicy: 'network-only',
  });
  const saved = result.data?.me?.emailPreferences;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const location = useLocation();

  // Arriving from an unsubscribe page (/profile#email): the section is what they came for.
  const arrived = useRef(false);
  useEffect(() => {
    if (!arrived.current && saved && location.hash === `#${EMAIL_SECTION_ID}`) {
      arrived.current = true;
      headingRef.current?.scrollIntoView({ block: 'start' });
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [saved, location.hash]);

  let body;
  if (saved) {
    body = <EmailPreferencesForm role={role} saved={saved} />;
  } else if (result.error || (result.data && !saved)) {
    body = (
      <>
        <Notice kind="error">
          {result.error
            ? (translateApiError(result.error, apiTranslator(i18n)).form ??
              t('emailPrefs.loadFailed'))
            : t('emailPrefs.loadFailed')}
        </Notice>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => reexecute({ requestPolicy: 'network-only' })}
        >
          {t('common.retry')}
        </button>
      </>
    );
  } else {
    body = <Spinner />;
  }

  return (
    <section
      id={EMAIL_SECTION_ID}
      className="card section-block"
      aria-labelledby="email-prefs-title"
    >
      <h2 id="email-prefs-title" className="section-title" tabIndex={-1} ref={headingRef}>
        {t('emailPrefs.title')}
      </h2>
      {body}
    </section>
  );
}

type Status = { kind: 'saved' } | { kind: 'noChanges' } | { kind: 'error'; error: CombinedError };

function EmailPreferencesForm({ role, saved }: { role: Role; saved: EmailChoices }) {
  const { t, i18n } = useTranslation();
  const shown = CHOICES_BY_ROLE[role];
  const [, update] = useMutation(UpdateEmailPreferencesMutation);
  // What the server holds as far as this page knows, and what the boxes show.
  const [base, setBase] = useState<EmailChoices>(() => pick(saved));
  const [values, setValues] = useState<EmailChoices>(() => pick(saved));
  const [saving, setSaving] = useState(false);
  // Kept untranslated, so that the message follows a change of language.
  const [status, setStatus] = useState<Status | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) {
      return;
    }
    const input = changedChoices(shown, base, values);
    if (Object.keys(input).length === 0) {
      setStatus({ kind: 'noChanges' });
      return;
    }
    setSaving(true);
    setStatus(null);
    const result = await update({ input });
    setSaving(false);
    const next = result.data?.updateEmailPreferences;
    if (result.error || !next) {
      setStatus({
        kind: 'error',
        error: result.error ?? new CombinedError({ networkError: new Error('No data') }),
      });
      return;
    }
    setBase(pick(next));
    setValues(pick(next));
    setStatus({ kind: 'saved' });
  };

  const message =
    status?.kind === 'saved'
      ? t('emailPrefs.saved')
      : status?.kind === 'noChanges'
        ? t('emailPrefs.noChanges')
        : null;

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <p className="hint">{t('emailPrefs.intro')}</p>
      <fieldset className="fieldset" aria-describedby="email-prefs-always">
        <legend className="legend">{t('emailPrefs.legend')}</legend>
        {shown.map((choice) => (
          <div className="pref-option" key={choice}>
            <input
              type="checkbox"
              id={`email-${choice}`}
              name={choice}
              checked={values[choice]}
              aria-describedby={`email-${choice}-hint`}
              onChange={(e) => {
                const on = e.target.checked;
                setValues((v) => ({ ...v, [choice]: on }));
                setStatus(null);
              }}
            />
            <label htmlFor={`email-${choice}`}>{t(`emailPrefs.${choice}`)}</label>
            <p id={`email-${choice}-hint`} className="hint">
              {t(`emailPrefs.${choice}Hint`)}
            </p>
          </div>
        ))}
      </fieldset>
      <p id="email-prefs-always" className="pref-always">
        {/* Leads get no proposals: only account email is always theirs. */}
        {role === 'LEAD' ? t('emailPrefs.alwaysLead') : t('emailPrefs.always')}
      </p>
      {status?.kind === 'error' && (
        <Notice kind="error">
          {translateApiError(status.error, apiTranslator(i18n)).form ?? t('errors.network')}
        </Notice>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" aria-disabled={saving}>
          {saving ? t('common.saving') : t('emailPrefs.save')}
        </button>
        {/* Always in the page, so that screen readers announce what is put in it. */}
        <p className="pref-status" role="status">
          {message}
        </p>
      </div>
    </form>
  );
}

const pick = (p: EmailChoices): EmailChoices => ({
  matchUpdates: p.matchUpdates,
  sessions: p.sessions,
  program: p.program,
});
