import { DateTime } from 'luxon';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { MyMatchesQuery } from '../matches/matches.graphql';
import { MySessionsQuery } from './sessions.graphql';
import type { Me } from '../../auth/session';
import { Notice, Spinner } from '../../components/fields';
import { Page } from '../../components/Layout';
import { ScheduleForm } from '../../components/ScheduleForm';
import { SessionItem } from '../../components/SessionItem';
import type { SessionFieldsFragment } from '../../gql/graphql';
import { formatInZone, formatTimeIn } from '../../lib/format';
import { weekDates } from '../../lib/schedule';
import { useLocale } from '../../lib/use-locale';

export function SessionsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const [sessions, refetchSessions] = useQuery({
    query: MySessionsQuery,
    requestPolicy: 'cache-and-network',
  });
  const [matches] = useQuery({ query: MyMatchesQuery, requestPolicy: 'cache-and-network' });
  const now = new Date();
  const list = sessions.data?.mySessions ?? [];
  const upcoming = list.filter((s) => new Date(s.endsAt) >= now && s.status === 'SCHEDULED');
  const rest = list.filter((s) => !upcoming.includes(s)).reverse();
  const accepted = (matches.data?.myMatches ?? []).filter((m) => m.status === 'ACCEPTED');
  const reload = () => refetchSessions({ requestPolicy: 'network-only' });

  return (
    <Page title={t('sessions.title')} lead={t('sessions.lead', { zone: me.timezone })} width="wide">
      {sessions.fetching && !sessions.data && <Spinner />}
      {sessions.error && !sessions.data && <Notice kind="error">{t('errors.network')}</Notice>}
      <section className="card section-block" aria-labelledby="schedule-title">
        <h2 id="schedule-title">{t('sessions.scheduleTitle')}</h2>
        {matches.data ? (
          <ScheduleForm
            key={accepted.map((m) => m.id).join()}
            me={me}
            matches={accepted}
            initialMatchId={params.get('match')}
            locale={locale}
            onScheduled={reload}
          />
        ) : (
          <Spinner />
        )}
      </section>
      {sessions.data && (
        <>
          <WeekView sessions={list} zone={me.timezone} locale={locale} />
          <section className="section-block" aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">{t('sessions.upcoming')}</h2>
            {upcoming.length === 0 && <p className="muted">{t('sessions.noneUpcoming')}</p>}
            {upcoming.map((s) => (
              <SessionItem
                key={s.id}
                session={s}
                zone={me.timezone}
                locale={locale}
                now={now}
                onChange={reload}
              />
            ))}
          </section>
          {rest.length > 0 && (
            <section className="section-block" aria-labelledby="past-sessions-title">
              <h2 id="past-sessions-title">{t('sessions.past')}</h2>
              {rest.map((s) => (
                <SessionItem
                  key={s.id}
                  session={s}
                  zone={me.timezone}
                  locale={locale}
                  now={now}
                  onChange={reload}
                />
              ))}
            </section>
          )}
        </>
      )}
    </Page>
  );
}

// A week, Monday to Sunday, in the person's own zone.
function WeekView({
  sessions,
  zone,
  locale,
}: {
  sessions: SessionFieldsFragment[];
  zone: string;
  locale: string;
}) {
  const { t } = useTranslation();
  const first = sessions.find((s) => s.status === 'SCHEDULED' && new Date(s.endsAt) >= new Date());
  const [monday, setMonday] = useState(() =>
    DateTime.fromJSDate(first ? new Date(first.startsAt) : new Date(), { zone }).startOf('week'),
  );
  const days = weekDates(monday);
  const byDay = new Map<string, SessionFieldsFragment[]>();
  for (const s of sessions) {
    const day = DateTime.fromISO(s.startsAt, { zone }).toISODate() ?? '';
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  const label = (d: DateTime, opts: Intl.DateTimeFormatOptions) =>
    formatInZone(d.toJSDate(), zone, locale, opts);
  return (
    <section className="card section-block" aria-labelledby="week-title">
      <div className="week-head">
        <h2 id="week-title">
          {t('sessions.weekOf', {
            date: label(monday, { day: 'numeric', month: 'long', year: 'numeric' }),
          })}
        </h2>
        <div className="week-nav">
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => setMonday(monday.minus({ weeks: 1 }))}
          >
            {t('sessions.prevWeek')}
          </button>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => setMonday(DateTime.now().setZone(zone).startOf('week'))}
          >
            {t('sessions.thisWeek')}
          </button>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => setMonday(monday.plus({ weeks: 1 }))}
          >
            {t('sessions.nextWeek')}
          </button>
        </div>
      </div>
      <ol className="week">
        {days.map((day, i) => {
          const date = monday.plus({ days: i });
          const items = byDay.get(day) ?? [];
          return (
            <li key={day} className="week-day">
              <h3 className="week-day-name">
                {label(date, { weekday: 'short', day: 'numeric', month: 'short' })}
              </h3>
              {items.length === 0 ? (
                <p className="muted week-empty">{t('sessions.free')}</p>
              ) : (
                <ul className="week-items">
                  {items.map((s) => (
                    <li key={s.id} className={`week-item week-item-${s.status}`}>
                      <strong>{formatTimeIn(new Date(s.startsAt), zone, locale)}</strong>{' '}
                      {s.otherView?.person.displayName}
                      <span className="week-item-status">{t(`sessionStatus.${s.status}`)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
