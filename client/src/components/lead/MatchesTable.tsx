import { nameDetails } from '../../lib/name-details';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CohortMatchesQuery } from '../../pages/cohorts/matching.graphql';
import type { MatchStatus } from '../../gql/graphql';
import { formatDateTimeIn, formatNumber } from '../../lib/format';
import { Notice, Spinner } from '../fields';
import { TableScroll } from '../TableScroll';
import { declineReasonLabel } from '../../lib/labels';

const STATUSES: MatchStatus[] = [
  'PROPOSED',
  'ACCEPTED',
  'DECLINED',
  'EXPIRED',
  'COMPLETED',
  'ENDED',
];

// A cohort's matches with a status filter; each row opens its history.
export function MatchesTable({
  cohortId,
  zone,
  locale,
}: {
  cohortId: string;
  zone: string;
  locale: string;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<MatchStatus | ''>('');
  const [search, setSearch] = useState('');
  const [person, setPerson] = useState('');
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const after = pages[pages.length - 1] ?? null;
  // The name search waits for a pause in typing before it asks the server.
  useEffect(() => {
    const timer = setTimeout(() => {
      setPerson(search.trim());
      setPages([null]);
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);
  const [result] = useQuery({
    query: CohortMatchesQuery,
    variables: { cohortId, status: status || null, person: person || null, first: 50, after },
    requestPolicy: 'cache-and-network',
  });
  const reasonText = (to: MatchStatus, reason: string) => {
    if (to === 'DECLINED') {
      return declineReasonLabel(reason, t);
    }
    if (to === 'EXPIRED' && reason === 'NO_ANSWER') {
      return t('lead.historyNoAnswer');
    }
    if (to === 'PROPOSED' && reason === 'MATCH_RUN') {
      return t('lead.historyMatchRun');
    }
    return reason;
  };
  const data = result.data?.cohortMatches;
  const when = (iso: string | null) => (iso ? formatDateTimeIn(new Date(iso), zone, locale) : '—');
  // People who share a name on this page are told apart (name-details.ts).
  const details = nameDetails(
    (data?.edges ?? []).flatMap(({ node }) => [node.mentor, node.mentee]),
  );

  return (
    <section className="card section-block" aria-labelledby="matches-title">
      <h2 id="matches-title">{t('lead.matchesTitle')}</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor="person-filter" className="label">
            {t('lead.filterPerson')}
          </label>
          <input
            id="person-filter"
            className="input"
            type="search"
            value={search}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="status-filter" className="label">
            {t('lead.filterStatus')}
          </label>
          <select
            id="status-filter"
            className="input input-short"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as MatchStatus | '');
              setPages([null]);
            }}
          >
            <option value="">{t('lead.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`matchStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {result.fetching && !data && <Spinner />}
      {result.error && !data && <Notice kind="error">{t('errors.network')}</Notice>}
      {data && (
        <>
          <p className="muted" role="status">
            {t('lead.matchCount', { count: data.totalCount })}
          </p>
          {data.edges.length > 0 && (
            <TableScroll labelledBy="matches-title">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('roles.MENTOR')}</th>
                    <th scope="col">{t('roles.MENTEE')}</th>
                    <th scope="col">{t('lead.status')}</th>
                    <th scope="col">{t('lead.score')}</th>
                    <th scope="col">{t('lead.proposedAt')}</th>
                    <th scope="col">{t('lead.history')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        <PersonName person={node.mentor} details={details} />
                      </td>
                      <td>
                        <PersonName person={node.mentee} details={details} />
                      </td>
                      <td>
                        <span className={`pill pill-${node.status}`}>
                          {t(`matchStatus.${node.status}`)}
                        </span>
                      </td>
                      <td>{formatNumber(node.score / 10, locale)}</td>
                      <td>{when(node.proposedAt)}</td>
                      <td>
                        <details className="details">
                          <summary>
                            {t('lead.historyCount', { count: node.history.length })}
                          </summary>
                          <ol className="history">
                            {node.history.map((h) => (
                              <li key={h.id}>
                                {when(h.at)}:{' '}
                                {h.from
                                  ? `${t(`matchStatus.${h.from}`)} → ${t(`matchStatus.${h.to}`)}`
                                  : t(`matchStatus.${h.to}`)}
                                {' · '}
                                {h.actor?.displayName ?? t('lead.system')}
                                {h.reason && ` · ${reasonText(h.to, h.reason)}`}
                                {h.note && ` · “${h.note}”`}
                              </li>
                            ))}
                          </ol>
                        </details>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <div className="form-actions">
            {pages.length > 1 && (
              <button
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() => setPages(pages.slice(0, -1))}
              >
                {t('lead.previousPage')}
              </button>
            )}
            {data.pageInfo.hasNextPage && (
              <button
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() => setPages([...pages, data.pageInfo.endCursor])}
              >
                {t('lead.nextPage')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function PersonName({
  person,
  details,
}: {
  person: { id: string; displayName: string };
  details: Map<string, string>;
}) {
  const detail = details.get(person.id);
  return (
    <>
      {person.displayName}
      {detail && <span className="name-detail"> ({detail})</span>}
    </>
  );
}
