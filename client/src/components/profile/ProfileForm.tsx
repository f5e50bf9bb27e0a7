// One form for signing up and for editing a profile: the same controls, checks and
// error handling. The page decides what submitting does; each part of the form is its
// own component beside this one, and this one keeps the state, the checks and the errors.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorInfos, translateApiError, type FormErrors } from '../../api/errors';
import { apiTranslator } from '../../lib/labels';
import {
  validateProfile,
  type FormMode,
  type ProfileValues,
  type ValidationErrors,
} from '../../lib/profile-model';
import { isKnownTimeZone } from '../../lib/timezones';
import { useLimits } from '../../settings/program-defaults';
import { ErrorSummary, type SummaryItem } from '../ErrorSummary';
import { AboutField } from './AboutField';
import { FormSection } from './FormSection';
import { IdentityFields } from './IdentityFields';
import { InterestsFields, type Taxonomy } from './InterestsFields';
import { LanguageFields } from './LanguageFields';
import { RoleSection } from './RoleSection';
import type { UpdateValue } from './section-props';
import { SelfIdFields } from './SelfIdFields';
import { ZoneAndAvailabilityFields } from './ZoneAndAvailabilityFields';

type Problem = { kind: 'client'; keys: ValidationErrors } | { kind: 'api'; error: CombinedError };

type Props = {
  mode: FormMode;
  initial: ProfileValues;
  taxonomy: Taxonomy;
  locale: string;
  submitLabel: string;
  submittingLabel: string;
  // Resolves to null on success, or to the API's error, shown next to the fields.
  onSubmit: (values: ProfileValues) => Promise<CombinedError | null>;
  onCancel?: () => void;
};

// The order in which problems are listed, matching the order of the controls.
const FIELD_ORDER = [
  'role',
  'email',
  'password',
  'displayName',
  'languages',
  'preferredLanguage',
  'timezone',
  'availability',
  'interests',
  'goals',
  'expertise',
  'capacity',
  'about',
  'underrepresented',
] as const;

export function ProfileForm({
  mode,
  initial,
  taxonomy,
  locale,
  submitLabel,
  submittingLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t, i18n } = useTranslation();
  const { profile: limits } = useLimits();
  const [values, setValues] = useState<ProfileValues>(initial);
  // What went wrong is kept untranslated, so messages follow a change of language.
  const [problem, setProblem] = useState<Problem | null>(null);
  const [cleared, setCleared] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const labels: Record<string, string> = {
    role: t('signup.roleLegend'),
    email: t('form.email'),
    password: t('form.password'),
    displayName: t('form.displayName'),
    languages: t('form.languagesLegend'),
    preferredLanguage: t('form.preferredLegend'),
    timezone: t('form.timezone'),
    availability: t('form.availabilityLegend'),
    interests: t('form.interestsLegend'),
    goals: t('form.goalsLegend'),
    expertise: t('form.expertiseLegend'),
    capacity: t('form.capacity'),
    about: t('form.about'),
    underrepresented: t('form.selfIdLegend'),
  };

  const update: UpdateValue = (key, value) => {
    setValues((v) => ({ ...v, [key]: value }));
    // A corrected answer loses its old error; others stay until the next submit.
    const field = key === 'grid' ? 'availability' : key === 'selfId' ? 'underrepresented' : key;
    setCleared((c) => (c.includes(field) ? c : [...c, field]));
  };

  const translated = useMemo<FormErrors>(() => {
    if (!problem) {
      return { fields: {}, form: null };
    }
    if (problem.kind === 'client') {
      const fields = Object.fromEntries(
        Object.entries(problem.keys).map(([field, key]) => [field, t(key as 'errors.field.email')]),
      );
      return { fields, form: null };
    }
    return translateApiError(problem.error, apiTranslator(i18n));
    // i18n.language: messages are translated again when the language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem, t, i18n, i18n.language]);
  const errors: Record<string, string> = Object.fromEntries(
    Object.entries(translated.fields).filter(([field]) => !cleared.includes(field)),
  );
  const formError = translated.form;
  const emailTaken =
    problem?.kind === 'api' &&
    !cleared.includes('email') &&
    errorInfos(problem.error).some((e) => e.reason === 'EMAIL_TAKEN');

  const show = (next: Problem) => {
    setProblem(next);
    setCleared([]);
  };

  // Each failed submit moves focus to the summary, so the problems are read out.
  useEffect(() => {
    if (problem) {
      summaryRef.current?.focus();
    }
  }, [problem]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (submitting) {
      return;
    }
    const found = validateProfile(values, mode, isKnownTimeZone, limits);
    if (Object.keys(found).length > 0) {
      show({ kind: 'client', keys: found });
      return;
    }
    setSubmitting(true);
    try {
      const error = await onSubmit(values);
      if (error) {
        show({ kind: 'api', error });
      } else {
        setProblem(null);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const summaryItems: SummaryItem[] = useMemo(() => {
    const known = FIELD_ORDER.filter((f) => errors[f]);
    const others = Object.keys(errors).filter(
      (f) => !(FIELD_ORDER as readonly string[]).includes(f),
    );
    return [...known, ...others].map((field) => ({
      field: field === 'grid' ? 'availability' : field,
      label: labels[field] ?? field,
      message: errors[field] ?? '',
    }));
    // labels follow the language, which re-renders with a new t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [translated, cleared, t]);

  const isLead = values.role === 'LEAD';
  const sectionProps = { values, errors, update };

  return (
    <form className="profile-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary ref={summaryRef} items={summaryItems} formError={formError} />

      {mode === 'signup' && <RoleSection {...sectionProps} />}

      <FormSection id="section-account" title={t('form.basicsSection')}>
        <IdentityFields {...sectionProps} mode={mode} emailTaken={emailTaken} />
        <LanguageFields {...sectionProps} />
      </FormSection>

      <FormSection id="section-time" title={t('form.timeSection')}>
        <ZoneAndAvailabilityFields {...sectionProps} locale={locale} />
      </FormSection>

      {!isLead && (
        <FormSection
          id="section-interests"
          title={
            values.role === 'MENTOR'
              ? t('form.interestsSectionMentor')
              : t('form.interestsSectionMentee')
          }
        >
          <InterestsFields {...sectionProps} taxonomy={taxonomy} />
        </FormSection>
      )}

      <FormSection id="section-about" title={t('form.moreSection')}>
        <AboutField {...sectionProps} />
        {!isLead && <SelfIdFields {...sectionProps} />}
      </FormSection>

      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-large" aria-disabled={submitting}>
          {submitting ? submittingLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
