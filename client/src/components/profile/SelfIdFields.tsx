import { useTranslation } from 'react-i18next';
import type { SelfId } from '../../lib/profile-model';
import { Fieldset } from '../fields';
import type { SectionProps } from './section-props';

// Optional self-identification, used only for the equity part of matching and for
// reports; "I prefer not to say" is always an answer.
export function SelfIdFields({ values, errors, update }: SectionProps) {
  const { t } = useTranslation();
  const answers: [SelfId, string][] = [
    ['yes', t('form.selfIdYes')],
    ['no', t('form.selfIdNo')],
    ['unset', t('form.selfIdUnset')],
  ];
  return (
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
        {answers.map(([value, label]) => (
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
  );
}
