import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { translateApiError } from '../api/errors';
import {
  CohortsQuery,
  JoinCohortMutation,
  SetMyCapacityMutation,
} from '../pages/cohorts/cohorts.graphql';
import type { Me } from '../auth/session';
import type { CohortFieldsFragment } from '../gql/graphql';
import { formatCalendarDay } from '../lib/format';
import { apiTranslator } from '../lib/labels';
import { Notice, Spinner } from './fields';
import { useLimits } from '../settings/program-defaults';

// The cohorts a participant is in (with a mentor's places per cohort) and the open ones
// they can still join.
export function CohortMemberships({ me, locale }: { me: Me; locale: string }) {
  const { t } = useTranslation();
  const [result, refetch] = useQuery({ query: CohortsQuery });
  if (result.fetching && !result.data) {
    return <Spinner />;
  }
  if (result.error && !result.data) {
    return <Notice kind="error">{t('errors.network')}</Notice>;
  }
  const cohorts = result.data?.cohorts ?? [];
  const mine = cohorts.filter((c) => c.myMembership);
  const open = cohorts.filter((c) => !c.myMembership && c.status === 'OPEN');
  return (
    <div className="cohort-list">
      {mine.length === 0 && <p className="muted">{t('cohorts.notJoined')}</p>}
      <ul className="plain-list">
        {mine.map((c) => (
          <li key={c.id} className="cohort-item">
            <p>
              <strong>{c.name}</strong> ·{' '}
              <span className={`pill pill-${c.status}`}>{t(`cohortStatus.${c.status}`)}</span>
            </p>
            <p className="muted">
              {t('cohorts.dates', {
                start: formatCalendarDay(c.startsOn, locale),
                end: formatCalendarDay(c.endsOn, locale),
              })}
            </p>
            <p>{t(`cohorts.stateFor.${me.role === 'MENTOR' ? 'MENTOR' : 'MENTEE'}.${c.status}`)}</p>
            {me.role === 'MENTOR' && <CapacityForm cohort={c} />}
          </li>
        ))}
      </ul>
      {open.length > 0 && (
        <>
          <h3>{t('cohorts.openToJoin')}</h3>
          <ul className="plain-list">
            {open.map((c) => (
              <JoinItem
                key={c.id}
                cohort={c}
                me={me}
                locale={locale}
                onJoined={() => refetch({ requestPolicy: 'network-only' })}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function JoinItem({
  cohort,
  me,
  locale,
  onJoined,
}: {
  cohort: CohortFieldsFragment;
  me: Me;
  locale: string;
  onJoined: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { profile: limits } = useLimits();
  const [state, join] = useMutation(JoinCohortMutation);
  const [error, setError] = useState<string | null>(null);
  return (
    <li className="cohort-item">
      <p>
        <strong>{cohort.name}</strong>
      </p>
      <p className="muted">
        {t('cohorts.dates', {
          start: formatCalendarDay(cohort.startsOn, locale),
          end: formatCalendarDay(cohort.endsOn, locale),
        })}
      </p>
      {error && <Notice kind="error">{error}</Notice>}
      <button
        type="button"
        className="btn btn-primary btn-small"
        disabled={state.fetching}
        aria-label={t('cohorts.joinNamed', { name: cohort.name })}
        onClick={() => {
          void join({
            cohortId: cohort.id,
            role: me.role,
            capacity: me.role === 'MENTOR' ? (me.capacity ?? limits.capacityMin) : null,
          }).then((r) => {
            if (r.error) {
              const e = translateApiError(r.error, apiTranslator(i18n));
              setError(e.form ?? Object.values(e.fields)[0] ?? null);
            } else {
              setError(null);
              onJoined();
            }
          });
        }}
      >
        {t('cohorts.join')}
      </button>
    </li>
  );
}

function CapacityForm({ cohort }: { cohort: CohortFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const { profile: limits } = useLimits();
  const [value, setValue] = useState(cohort.myMembership?.capacity ?? limits.capacityMin);
  const [state, save] = useMutation(SetMyCapacityMutation);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const id = `capacity-${cohort.id}`;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ cohortId: cohort.id, capacity: value }).then((r) => {
          if (r.error) {
            const err = translateApiError(r.error, apiTranslator(i18n));
            setMessage({
              kind: 'error',
              text: err.fields.capacity ?? err.form ?? Object.values(err.fields)[0] ?? '',
            });
          } else {
            setMessage({ kind: 'success', text: t('cohorts.capacitySaved') });
          }
        });
      }}
    >
      <label htmlFor={id} className="label">
        {t('cohorts.capacity')}
      </label>
      <div className="input-row">
        <select
          id={id}
          className="input input-short"
          value={value}
          aria-invalid={message?.kind === 'error' ? true : undefined}
          aria-describedby={message ? `${id}-message` : undefined}
          onChange={(e) => setValue(Number(e.target.value))}
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
        <button type="submit" className="btn btn-secondary btn-small" disabled={state.fetching}>
          {t('cohorts.saveCapacity')}
        </button>
      </div>
      {message && (
        <p
          id={`${id}-message`}
          className={message.kind === 'error' ? 'field-error' : 'muted'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
