import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { translateApiError } from '../../api/errors';
import {
  AcceptMatchMutation,
  DeclineMatchMutation,
  MatchContactQuery,
  MyMatchesQuery,
} from './matches.graphql';
import type { Me } from '../../auth/session';
import { CohortMemberships } from '../../components/CohortMemberships';
import { RequireDefaults } from '../../settings/program-defaults';
import { DeclineForm } from '../../components/DeclineForm';
import { Notice, Spinner } from '../../components/fields';
import { Page } from '../../components/Layout';
import { MatchClosing } from '../../components/MatchClosing';
import { MatchReasons } from '../../components/MatchReasons';
import { PersonCard } from '../../components/PersonCard';
import type { MyMatchesQuery as MyMatchesData } from '../../gql/graphql';
import { formatDateTimeIn } from '../../lib/format';
import { apiTranslator } from '../../lib/labels';
import { useLocale } from '../../lib/use-locale';

type MatchItem = MyMatchesData['myMatches'][number];

export function MatchesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [result, refetch] = useQuery({ query: MyMatchesQuery, requestPolicy: 'cache-and-network' });
  const isMentor = me.role === 'MENTOR';
  const matches = result.data?.myMatches ?? [];
  const proposals = matches.filter((m) => m.status === 'PROPOSED');
  const current = matches.filter((m) => m.status === 'ACCEPTED' || m.status === 'COMPLETED');
  const past = matches.filter((m) => !['PROPOSED', 'ACCEPTED', 'COMPLETED'].includes(m.status));
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <Page
      title={isMentor ? t('matches.mentorTitle') : t('matches.menteeTitle')}
      lead={isMentor ? t('matches.mentorLead') : t('matches.menteeLead')}
      width="wide"
    >
      {result.fetching && !result.data && <Spinner />}
      {result.error && !result.data && <Notice kind="error">{t('errors.network')}</Notice>}
      {result.data && isMentor && (
        <section aria-labelledby="proposals-title" className="section-block">
          <h2 id="proposals-title">{t('matches.proposalsTitle', { count: proposals.length })}</h2>
          {proposals.length === 0 && <p className="muted">{t('matches.noProposals')}</p>}
          {proposals.map((m) => (
            <Proposal key={m.id} match={m} me={me} locale={locale} onDone={reload} />
          ))}
        </section>
      )}
      {result.data && (
        <section aria-labelledby="current-title" className="section-block">
          <h2 id="current-title">
            {isMentor ? t('matches.menteesTitle') : t('matches.yourMentorTitle')}
          </h2>
          {current.length === 0 && (
            <p className="muted">{isMentor ? t('matches.noMentees') : t('matches.waiting')}</p>
          )}
          {current.map((m) => (
            <CurrentMatch key={m.id} match={m} me={me} locale={locale} onChange={reload} />
          ))}
        </section>
      )}
      <section aria-labelledby="cohorts-title" className="section-block card">
        <h2 id="cohorts-title">{t('cohorts.yourCohorts')}</h2>
        <RequireDefaults>
          <CohortMemberships me={me} locale={locale} />
        </RequireDefaults>
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past-title" className="section-block">
          <h2 id="past-title">{t('matches.pastTitle')}</h2>
          <ul className="plain-list">
            {past.map((m) => (
              <li key={m.id}>
                {isMentor ? m.mentee.displayName : m.mentor.displayName} · {m.cohort.name} ·{' '}
                {t(`matchStatus.${m.status}`)}
                {m.declineReason && ` · ${t(`declineReason.${m.declineReason}`)}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}

function sharedLanguages(m: MatchItem): string[] {
  return m.mentor.languages.filter((l) => m.mentee.languages.includes(l));
}

function Proposal({
  match,
  me,
  locale,
  onDone,
}: {
  match: MatchItem;
  me: Me;
  locale: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [acceptState, accept] = useMutation(AcceptMatchMutation);
  const [declineState, decline] = useMutation(DeclineMatchMutation);
  const [declining, setDeclining] = useState(false);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; form: string | null }>({
    fields: {},
    form: null,
  });
  const headingId = `proposal-${match.id}`;
  const showError = (error: Parameters<typeof translateApiError>[0]) =>
    setErrors(translateApiError(error, apiTranslator(i18n)));

  return (
    <article className="card match-card" aria-labelledby={headingId}>
      <p className="eyebrow">{match.cohort.name}</p>
      <h3 id={headingId}>{t('matches.proposalFor', { name: match.mentee.displayName })}</h3>
      {match.expiresAt && (
        <p className="muted">
          {t('matches.expires', {
            when: formatDateTimeIn(new Date(match.expiresAt), me.timezone, locale),
          })}
        </p>
      )}
      <h4>{t('matches.whyTitle')}</h4>
      <MatchReasons
        match={match}
        languages={sharedLanguages(match)}
        side="mentor"
        locale={locale}
      />
      <h4>{t('matches.aboutPerson', { name: match.mentee.displayName })}</h4>
      <PersonCard
        person={match.mentee}
        locale={locale}
        headingId={headingId}
        viewerZone={me.timezone}
      />
      {errors.form && <Notice kind="error">{errors.form}</Notice>}
      {!declining ? (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={acceptState.fetching}
            onClick={() => {
              void accept({ matchId: match.id }).then((r) => {
                if (r.error) {
                  showError(r.error);
                } else {
                  onDone();
                }
              });
            }}
          >
            {t('matches.accept', { name: match.mentee.displayName })}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => setDeclining(true)}>
            {t('matches.decline')}
          </button>
        </div>
      ) : (
        <DeclineForm
          id={match.id}
          errors={errors.fields}
          busy={declineState.fetching}
          cancelLabel={t('common.cancel')}
          onInvalid={(fields) => setErrors({ fields, form: null })}
          onCancel={() => setDeclining(false)}
          onSubmit={({ reason, note }) => {
            void decline({ matchId: match.id, reason, note }).then((r) => {
              if (r.error) {
                showError(r.error);
              } else {
                onDone();
              }
            });
          }}
        />
      )}
    </article>
  );
}

function CurrentMatch({
  match,
  me,
  locale,
  onChange,
}: {
  match: MatchItem;
  me: Me;
  locale: string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const isMentor = me.role === 'MENTOR';
  const other = isMentor ? match.mentee : match.mentor;
  const [contact] = useQuery({ query: MatchContactQuery, variables: { id: match.id } });
  const email = isMentor ? contact.data?.match.mentee.email : contact.data?.match.mentor.email;
  const headingId = `match-${match.id}`;
  return (
    <article className="card match-card" aria-labelledby={headingId}>
      <p className="eyebrow">
        {match.cohort.name} · {t(`matchStatus.${match.status}`)}
      </p>
      <h3 id={headingId}>{other.displayName}</h3>
      {!isMentor && <p>{t('matches.howToReach', { name: other.displayName })}</p>}
      <PersonCard
        person={other}
        email={email}
        locale={locale}
        headingId={headingId}
        viewerZone={me.timezone}
      />
      <h4>{t('matches.whyTitle')}</h4>
      <MatchReasons
        match={match}
        languages={sharedLanguages(match)}
        side={isMentor ? 'mentor' : 'mentee'}
        locale={locale}
      />
      {match.status === 'ACCEPTED' && (
        <>
          <Link to={`/calendar?match=${match.id}`} className="btn btn-secondary">
            {t('matches.schedule', { name: other.displayName })}
          </Link>
          <MatchClosing matchId={match.id} onDone={onChange} />
        </>
      )}
    </article>
  );
}
