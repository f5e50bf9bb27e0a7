import { useTranslation } from 'react-i18next';
import { goalLabel } from '../../lib/labels';
import { useLimits } from '../../settings/program-defaults';
import { ChipChecklist, describedBy, FieldError, Fieldset } from '../fields';
import { InterestPicker } from '../InterestPicker';
import type { SectionProps } from './section-props';

export type Taxonomy = { interests: readonly string[]; goals: readonly string[] };

// Interests for everyone; goals for mentees; expertise and capacity for mentors.
export function InterestsFields({
  values,
  errors,
  update,
  taxonomy,
}: SectionProps & { taxonomy: Taxonomy }) {
  const { t, i18n } = useTranslation();
  const { profile: limits } = useLimits();
  const isMentor = values.role === 'MENTOR';
  const isMentee = values.role === 'MENTEE';
  const goalOptions = taxonomy.goals.map((g) => ({ value: g, label: goalLabel(g, t, i18n) }));

  return (
    <>
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
            {Array.from(
              { length: limits.capacityMax - limits.capacityMin + 1 },
              (_, i) => limits.capacityMin + i,
            ).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
