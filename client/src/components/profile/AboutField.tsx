import { useTranslation } from 'react-i18next';
import { useLimits } from '../../settings/program-defaults';
import { describedBy, FieldError } from '../fields';
import type { SectionProps } from './section-props';

// A few optional words about oneself, with a live count.
export function AboutField({ values, errors, update }: SectionProps) {
  const { t } = useTranslation();
  const { profile: limits } = useLimits();
  return (
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
        className={`hint counter${values.about.length > limits.aboutLength ? ' over' : ''}`}
      >
        {t('form.aboutCount', { count: values.about.length })}
      </p>
    </div>
  );
}
