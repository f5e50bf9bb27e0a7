import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { translateApiError, type FormErrors } from '../../api/errors';
import type { CreateCohortInput } from '../../gql/graphql';
import {
  validateCohortSettings,
  WEIGHT_KEYS,
  type CohortValues,
  type WeightValues,
} from '../../lib/cohort-model';
import { apiTranslator } from '../../lib/labels';
import { useLimits } from '../../settings/program-defaults';
import { describedBy, FieldError, Notice } from '../fields';

// The settings of a cohort, for creating one or changing it before it is under way.
export function CohortSettingsForm({
  initial,
  submitLabel,
  onSubmit,
  idPrefix,
  equityFixed = false,
}: {
  initial: CohortValues;
  submitLabel: string;
  idPrefix: string;
  onSubmit: (input: CreateCohortInput) => Promise<CombinedError | null>;
  // Once the cohort opens, its equity weight no longer changes.
  equityFixed?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { cohort: limits } = useLimits();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = (name: string) => `${idPrefix}-${name}`;
  const fieldError = (name: string) => errors.fields[name] ?? null;

  const ranges = {
    minOverlapMinutes: [limits.minOverlapMin, limits.minOverlapMax],
    targetOverlapMinutes: [limits.targetOverlapMin, limits.targetOverlapMax],
    expiryDays: [limits.expiryDaysMin, limits.expiryDaysMax],
  } as const;

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
        min={ranges[name][0]}
        max={ranges[name][1]}
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
        // The API's limits, checked before a round trip; messages name them.
        const local = Object.fromEntries(
          Object.entries(validateCohortSettings(v, limits)).map(([field, key]) => [
            field,
            t(key as 'errors.field.name'),
          ]),
        );
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
          maxLength={limits.nameMax}
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
      <label className="check">
        <input
          type="checkbox"
          checked={v.requireVerifiedEmail}
          onChange={(e) => setV({ ...v, requireVerifiedEmail: e.target.checked })}
        />{' '}
        {t('cohortForm.requireVerifiedEmail')}
      </label>
      <WeightsFields
        idPrefix={idPrefix}
        weights={v.weights}
        error={fieldError('weights') ?? fieldError('weights.equity')}
        equityFixed={equityFixed}
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
  equityFixed = false,
}: {
  idPrefix: string;
  weights: WeightValues;
  error?: string | null;
  onChange: (w: WeightValues) => void;
  equityFixed?: boolean;
}) {
  const { t } = useTranslation();
  const { cohort: limits } = useLimits();
  const groupId = `${idPrefix}-weights`;
  return (
    <fieldset
      id={groupId}
      className={`fieldset${error ? ' has-error' : ''}`}
      aria-describedby={describedBy(groupId, true, !!error)}
    >
      <legend className="legend">{t('cohortForm.weights')}</legend>
      <p id={`${groupId}-hint`} className="hint">
        {t('cohortForm.weightsHint')} {t('cohortForm.equityHint')}
        {equityFixed ? ` ${t('cohortForm.equityFixed')}` : ''}
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
              min={limits.weightMin}
              max={limits.weightMax}
              step={0.5}
              className="input input-short"
              value={weights[k]}
              readOnly={k === 'equity' && equityFixed}
              aria-readonly={k === 'equity' && equityFixed ? true : undefined}
              onChange={(e) => onChange({ ...weights, [k]: Number(e.target.value) })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
