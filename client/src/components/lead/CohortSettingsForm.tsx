import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { translateApiError, type FormErrors } from '../../api/errors';
import type { CohortFieldsFragment, CreateCohortInput } from '../../gql/graphql';
import { apiTranslator } from '../../lib/labels';
import { describedBy, FieldError, Notice } from '../fields';
import { DateTime } from 'luxon';

export const WEIGHT_KEYS = ['language', 'availability', 'interests', 'goals', 'equity'] as const;
export type WeightValues = Record<(typeof WEIGHT_KEYS)[number], number>;

// Only the five weights (results carry __typename, which the API's inputs refuse).
export function pickWeights(w: WeightValues): WeightValues {
  return {
    language: w.language,
    availability: w.availability,
    interests: w.interests,
    goals: w.goals,
    equity: w.equity,
  };
}

type Values = {
  name: string;
  startsOn: string;
  endsOn: string;
  minOverlapMinutes: number;
  targetOverlapMinutes: number;
  expiryDays: number;
  allowRepeatPairs: boolean;
  weights: WeightValues;
};

// A new cohort starts today, in the lead's own zone, and runs 90 days.
export function defaultCohortValues(zone: string): Values {
  const start = DateTime.now().setZone(zone).startOf('day');
  return {
    name: '',
    startsOn: start.toISODate() ?? '',
    endsOn: start.plus({ days: 90 }).toISODate() ?? '',
    minOverlapMinutes: 60,
    targetOverlapMinutes: 180,
    expiryDays: 7,
    allowRepeatPairs: false,
    weights: { language: 3, availability: 3, interests: 2, goals: 1, equity: 1 },
  };
}

export function valuesFromCohort(c: CohortFieldsFragment): Values {
  return {
    name: c.name,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    minOverlapMinutes: c.minOverlapMinutes,
    targetOverlapMinutes: c.targetOverlapMinutes,
    expiryDays: c.expiryDays,
    allowRepeatPairs: c.allowRepeatPairs,
    weights: pickWeights(c.weights),
  };
}

// The settings of a cohort, for creating one or changing it before it is under way.
export function CohortSettingsForm({
  initial,
  submitLabel,
  onSubmit,
  idPrefix,
}: {
  initial: Values;
  submitLabel: string;
  idPrefix: string;
  onSubmit: (input: CreateCohortInput) => Promise<CombinedError | null>;
}) {
  const { t, i18n } = useTranslation();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = (name: string) => `${idPrefix}-${name}`;
  const fieldError = (name: string) => errors.fields[name] ?? null;

  const number = (
    name: 'minOverlapMinutes' | 'targetOverlapMinutes' | 'expiryDays',
    hint?: string,
  ) => (
    <div className={`field${fieldError(name) ? ' has-error' : ''}`}>
      <label htmlFor={id(name)} className="label">
        {t(`cohortForm.${name}`)}
      </label>
      {hint && (
        <p id={`${id(name)}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id(name)} message={fieldError(name)} />
      <input
        id={id(name)}
        type="number"
        className="input input-short"
        value={v[name]}
        min={name === 'expiryDays' ? 1 : 0}
        aria-invalid={fieldError(name) ? true : undefined}
        aria-describedby={describedBy(id(name), !!hint, !!fieldError(name))}
        onChange={(e) => setV({ ...v, [name]: Number(e.target.value) })}
      />
    </div>
  );

  return (
    <form
      className="cohort-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const local: Record<string, string> = {};
        if (!v.name.trim()) {
          local.name = t('errors.field.cohortName');
        }
        if (!v.startsOn) {
          local.startsOn = t('errors.field.startsOn');
        }
        if (!v.endsOn || (v.startsOn && v.endsOn < v.startsOn)) {
          local.endsOn = t('errors.field.endsOn');
        }
        if (Object.keys(local).length > 0) {
          setErrors({ fields: local, form: null });
          return;
        }
        setBusy(true);
        void onSubmit({ ...v, name: v.name.trim() }).then((error) => {
          setBusy(false);
          if (error) {
            const err = translateApiError(error, apiTranslator(i18n));
            // Weight errors arrive as "weights.language": shown on the weights group.
            setErrors(err);
          } else {
            setErrors({ fields: {}, form: null });
            setSaved(true);
          }
        });
      }}
    >
      {errors.form && <Notice kind="error">{errors.form}</Notice>}
      {saved && <Notice kind="success">{t('cohortForm.saved')}</Notice>}
      <div className={`field${fieldError('name') ? ' has-error' : ''}`}>
        <label htmlFor={id('name')} className="label">
          {t('cohortForm.name')}
        </label>
        <FieldError id={id('name')} message={fieldError('name')} />
        <input
          id={id('name')}
          className="input"
          value={v.name}
          maxLength={120}
          aria-invalid={fieldError('name') ? true : undefined}
          aria-describedby={describedBy(id('name'), false, !!fieldError('name'))}
          onChange={(e) => setV({ ...v, name: e.target.value })}
        />
      </div>
      <div className="input-row">
        {(['startsOn', 'endsOn'] as const).map((name) => (
          <div key={name} className={`field${fieldError(name) ? ' has-error' : ''}`}>
            <label htmlFor={id(name)} className="label">
              {t(`cohortForm.${name}`)}
            </label>
            <FieldError id={id(name)} message={fieldError(name)} />
            <input
              id={id(name)}
              type="date"
              className="input"
              value={v[name]}
              aria-invalid={fieldError(name) ? true : undefined}
              aria-describedby={describedBy(id(name), false, !!fieldError(name))}
              onChange={(e) => setV({ ...v, [name]: e.target.value })}
            />
          </div>
        ))}
      </div>
      <div className="input-row">
        {number('minOverlapMinutes', t('cohortForm.minutesHint'))}
        {number('targetOverlapMinutes', t('cohortForm.minutesHint'))}
        {number('expiryDays')}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={v.allowRepeatPairs}
          onChange={(e) => setV({ ...v, allowRepeatPairs: e.target.checked })}
        />{' '}
        {t('cohortForm.allowRepeatPairs')}
      </label>
      <WeightsFields
        idPrefix={idPrefix}
        weights={v.weights}
        error={fieldError('weights')}
        onChange={(weights) => setV({ ...v, weights })}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

export function WeightsFields({
  idPrefix,
  weights,
  error,
  onChange,
}: {
  idPrefix: string;
  weights: WeightValues;
  error?: string | null;
  onChange: (w: WeightValues) => void;
}) {
  const { t } = useTranslation();
  const groupId = `${idPrefix}-weights`;
  return (
    <fieldset
      id={groupId}
      className={`fieldset${error ? ' has-error' : ''}`}
      aria-describedby={describedBy(groupId, true, !!error)}
    >
      <legend className="legend">{t('cohortForm.weights')}</legend>
      <p id={`${groupId}-hint`} className="hint">
        {t('cohortForm.weightsHint')}
      </p>
      <FieldError id={groupId} message={error} />
      <div className="weights">
        {WEIGHT_KEYS.map((k) => (
          <div key={k} className="field">
            <label htmlFor={`${groupId}-${k}`} className="label">
              {t(`matches.part.${k}`)}
            </label>
            <input
              id={`${groupId}-${k}`}
              type="number"
              min={0}
              max={10}
              step={0.5}
              className="input input-short"
              value={weights[k]}
              onChange={(e) => onChange({ ...weights, [k]: Number(e.target.value) })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
