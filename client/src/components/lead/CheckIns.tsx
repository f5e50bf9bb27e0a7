import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CohortCheckInsQuery } from '../../pages/report/report.graphql';
import { Spinner } from '../fields';

// Pairs that never met three weeks after accepting, or went quiet for a month.
export function CheckIns({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const [result] = useQuery({
    query: CohortCheckInsQuery,
    variables: { cohortId },
    requestPolicy: 'cache-and-network',
  });
  const activity = result.data?.cohortReport.activity;
  return (
    <section className="card section-block" aria-labelledby="checkins-title">
      <h2 id="checkins-title">{t('lead.checkInsTitle')}</h2>
      {!activity && result.fetching && <Spinner />}
      {activity && activity.checkIns.length === 0 && (
        <p className="muted">{t('lead.noCheckIns')}</p>
      )}
      {activity && activity.checkIns.length > 0 && (
        <ul className="plain-list">
          {activity.checkIns.map((c) => (
            <li key={c.match.id}>
              <strong>
                {c.match.mentor.displayName} · {c.match.mentee.displayName}
              </strong>
              {' — '}
              {t(`lead.checkInReason.${c.reason === 'SILENT' ? 'SILENT' : 'NEVER_MET'}`, {
                count: c.daysSince,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
