import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { translateApiError } from '../../api/errors';
import {
  CohortQuery,
  OpenCohortMutation,
  SetCohortStatusMutation,
  UpdateCohortMutation,
} from './cohorts.graphql';
import { Notice, Spinner } from '../../components/fields';
import { Page } from '../../components/Layout';
import { CheckIns } from '../../components/lead/CheckIns';
import { CohortSettingsForm } from '../../components/lead/CohortSettingsForm';
import { valuesFromCohort } from '../../lib/cohort-model';
import { RequireDefaults } from '../../settings/program-defaults';
import { MatchesTable } from '../../components/lead/MatchesTable';
import { MatchingPanel } from '../../components/lead/MatchingPanel';
import type { CohortStatus } from '../../gql/graphql';
import { ConfirmPanel } from '../../components/ConfirmPanel';
import { formatCalendarDay } from '../../lib/format';
import { apiTranslator } from '../../lib/labels';
import { useLocale } from '../../lib/use-locale';

const NEXT: Record<CohortStatus, CohortStatus[]> = {
  DRAFT: ['OPEN', 'CLOSED'],
  OPEN: ['MATCHING', 'CLOSED'],
  MATCHING: ['OPEN', 'ACTIVE'],
  ACTIVE: ['CLOSED'],
  CLOSED: [],
};

// Opening a draft to sign-ups is what the lead set it up for; every other move changes what
// people can do (joining stops, the program starts, the cohort ends) and is confirmed.
const needsConfirmation = (from: CohortStatus, to: CohortStatus) =>
  !(from === 'DRAFT' && to === 'OPEN');

// Dates and times in the lead's own zone (their profile's), not the browser's.
export function CohortPage({ zone }: { zone: string }) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [result, refetch] = useQuery({ query: CohortQuery, variables: { id } });
  const [, update] = useMutation(UpdateCohortMutation);
  const [, open] = useMutation(OpenCohortMutation);
  const [, setStatus] = useMutation(SetCohortStatusMutation);
  const [statusError, setStatusError] = useState<string | null>(null);
  // A move that cannot be taken back waits for the lead's "yes".
  const [confirming, setConfirming] = useState<CohortStatus | null>(null);
  const [matchesVersion, setMatchesVersion] = useState(0);
  const cohort = result.data?.cohort;
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    setMatchesVersion((v) => v + 1);
  };

  if (!cohort) {
    return result.error ? (
      <Page title={t('errors.loadFailed')}>
        <Notice kind="error">{translateApiError(result.error, apiTranslator(i18n)).form}</Notice>
      </Page>
    ) : (
      <Spinner />
    );
  }

  const move = (status: CohortStatus) => {
    setStatusError(null);
    const run =
      status === 'OPEN' && cohort.status === 'DRAFT'
        ? open({ cohortId: cohort.id })
        : setStatus({ cohortId: cohort.id, status });
    void run.then((r) => {
      if (r.error) {
        setStatusError(translateApiError(r.error, apiTranslator(i18n)).form);
      } else {
        reload();
      }
    });
  };

  return (
    <Page title={cohort.name} width="wide">
      <p className="aside-line">
        <Link to="/cohorts">{t('lead.backToCohorts')}</Link> ·{' '}
        <Link to={`/cohorts/${cohort.id}/report`}>{t('lead.readReport')}</Link>
      </p>
      {created && <Notice kind="success">{t('lead.created')}</Notice>}
      <section className="card section-block" aria-labelledby="status-title">
        <h2 id="status-title">{t('lead.statusTitle')}</h2>
        <p>
          <span className={`pill pill-${cohort.status}`}>{t(`cohortStatus.${cohort.status}`)}</span>{' '}
          {t(`lead.statusHelp.${cohort.status}`)}
        </p>
        <p className="muted">
          {t('cohorts.dates', {
            start: formatCalendarDay(cohort.startsOn, locale),
            end: formatCalendarDay(cohort.endsOn, locale),
          })}{' '}
          ·{' '}
          {[
            t('lead.menteeCount', { count: cohort.counts.mentees }),
            t('lead.mentorCount', { count: cohort.counts.mentors }),
            t('lead.placeCount', { count: cohort.counts.capacity }),
          ].join(', ')}
        </p>
        {cohort.status === 'OPEN' && (
          <div className="invite">
            <p>{t('lead.inviteIntro')}</p>
            <ul className="plain-list">
              <li>
                {t('lead.inviteMentees')}{' '}
                <code>{`${window.location.origin}/signup?cohort=${cohort.id}`}</code>
              </li>
              <li>
                {t('lead.inviteMentors')}{' '}
                <code>{`${window.location.origin}/signup?role=mentor&cohort=${cohort.id}`}</code>
              </li>
            </ul>
          </div>
        )}
        {statusError && <Notice kind="error">{statusError}</Notice>}
        {confirming ? (
          <ConfirmPanel
            question={t('lead.confirmMove.question', { action: t(`lead.moveTo.${confirming}`) })}
            consequence={t(`lead.confirmMove.${confirming === 'OPEN' ? 'REOPEN' : confirming}`)}
            confirmLabel={t('lead.confirmMove.yes', { action: t(`lead.moveTo.${confirming}`) })}
            cancelLabel={t('lead.confirmMove.no')}
            danger={confirming === 'CLOSED'}
            onConfirm={() => {
              move(confirming);
              setConfirming(null);
            }}
            onCancel={() => setConfirming(null)}
          />
        ) : (
          <div className="form-actions">
            {NEXT[cohort.status].map((s) => (
              <button
                key={s}
                type="button"
                className={s === 'CLOSED' ? 'btn btn-secondary' : 'btn btn-primary'}
                onClick={() => (needsConfirmation(cohort.status, s) ? setConfirming(s) : move(s))}
              >
                {t(`lead.moveTo.${s}`)}
              </button>
            ))}
          </div>
        )}
      </section>
      {(cohort.status === 'OPEN' || cohort.status === 'MATCHING') && (
        <RequireDefaults>
          <MatchingPanel cohort={cohort} zone={zone} locale={locale} onPublished={reload} />
        </RequireDefaults>
      )}
      <MatchesTable key={matchesVersion} cohortId={cohort.id} zone={zone} locale={locale} />
      <CheckIns cohortId={cohort.id} />
      <section className="card section-block" aria-labelledby="settings-title">
        <h2 id="settings-title">{t('lead.settingsTitle')}</h2>
        <RequireDefaults>
          <CohortSettingsForm
            key={cohort.id}
            idPrefix="cohort"
            initial={valuesFromCohort(cohort)}
            equityFixed={cohort.status !== 'DRAFT'}
            submitLabel={t('lead.saveSettings')}
            onSubmit={async (input) => {
              const r = await update({ cohortId: cohort.id, input });
              return r.error ?? null;
            }}
          />
        </RequireDefaults>
      </section>
    </Page>
  );
}
