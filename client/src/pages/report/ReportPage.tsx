import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { translateApiError } from '../../api/errors';
import { CohortReportQuery } from './report.graphql';
import { BarChart, type Bar } from '../../components/BarChart';
import { DownloadButton } from '../../components/DownloadButton';
import { Notice, Spinner } from '../../components/fields';
import { Page } from '../../components/Layout';
import { formatNumber, formatPercent } from '../../lib/format';
import { apiTranslator } from '../../lib/labels';
import { useLocale } from '../../lib/use-locale';
import { TableScroll } from '../../components/TableScroll';

type Cell = { label: string; display: string; count: number | null };

// The API labels some groups in English words (the CSV's labels); their keys here.
const WORDED_GROUPS: Record<string, string> = {
  'English only': 'report.cell.EN_ONLY',
  'Spanish only': 'report.cell.ES_ONLY',
  Both: 'report.cell.BOTH',
  'under 1 h': 'report.cell.UNDER_1H',
  '1-2 h': 'report.cell.H1_2',
  '2-3 h': 'report.cell.H2_3',
  '3-5 h': 'report.cell.H3_5',
  '5 h or more': 'report.cell.H5_PLUS',
};

function cellLabel(label: string, t: TFunction, exists: (k: string) => boolean): string {
  const worded = WORDED_GROUPS[label];
  if (worded && exists(worded)) {
    return String(t(worded as 'report.cell.BOTH'));
  }
  for (const prefix of ['languages', 'declineReason', 'unmatchedReason']) {
    const key = `${prefix}.${label}`;
    if (exists(key)) {
      return String(t(key as 'languages.EN'));
    }
  }
  return label;
}

// The API names its two equity groups in English; known ones are translated.
function equityGroup(group: string, t: TFunction): string {
  if (group === 'Self-identified underrepresented') {
    return t('report.equityGroup.underrepresented');
  }
  if (group === 'Everyone else') {
    return t('report.equityGroup.rest');
  }
  return group;
}

