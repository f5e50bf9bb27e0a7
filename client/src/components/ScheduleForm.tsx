import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { translateApiError } from '../api/errors';
import { ScheduleSessionMutation } from '../pages/sessions/sessions.graphql';
import type { Me } from '../auth/session';
import type { MyMatchesQuery } from '../gql/graphql';
import { formatCalendarDay, formatInZone } from '../lib/format';
import { apiTranslator } from '../lib/labels';
import { insideCohort, insideWeeklyHours, instantOf } from '../lib/schedule';
import { Notice } from './fields';
import { SessionTimeFields, withoutFieldError } from './SessionTimeFields';

type MatchItem = MyMatchesQuery['myMatches'][number];

// Book a session of an accepted match, in the person's own zone: only on the cohort's days,
// with a warning (not a refusal) when the time is outside either person's weekly hours.
export function ScheduleForm({
  me,
  matches,
  initialMatchId,
  locale,
  onScheduled,
}: {
  me: Me;
  matches: MatchItem[];
  initialMatchId: string | null;
  locale: string;
  onScheduled: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [matchId, setMatchId] = useState(
    matches.find((m) => m.id === initialMatchId)?.id ?? matches[0]?.id ?? '',
  );
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [duration, setDuration] = useState(60);
  const [agenda, setAgenda] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; form: string | null }>({
    fields: {},
    form: null,
  });
  // After a booking: the name of the person who was told.
  const [done, setDone] = useState<string | null>(null);
  const [state, schedule] = useMutation(ScheduleSessionMutation);
  const match = matches.find((m) => m.id === matchId);
  const isMentor = me.role === 'MENTOR';
  const other = match ? (isMentor ? match.mentee : match.mentor) : null;
  const self = match ? (isMentor ? match.mentor : match.mentee) : null;
  const localStart = date && time ? `${date}T${time}` : '';

  const check = useMemo(() => {
    if (!match || !other || !self || !localStart) {
      return null;
    }
    const start = instantOf(localStart, me.timezone);
    if (!start) {
      return null;
    }
    return {
      start,
      inCohort: insideCohort(localStart, match.cohort.startsOn, match.cohort.endsOn),
      mine: insideWeeklyHours(start, duration, self.availability, self.timezone),
      theirs: insideWeeklyHours(start, duration, other.availability, other.timezone),
      otherLocal: formatInZone(start.toJSDate(), other.timezone, locale, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        hour: 'numeric',
        minute: '2-digit',
      }),
    };
  }, [match, other, self, localStart, duration, me.timezone, locale]);

  if (matches.length === 0 || !match || !other) {
    return <p className="muted">{t('sessions.noMatchToSchedule')}</p>;
  }

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setDone(null);
    const local: Record<string, string> = {};
    if (!date) {
      local.date = t('errors.field.sessionDate');
    } else if (!insideCohort(`${date}T00:00`, match.cohort.startsOn, match.cohort.endsOn)) {
      local.date = t('errors.reason.OUTSIDE_COHORT');
    }
    if (!time) {
      local.time = t('errors.field.sessionTime');
    }
    if (Object.keys(local).length > 0) {
      setErrors({ fields: local, form: null });
      return;
    }
    void schedule({
      matchId,
      localStart,
      timezone: me.timezone,
      durationMinutes: duration,
      agenda: agenda.trim() || null,
    }).then((r) => {
      if (r.error) {
        const err = translateApiError(r.error, apiTranslator(i18n));
        // The API names the start instant; the page shows it on the date and time.
        const start = err.fields.startsAt ?? err.fields.localStart;
        const fields = { ...err.fields };
        if (start) {
          fields.date = start;
        }
        if (fields.durationMinutes) {
          fields.duration = fields.durationMinutes;
        }
        setErrors({ fields, form: err.form });
      } else {
        setErrors({ fields: {}, form: null });
        setDone(other.displayName);
        setDate('');
        setTime('');
        setAgenda('');
        onScheduled();
      }
    });
  };

  const warn = check && (!check.mine || !check.theirs);
  return (
    <form className="schedule-form" noValidate onSubmit={submit}>
      {errors.form && <Notice kind="error">{errors.form}</Notice>}
      {done && <Notice kind="success">{t('sessions.scheduled', { name: done })}</Notice>}
      {matches.length > 1 && (
        <div className="field">
          <label htmlFor="session-match" className="label">
            {t('sessions.withWhom')}
          </label>
          <select
            id="session-match"
            className="input"
            value={matchId}
            onChange={(e) => setMatchId(e.target.value)}
          >
            {matches.map((m) => (
              <option key={m.id} value={m.id}>
                {(isMentor ? m.mentee : m.mentor).displayName} · {m.cohort.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="hint" id="session-cohort-hint">
        {t('sessions.cohortDays', {
          name: match.cohort.name,
          start: formatCalendarDay(match.cohort.startsOn, locale),
          end: formatCalendarDay(match.cohort.endsOn, locale),
        })}{' '}
        {t('sessions.inYourZone', { zone: me.timezone })}
      </p>
      <SessionTimeFields
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
        minDate={match.cohort.startsOn}
        maxDate={match.cohort.endsOn}
        hintId="session-cohort-hint"
      />
      <div aria-live="polite" className="schedule-check">
        {check && (
          <>
            <p>
              {t('sessions.otherLocal', {
                name: other.displayName,
                time: check.otherLocal,
                zone: other.timezone,
              })}
            </p>
            {!check.inCohort && <Notice kind="error">{t('errors.reason.OUTSIDE_COHORT')}</Notice>}
            {warn && (
              <div className="notice notice-warn">
                {!check.mine && <p>{t('sessions.outsideYours')}</p>}
                {!check.theirs && <p>{t('sessions.outsideTheirs', { name: other.displayName })}</p>}
              </div>
            )}
          </>
        )}
      </div>
      <div className="field">
        <label htmlFor="agenda" className="label">
          {t('sessions.agenda')}
        </label>
        <textarea
          id="agenda"
          className="input textarea"
          rows={2}
          maxLength={500}
          value={agenda}
          onChange={(e) => setAgenda(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={state.fetching}>
          {t('sessions.scheduleSubmit')}
        </button>
      </div>
    </form>
  );
}
