import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { DURATIONS } from '../lib/schedule';
import { describedBy, FieldError } from './fields';

export type SessionTime = { date: string; time: string; duration: number };

// The day, start time and length of a session, in the person's own zone: shared by booking
// and moving a session. `idPrefix` keeps the ids unique when several forms are on a page.
export function SessionTimeFields({
  idPrefix = '',
  value,
  onChange,
  errors,
  minDate,
  maxDate,
  hintId,
  dateRef,
}: {
  idPrefix?: string;
  value: SessionTime;
  onChange: (field: keyof SessionTime, value: SessionTime[keyof SessionTime]) => void;
  errors: Record<string, string>;
  minDate: string;
  maxDate: string;
  hintId?: string;
  dateRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const id = (field: string) => `${idPrefix}${field}`;
  return (
    <div className="input-row schedule-row">
      <div className={`field${errors.date ? ' has-error' : ''}`}>
        <label htmlFor={id('date')} className="label">
          {t('sessions.date')}
        </label>
        <FieldError id={id('date')} message={errors.date} />
        <input
          ref={dateRef}
          id={id('date')}
          type="date"
          className="input"
          min={minDate}
          max={maxDate}
          value={value.date}
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={describedBy(id('date'), false, !!errors.date, hintId)}
          onChange={(e) => onChange('date', e.target.value)}
        />
      </div>
      <div className={`field${errors.time ? ' has-error' : ''}`}>
        <label htmlFor={id('time')} className="label">
          {t('sessions.time')}
        </label>
        <FieldError id={id('time')} message={errors.time} />
        <input
          id={id('time')}
          type="time"
          step={900}
          className="input"
          value={value.time}
          aria-invalid={errors.time ? true : undefined}
          aria-describedby={describedBy(id('time'), false, !!errors.time)}
          onChange={(e) => onChange('time', e.target.value)}
        />
      </div>
      <div className={`field${errors.duration ? ' has-error' : ''}`}>
        <label htmlFor={id('duration')} className="label">
          {t('sessions.duration')}
        </label>
        <FieldError id={id('duration')} message={errors.duration} />
        <select
          id={id('duration')}
          className="input"
          value={value.duration}
          onChange={(e) => onChange('duration', Number(e.target.value))}
        >
          {DURATIONS.map((d) => (
            <option key={d} value={d}>
              {t('sessions.minutes', { count: d })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

// A field's error goes as soon as the field changes (it is checked again on submit).
export function withoutFieldError<
  E extends { fields: Record<string, string>; form: string | null },
>(errors: E, field: string): E {
  if (!errors.fields[field] && !errors.form) {
    return errors;
  }
  const fields = Object.fromEntries(Object.entries(errors.fields).filter(([k]) => k !== field));
  return { ...errors, fields, form: null };
}