export function ReportPage() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const [result] = useQuery({
    query: CohortReportQuery,
    variables: { cohortId: id },
    requestPolicy: 'cache-and-network',
  });
  const r = result.data?.cohortReport;
  if (!r) {
    return result.error ? (
      <Page title={t('errors.loadFailed')}>
        <Notice kind="error">{translateApiError(result.error, apiTranslator(i18n)).form}</Notice>
      </Page>
    ) : (
      <Spinner />
    );
  }
  const n = (v: number | null | undefined, digits = 1) =>
    v === null || v === undefined ? '—' : formatNumber(v, locale, digits);
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : formatPercent(v, locale);
  const cells = (list: Cell[], labels = true): Bar[] =>
    list.map((c) => ({
      label: labels ? cellLabel(c.label, t, (k) => i18n.exists(k)) : c.label,
      value: c.count,
      display: c.display,
    }));
  const f = r.funnel;
  const p = r.participation;
  const plain = (label: string, value: number): Bar => ({
    label,
    value,
    display: formatNumber(value, locale, 0),
  });
  const scoreParts = [
    ['language', r.quality.averageLanguage],
    ['availability', r.quality.averageAvailability],
    ['interests', r.quality.averageInterests],
    ['goals', r.quality.averageGoals],
  ] as const;

  return (
    <Page title={t('report.title', { name: r.cohort.name })} width="wide">
      <p className="aside-line">
        <Link to={`/cohorts/${r.cohortId}`}>{t('report.backToCohort')}</Link>
      </p>
      <div className="page-actions">
        <p className="muted">{t('report.suppressionNote')}</p>
        <DownloadButton
          // In the page's language, as the lead reads it.
          url={`/reports/${r.cohortId}.csv?lang=${i18n.language === 'es' ? 'es' : 'en'}`}
          filename={`puente-report-${r.cohortId}.csv`}
          label={t('report.csv')}
          className="btn btn-primary"
        />
      </div>
      <section className="section-block" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('report.summary')}</h2>
        <dl className="stat-grid">
          {[
            [t('report.mentees'), n(r.menteeCount, 0)],
            [t('report.mentors'), n(r.mentorCount, 0)],
            [t('report.matchedMentees'), n(r.matchedMenteeCount, 0)],
            [t('report.completedSessions'), n(r.completedSessionCount, 0)],
            [t('report.averageScore'), r.averageScore === null ? '—' : n(r.averageScore / 10)],
            [t('report.averageRating'), n(r.averageRating)],
            [t('report.mentoringHours'), n(r.activity.mentoringHours)],
            [t('report.completionRate'), pct(r.activity.completionRate)],
          ].map(([label, value]) => (
            <div key={label} className="stat">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="chart-grid">
        <BarChart
          id="funnel"
          title={t('report.funnel')}
          caption={t('report.funnelCaption', { hours: n(f.medianHoursToAnswer) })}
          bars={[
            plain(t('matchStatus.PROPOSED'), f.proposed),
            plain(t('matchStatus.ACCEPTED'), f.accepted),
            plain(t('matchStatus.DECLINED'), f.declined),
            plain(t('matchStatus.EXPIRED'), f.expired),
            plain(t('matchStatus.COMPLETED'), f.completed),
            plain(t('matchStatus.ENDED'), f.ended),
          ]}
        />
        <BarChart
          id="declined"
          title={t('report.declinedByReason')}
          bars={cells(f.declinedByReason)}
        />
        <BarChart
          id="mentee-languages"
          title={t('report.menteesByLanguage')}
          bars={cells(p.menteesByLanguage)}
        />
        <BarChart
          id="mentor-languages"
          title={t('report.mentorsByLanguage')}
          bars={cells(p.mentorsByLanguage)}
        />
        <BarChart
          id="overlap"
          title={t('report.overlap')}
          caption={t('report.overlapCaption')}
          bars={cells(r.quality.overlapDistribution)}
        />
        <BarChart
          id="utilisation"
          title={t('report.utilisation')}
          caption={t('report.utilisationCaption', {
            used: p.capacityUsed,
            offered: p.capacityOffered,
          })}
          max={Math.max(1, p.capacityOffered)}
          bars={[
            plain(t('report.capacityOffered'), p.capacityOffered),
            plain(t('report.capacityUsed'), p.capacityUsed),
            plain(t('report.capacityPending'), p.capacityPending),
          ]}
        />
        <BarChart
          id="mentee-offsets"
          title={t('report.menteesByOffset')}
          bars={cells(p.menteesByOffset, false)}
        />
        <BarChart
          id="mentor-offsets"
          title={t('report.mentorsByOffset')}
          bars={cells(p.mentorsByOffset, false)}
        />
        <BarChart
          id="score-parts"
          title={t('report.scoreParts')}
          max={1}
          bars={scoreParts.map(([k, v]) => ({
            label: t(`matches.part.${k}`),
            value: v,
            display: pct(v),
          }))}
        />
      </div>
      <section className="card section-block" aria-labelledby="equity-title">
        <h2 id="equity-title">{t('report.equity')}</h2>
        <p className="hint">{t('report.equityCaption')}</p>
        <TableScroll labelledBy="equity-title">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('report.group')}</th>
                <th scope="col">{t('report.mentees')}</th>
                <th scope="col">{t('report.matched')}</th>
                <th scope="col">{t('report.matchRate')}</th>
                <th scope="col">{t('report.medianHoursToMatch')}</th>
                <th scope="col">{t('report.averageRating')}</th>
              </tr>
            </thead>
            <tbody>
              {r.equity.map((e) => (
                <tr key={e.group}>
                  <th scope="row">{equityGroup(e.group, t)}</th>
                  <td>{e.mentees}</td>
                  <td>{e.matched}</td>
                  <td>
                    {e.matchRate === null ? (
                      <span className="muted">—</span>
                    ) : (
                      <span className="inline-bar">
                        <span className="bar-track" aria-hidden="true">
                          <span className="bar" style={{ width: `${e.matchRate * 100}%` }} />
                        </span>
                        {pct(e.matchRate)}
                      </span>
                    )}
                  </td>
                  <td>{n(e.medianHoursToMatch)}</td>
                  <td>{n(e.averageRating)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="card section-block" aria-labelledby="activity-title">
        <h2 id="activity-title">{t('report.activity')}</h2>
        <dl className="stat-grid">
          {[
            [t('report.sessionsPerPair'), n(r.activity.sessionsPerPair)],
            [t('report.scheduledSessions'), n(r.activity.scheduledSessionCount, 0)],
            [t('report.cancelledSessions'), n(r.activity.cancelledSessionCount, 0)],
            [t('report.noShowRate'), pct(r.activity.noShowRate)],
            [t('report.pairsNeedingCheckIn'), n(r.activity.pairsNeedingCheckIn, 0)],
          ].map(([label, value]) => (
            <div key={label} className="stat">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {r.quality.unmatched.length > 0 && (
        <section className="card section-block" aria-labelledby="unmatched-title">
          <h2 id="unmatched-title">{t('report.unmatched')}</h2>
          <ul className="plain-list">
            {r.quality.unmatched.map((u) => (
              <li key={`${u.reason}-${u.language}-${u.offsetBand}`}>
                {cellLabel(u.reason, t, (k) => i18n.exists(k))} ·{' '}
                {cellLabel(u.language, t, (k) => i18n.exists(k))} · {u.offsetBand}: {u.count}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
