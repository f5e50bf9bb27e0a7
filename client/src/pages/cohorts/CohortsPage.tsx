import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { CreateCohortMutation, LeadCohortsQuery } from './cohorts.graphql';
import { Notice, Spinner } from '../../components/fields';
import { Page } from '../../components/Layout';
import { CohortSettingsForm } from '../../components/lead/CohortSettingsForm';
import { defaultCohortValues } from '../../lib/cohort-model';
import { RequireDefaults } from '../../settings/program-defaults';
import { formatCalendarDay } from '../../lib/format';
import { useLocale } from '../../lib/use-locale';
import { TableScroll } from '../../components/TableScroll';

export function CohortsPage({ zone }: { zone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [result] = useQuery({ query: LeadCohortsQuery, requestPolicy: 'cache-and-network' });
  const [, create] = useMutation(CreateCohortMutation);
  const cohorts = [...(result.data?.cohorts ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <Page title={t('lead.cohortsTitle')} lead={t('lead.cohortsLead')} width="wide">
      {result.fetching && !result.data && <Spinner />}
      {result.error && !result.data && <Notice kind="error">{t('errors.network')}</Notice>}
      {result.data && (
        <section className="section-block" aria-labelledby="cohort-list-title">
          <h2 id="cohort-list-title">{t('lead.allCohorts')}</h2>
          {cohorts.length === 0 && <p className="muted">{t('lead.noCohorts')}</p>}
          {cohorts.length > 0 && (
            <TableScroll labelledBy="cohort-list-title">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('cohortForm.name')}</th>
                    <th scope="col">{t('lead.status')}</th>
                    <th scope="col">{t('lead.datesColumn')}</th>
                    <th scope="col">{t('lead.mentees')}</th>
                    <th scope="col">{t('lead.mentors')}</th>
                    <th scope="col">{t('lead.places')}</th>
                  </tr>
                </thead>
                <tbody>
                  {cohorts.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <Link to={`/cohorts/${c.id}`}>{c.name}</Link>
                      </th>
                      <td>
                        <span className={`pill pill-${c.status}`}>
                          {t(`cohortStatus.${c.status}`)}
                        </span>
                      </td>
                      <td>
                        {t('cohorts.dates', {
                          start: formatCalendarDay(c.startsOn, locale, 'medium'),
                          end: formatCalendarDay(c.endsOn, locale, 'medium'),
                        })}
                      </td>
                      <td>{c.counts.mentees}</td>
                      <td>{c.counts.mentors}</td>
                      <td>{c.counts.capacity}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      )}
      <section className="card section-block" aria-labelledby="create-title">
        <h2 id="create-title">{t('lead.createTitle')}</h2>
        <RequireDefaults>
          {(defaults) => (
            <CohortSettingsForm
              idPrefix="new-cohort"
              initial={defaultCohortValues(zone, defaults)}
              submitLabel={t('lead.create')}
              onSubmit={async (input) => {
                const r = await create({ input });
                if (r.error || !r.data) {
                  return r.error ?? null;
                }
                await navigate(`/cohorts/${r.data.createCohort.id}`, { state: { created: true } });
                return null;
              }}
            />
          )}
        </RequireDefaults>
      </section>
    </Page>
  );
}
