// One form for signing up and for editing a profile: the same controls, checks and
// error handling. The page decides what submitting does.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Link } from 'react-router';
import { errorInfos, translateApiError, type FormErrors } from '../api/errors';
import type { Language, Role } from '../gql/graphql';
import type { Grid } from '../lib/availability';
import { apiTranslator, goalLabel } from '../lib/labels';
import {
  LIMITS,
  validateProfile,
  type FormMode,
  type ProfileValues,
  type SelfId,
  type ValidationErrors,
} from '../lib/profile-model';
import { isKnownTimeZone } from '../lib/timezones';
import { AvailabilityEditor } from './AvailabilityEditor';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { ChipChecklist, describedBy, FieldError, Fieldset, TextField } from './fields';
import { InterestPicker } from './InterestPicker';
import { TimeZonePicker } from './TimeZonePicker';

type Problem = { kind: 'client'; keys: ValidationErrors } | { kind: 'api'; error: CombinedError };

export type Taxonomy = { interests: readonly string[]; goals: readonly string[] };

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

const LANGUAGES: Language[] = ['ES', 'EN'];

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
  const [values, setValues] = useState<ProfileValues>(initial);
  // What went wrong is kept untranslated, so messages follow a change of language.
  const [problem, setProblem] = useState<Problem | null>(null);
  const [cleared, setCleared] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
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

  const update = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => {
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
    const found = validateProfile(values, mode, isKnownTimeZone);
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

  const toggleLanguage = (lang: Language, checked: boolean) => {
    const languages = checked
      ? [...values.languages, lang]
      : values.languages.filter((l) => l !== lang);
    update('languages', languages);
    // With one language, it is the preferred one.
    if (languages.length === 1 && languages[0]) {
      update('preferredLanguage', languages[0]);
    }
  };

  const isMentor = values.role === 'MENTOR';
  const isMentee = values.role === 'MENTEE';
  const isLead = values.role === 'LEAD';
  const goalOptions = taxonomy.goals.map((g) => ({ value: g, label: goalLabel(g, t, i18n) }));

  return (
    <form className="profile-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary ref={summaryRef} items={summaryItems} formError={formError} />

      {mode === 'signup' && (
        <Fieldset id="role" legend={t('signup.roleLegend')} error={errors.role}>
          <div className="role-cards">
            {(['MENTEE', 'MENTOR'] as Role[]).map((role) => (
              <label key={role} className={`role-card${values.role === role ? ' is-on' : ''}`}>
                <input
                  type="radio"
                  name="role"
                  value={role}
                  checked={values.role === role}
                  onChange={() => update('role', role)}
                  aria-describedby={`role-${role}-hint`}
                />
                <span className="role-card-text">
                  <span className="role-card-title">
                    {role === 'MENTEE' ? t('signup.roleMentee') : t('signup.roleMentor')}
                  </span>
                  <span id={`role-${role}-hint`} className="role-card-hint">
                    {role === 'MENTEE' ? t('signup.roleMenteeHint') : t('signup.roleMentorHint')}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </Fieldset>
      )}

      <section className="form-section" aria-labelledby="section-account">
        <h2 id="section-account" className="section-title">
          {t('form.basicsSection')}
        </h2>
        {mode === 'signup' && (
          <>
            <TextField
              id="email"
              label={t('form.email')}
              hint={t('form.emailHint')}
              type="email"
              autoComplete="email"
              inputMode="email"
              maxLength={LIMITS.emailMax}
              required
              value={values.email}
              error={errors.email}
              onChange={(e) => update('email', e.target.value)}
              after={
                emailTaken ? (
                  <p className="field-action">
                    <Link to="/login" state={{ email: values.email.trim() }}>
                      {t('signup.loginInstead')}
                    </Link>
                  </p>
                ) : undefined
              }
            />
            <TextField
              id="password"
              label={t('form.password')}
              hint={t('form.passwordHint')}
              type={showPassword ? 'text' : 'password'}
              autoComplete="new-password"
              minLength={LIMITS.passwordMin}
              maxLength={LIMITS.passwordMax}
              required
              value={values.password}
              error={errors.password}
              onChange={(e) => update('password', e.target.value)}
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
          </>
        )}
        <TextField
          id="displayName"
          label={t('form.displayName')}
          hint={t('form.displayNameHint')}
          autoComplete="name"
          maxLength={LIMITS.displayNameMax}
          required
          value={values.displayName}
          error={errors.displayName}
          onChange={(e) => update('displayName', e.target.value)}
        />

        <Fieldset id="languages" legend={t('form.languagesLegend')} error={errors.languages}>
          <div className="checks">
            {LANGUAGES.map((lang) => (
              <label key={lang} className="check">
                <input
                  type="checkbox"
                  name="languages"
                  value={lang}
                  checked={values.languages.includes(lang)}
                  onChange={(e) => toggleLanguage(lang, e.target.checked)}
                />
                {t(`languages.${lang}`)}
              </label>
            ))}
          </div>
        </Fieldset>
        {(values.languages.length > 1 || errors.preferredLanguage) && (
          <Fieldset
            id="preferredLanguage"
            legend={t('form.preferredLegend')}
            error={errors.preferredLanguage}
          >
            <div className="checks">
              {LANGUAGES.filter((lang) => values.languages.includes(lang)).map((lang) => (
                <label key={lang} className="check">
                  <input
                    type="radio"
                    name="preferredLanguage"
                    value={lang}
                    checked={values.preferredLanguage === lang}
                    onChange={() => update('preferredLanguage', lang)}
                  />
                  {t(`languages.${lang}`)}
                </label>
              ))}
            </div>
          </Fieldset>
        )}
      </section>

      <section className="form-section" aria-labelledby="section-time">
        <h2 id="section-time" className="section-title">
          {t('form.timeSection')}
        </h2>
        <TimeZonePicker
          id="timezone"
          value={values.timezone}
          onChange={(zone) => update('timezone', zone)}
          locale={locale}
          error={errors.timezone}
        />
        {!isLead && (
          <AvailabilityEditor
            id="availability"
            grid={values.grid}
            onChange={(grid: Grid) => update('grid', grid)}
            timezone={values.timezone}
            locale={locale}
            error={errors.availability}
          />
        )}
      </section>

      {!isLead && (
        <section className="form-section" aria-labelledby="section-interests">
          <h2 id="section-interests" className="section-title">
            {isMentor ? t('form.interestsSectionMentor') : t('form.interestsSectionMentee')}
          </h2>
          <InterestPicker
            id="interests"
            suggestions={taxonomy.interests}
            selected={values.interests}
            onChange={(tags) => update('interests', tags)}
            error={errors.interests}
          />
          {isMentee && (
            <Fieldset
              id="goals"
              legend={t('form.goalsLegend')}
              hint={<p>{t('form.goalsHint')}</p>}
              error={errors.goals}
              optional
            >
              <ChipChecklist
                name="goals"
                options={goalOptions}
                selected={values.goals}
                onToggle={(g, on) =>
                  update('goals', on ? [...values.goals, g] : values.goals.filter((x) => x !== g))
                }
              />
            </Fieldset>
          )}
          {isMentor && (
            <Fieldset
              id="expertise"
              legend={t('form.expertiseLegend')}
              hint={<p>{t('form.expertiseHint')}</p>}
              error={errors.expertise}
              optional
            >
              <ChipChecklist
                name="expertise"
                options={goalOptions}
                selected={values.expertise}
                onToggle={(g, on) =>
                  update(
                    'expertise',
                    on ? [...values.expertise, g] : values.expertise.filter((x) => x !== g),
                  )
                }
              />
            </Fieldset>
          )}
          {isMentor && (
            <div className={`field${errors.capacity ? ' has-error' : ''}`}>
              <label htmlFor="capacity" className="label">
                {t('form.capacity')}
              </label>
              <p id="capacity-hint" className="hint">
                {t('form.capacityHint')}
              </p>
              <FieldError id="capacity" message={errors.capacity} />
              <select
                id="capacity"
                className="input input-short"
                value={values.capacity}
                aria-describedby={describedBy('capacity', true, !!errors.capacity)}
                aria-invalid={errors.capacity ? true : undefined}
                onChange={(e) => update('capacity', Number(e.target.value))}
              >
                {Array.from({ length: LIMITS.capacityMax }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          )}
        </section>
      )}

      <section className="form-section" aria-labelledby="section-about">
        <h2 id="section-about" className="section-title">
          {t('form.moreSection')}
        </h2>
        <div className={`field${errors.about ? ' has-error' : ''}`}>
          <label htmlFor="about" className="label">
            {t('form.about')}
            <span className="optional"> ({t('common.optional')})</span>
          </label>
          <p id="about-hint" className="hint">
            {t('form.aboutHint')}
          </p>
          <FieldError id="about" message={errors.about} />
          <textarea
            id="about"
            className="input textarea"
            rows={4}
            value={values.about}
            aria-describedby={describedBy('about', true, !!errors.about, 'about-count')}
            aria-invalid={errors.about ? true : undefined}
            onChange={(e) => update('about', e.target.value)}
          />
          <p
            id="about-count"
            className={`hint counter${values.about.length > LIMITS.aboutMax ? ' over' : ''}`}
          >
            {t('form.aboutCount', { count: values.about.length })}
          </p>
        </div>

        {!isLead && (
          <Fieldset
            id="underrepresented"
            legend={t('form.selfIdLegend')}
            hint={
              <>
                <p>
                  <strong>{t('form.selfIdOptional')}</strong> {t('form.selfIdWho')}
                </p>
                <p>{t('form.selfIdReports')}</p>
                <p>{t('form.selfIdMatching')}</p>
                <p>{t('form.selfIdChange')}</p>
              </>
            }
            error={errors.underrepresented}
            className="self-id"
          >
            <div className="checks">
              {(
                [
                  ['yes', t('form.selfIdYes')],
                  ['no', t('form.selfIdNo')],
                  ['unset', t('form.selfIdUnset')],
                ] as [SelfId, string][]
              ).map(([value, label]) => (
                <label key={value} className="check">
                  <input
                    type="radio"
                    name="underrepresented"
                    value={value}
                    checked={values.selfId === value}
                    onChange={() => update('selfId', value)}
                  />
                  {label}
                </label>
              ))}
            </div>
          </Fieldset>
        )}
      </section>

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
