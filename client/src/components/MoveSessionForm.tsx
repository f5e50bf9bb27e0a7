import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { translateApiError } from '../api/errors';
import type { SessionFieldsFragment } from '../gql/graphql';
import { formatCalendarDay, formatInZone } from '../lib/format';
import { apiTranslator } from '../lib/labels';
import { insideCohort, instantOf } from '../lib/schedule';
import { RescheduleSessionMutation } from '../pages/sessions/sessions.graphql';
import { Notice } from './fields';
import { SessionTimeFields, withoutFieldError } from './SessionTimeFields';

const WHEN: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
};

type Errors = { fields: Record<string, string>; form: string | null };

// A new day and time for a booked session, in the mover's zone, with the other person's
// local time shown as it is typed. Both people are told, and their calendars updated.
export function MoveSessionForm({
  session,
  zone,
  locale,
  onMoved,
  onCancel,
}: {
  session: SessionFieldsFragment;
  zone: string;
  locale: string;
  onMoved: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const current = session.myView?.localStart ?? '';
  const [date, setDate] = useState(current.slice(0, 10));
  const [time, setTime] = useState(current.slice(11, 16));
  const [duration, setDuration] = useState(session.durationMinutes);
  const [errors, setErrors] = useState<Errors>({ fields: {}, form: null });
  const [state, move] = useMutation(RescheduleSessionMutation);
  const cohort = session.match.cohort;
  const other = session.otherView;
  const id = `move-${session.id}`;
  const dateRef = useRef<HTMLInputElement>(null);
  const localStart = date && time ? `${date}T${time}` : '';

  useEffect(() => {
    dateRef.current?.focus();
  }, []);

  const preview = useMemo(() => {
    const start = localStart ? instantOf(localStart, zone) : null;
    if (!start || !other) {
      return null;
    }
    return formatInZone(start.toJSDate(), other.timezone, locale, WHEN);
  }, [localStart, zone, other, locale]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!date) {
      local.date = t('errors.field.sessionDate');
    } else if (!insideCohort(`${date}T00:00`, cohort.startsOn, cohort.endsOn)) {
      local.date = t('errors.reason.OUTSIDE_COHORT');
    }
    if (!time) {
      local.time = t('errors.field.sessionTime');
    }
    if (Object.keys(local).length > 0) {
      setErrors({ fields: local, form: null });
      return;
    }
    void move({
      sessionId: session.id,
      localStart,
      timezone: zone,
      durationMinutes: duration,
    }).then((r) => {
      if (r.error) {
        const err = translateApiError(r.error, apiTranslator(i18n));
        // The API names the start (or its local form); the form shows it on the day.
        const fields = { ...err.fields };
        const start = fields.startsAt ?? fields.localStart;
        if (start) {
          fields.date = start;
        }
        if (fields.durationMinutes) {
          fields.duration = fields.durationMinutes;
        }
        setErrors({ fields, form: err.form });
      } else {
        setErrors({ fields: {}, form: null });
        onMoved();
      }
    });
  };

  return (
    <form className="move-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('sessions.moveTitle')}</h4>
      {errors.form && <Notice kind="error">{errors.form}</Notice>}
      <p className="hint" id={`${id}-hint`}>
        {t('sessions.moveHint', {
          start: formatCalendarDay(cohort.startsOn, locale),
          end: formatCalendarDay(cohort.endsOn, locale),
          zone,
        })}
      </p>
      <SessionTimeFields
        idPrefix={`${id}-`}
        value={{ date, time, duration }}
        onChange={(field, value) => {
          if (field === 'date') {
            setDate(String(value));
          } else if (field === 'time') {
            setTime(String(value));
          } else {
            setDuration(Number(value));
          }
          setErrors((e) => withoutFieldError(e, field));
        }}
        errors={errors.fields}
        minDate={cohort.startsOn}
        maxDate={cohort.endsOn}
        hintId={`${id}-hint`}
        dateRef={dateRef}
      />
      <div aria-live="polite" className="schedule-check">
        {preview && other && (
          <p>
            {t('sessions.otherLocal', {
              name: other.person.displayName,
              time: preview,
              zone: other.timezone,
            })}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={state.fetching}>
          {t('sessions.moveSubmit')}
        </button>
        <button type="button" className="btn btn-secondary btn-small" onClick={onCancel}>
          {t('sessions.keepTime')}
        </button>
      </div>
    </form>
  );
}
