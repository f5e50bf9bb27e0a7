import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { Me } from '../auth/session';
import { CohortMemberships } from '../components/CohortMemberships';
import { Notice, Spinner } from '../components/fields';
import { formatInZone } from '../lib/format';
import { leadActions, participantNextStep, type NextStep } from '../lib/next-step';
import { CohortsQuery, LeadCohortsQuery } from './cohorts/cohorts.graphql';
import { MyMatchesQuery } from './matches/matches.graphql';
import { MySessionsQuery } from './sessions/sessions.graphql';

const WHEN: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

// "What happens next" on the home page, from the person's real state (next-step.ts).
export function NextStepCard({ me, locale }: { me: Me; locale: string }) {
  return me.role === 'LEAD' ? (
    <LeadNextSteps />
  ) : (
    <ParticipantNextStep me={me} role={me.role} locale={locale} />
  );
}

function ParticipantNextStep({
  me,
  role,
  locale,
}: {
  me: Me;
  role: 'MENTEE' | 'MENTOR';
  locale: string;
}) {
  const { t } = useTranslation();
  const [cohorts] = useQuery({ query: CohortsQuery, requestPolicy: 'cache-and-network' });
  const [matches] = useQuery({ query: MyMatchesQuery, requestPolicy: 'cache-and-network' });
  const [sessions] = useQuery({ query: MySessionsQuery, requestPolicy: 'cache-and-network' });
  if (!cohorts.data || !matches.data || !sessions.data) {
    return cohorts.error || matches.error || sessions.error ? (
      <Notice kind="error">{t('errors.network')}</Notice>
    ) : (
      <Spinner />
    );
  }
  const step = participantNextStep(
    role,
    cohorts.data.cohorts.map((c) => ({
      id: c.id,
      name: c.name,
      status: c.status,
      member: !!c.myMembership,
    })),
    matches.data.myMatches.map((m) => ({
      id: m.id,
      status: m.status,
      cohortName: m.cohort.name,
      cohortStatus: m.cohort.status,
      expiresAt: String(m.expiresAt),
      respondedAt: m.respondedAt ? String(m.respondedAt) : null,
      otherName: role === 'MENTOR' ? m.mentee.displayName : m.mentor.displayName,
    })),
    sessions.data.mySessions.map((s) => ({
      startsAt: String(s.startsAt),
      status: s.status,
      matchId: s.match.id,
    })),
    new Date(),
  );
  const when = (iso: string) => formatInZone(new Date(iso), me.timezone, locale, WHEN);
  return <StepBody step={step} role={role} when={when} locale={locale} me={me} />;
}

function StepBody({
  step,
  role,
  when,
  locale,
  me,
}: {
  step: NextStep;
  role: 'MENTEE' | 'MENTOR';
  when: (iso: string) => string;
  locale: string;
  me: Me;
}) {
  const { t } = useTranslation();
  const matchesCta = (
    <Link to="/matches" className="btn btn-primary">
      {role === 'MENTOR' ? t('dashboard.mentorCta') : t('dashboard.menteeCta')}
    </Link>
  );
  switch (step.kind) {
    case 'JOIN_OPEN':
      return (
        <>
          <p className="status-line">
            <strong>{t('next.joinTitle')}</strong>
          </p>
          <p>{t(role === 'MENTOR' ? 'next.joinMentor' : 'next.joinMentee')}</p>
          <CohortMemberships me={me} locale={locale} />
        </>
      );
    case 'NONE_OPEN':
      return (
        <>
          <p className="status-line">
            <strong>{t('next.noneOpenTitle')}</strong>
          </p>
          <p>{t('next.noneOpen')}</p>
        </>
      );
    case 'WAITING':
      return (
        <>
          <p className="status-line">
            <strong>{t('next.waitingTitle', { cohort: step.cohortName })}</strong>
          </p>
          <p>
            {t(
              `next.waiting.${role}.${step.cohortStatus === 'DRAFT' ? 'OPEN' : step.cohortStatus === 'CLOSED' ? 'ACTIVE' : step.cohortStatus}`,
              { cohort: step.cohortName },
            )}
          </p>
          {matchesCta}
        </>
      );
    case 'ANSWER':
      return (
        <>
          <p className="status-line">
            <strong>{t('next.answerTitle', { count: step.count })}</strong>
          </p>
          <p>{t('next.answer', { name: step.menteeName, deadline: when(step.deadline) })}</p>
          <Link to="/matches" className="btn btn-primary">
            {t('next.answerCta', { count: step.count })}
          </Link>
        </>
      );
    case 'MATCHED':
      return (
        <>
          <p className="status-line">
            <strong>
              {t(role === 'MENTOR' ? 'next.matchedMentor' : 'next.matchedMentee', {
                count: step.names.length,
                names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(step.names),
              })}
            </strong>
          </p>
          {step.next ? (
            <p>{t('next.nextSession', { when: when(step.next.startsAt), name: step.next.name })}</p>
          ) : (
            <p>{t('next.noSession')}</p>
          )}
          {step.quiet && <Notice kind="info">{t('next.quiet', { name: step.quiet })}</Notice>}
          <div className="form-actions">
            <Link to="/calendar" className="btn btn-primary">
              {step.next ? t('dashboard.sessionsCta') : t('next.bookCta')}
            </Link>
            <Link to="/matches" className="btn btn-secondary">
              {role === 'MENTOR' ? t('dashboard.mentorCta') : t('dashboard.menteeCta')}
            </Link>
          </div>
        </>
      );
    case 'ENDED':
      return (
        <>
          <p className="status-line">
            <strong>{t('next.endedTitle', { cohort: step.cohortName })}</strong>
          </p>
          <p>{t('next.ended')}</p>
        </>
      );
  }
}

function LeadNextSteps() {
  const { t } = useTranslation();
  const [result] = useQuery({ query: LeadCohortsQuery, requestPolicy: 'cache-and-network' });
  if (!result.data) {
    return result.error ? <Notice kind="error">{t('errors.network')}</Notice> : <Spinner />;
  }
  const actions = leadActions(
    result.data.cohorts.map((c) => ({
      id: c.id,
      name: c.name,
      status: c.status,
      mentees: c.counts.mentees,
      mentors: c.counts.mentors,
    })),
  );
  return (
    <>
      <p className="status-line">
        <strong>
          {actions.length > 0 ? t('next.leadTitle', { count: actions.length }) : t('next.leadNone')}
        </strong>
      </p>
      {actions.length > 0 && (
        <ul className="plain-list next-actions">
          {actions.map(({ cohort, action }) => (
            <li key={cohort.id}>
              <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
              {': '}
              {t(`next.lead.${action}`, {
                mentees: t('next.menteeCount', { count: cohort.mentees }),
                mentors: t('next.mentorCount', { count: cohort.mentors }),
              })}
            </li>
          ))}
        </ul>
      )}
      <Link to="/cohorts" className="btn btn-primary">
        {actions.length > 0 ? t('dashboard.leadCta') : t('next.leadCreate')}
      </Link>
    </>
  );
}
