import { ConfirmPanel } from '../ConfirmPanel';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { translateApiError } from '../../api/errors';
import {
  AddPairRuleMutation,
  MatchRunsQuery,
  MoreProposalsMutation,
  MoreUnmatchedMutation,
  RunMatchingMutation,
} from '../../pages/cohorts/matching.graphql';
import type {
  CohortFieldsFragment,
  MatchRunFieldsFragment,
  PairRuleKind,
  ProposalPageFieldsFragment,
  UnmatchedPageFieldsFragment,
} from '../../gql/graphql';
import { formatDateTimeIn, formatNumber } from '../../lib/format';
import { apiTranslator } from '../../lib/labels';
import { Notice } from '../fields';
import { pickWeights, WEIGHT_KEYS, type WeightValues } from '../../lib/cohort-model';
import { WeightsFields } from './CohortSettingsForm';
import { PAIR_RULES_CONTEXT, PairRules } from './PairRules';
import { PinMentee } from './PinMentee';

// Each dry run remembers the pair rules it saw: after a change it can no longer be published
// as shown. Its pairs and unmatched mentees arrive 50 at a time; "show more" appends pages.
type Pair = ProposalPageFieldsFragment['edges'][number]['node'];
type Unmatched = UnmatchedPageFieldsFragment['edges'][number]['node'];
type Run = MatchRunFieldsFragment & {
  key: number;
  rulesVersion: number;
  pairs: Pair[];
  pairsAfter: string | null;
  unmatchedList: Unmatched[];
  unmatchedAfter: string | null;
};

const nextCursor = (page: { pageInfo: { hasNextPage: boolean; endCursor: string | null } }) =>
  page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;

const asRun = (result: MatchRunFieldsFragment, rulesVersion: number): Run => ({
  ...result,
  key: Date.now(),
  rulesVersion,
  pairs: result.proposalsPage.edges.map((e) => e.node),
  pairsAfter: nextCursor(result.proposalsPage),
  unmatchedList: result.unmatchedPage.edges.map((e) => e.node),
  unmatchedAfter: nextCursor(result.unmatchedPage),
});

const score = (value: number | null | undefined, locale: string) =>
  value === null || value === undefined ? '—' : formatNumber(value / 10, locale);

// Dry runs side by side (matched count, average score, unmatched by reason), then publish.
export function MatchingPanel({
  cohort,
  zone,
  locale,
  onPublished,
}: {
  cohort: CohortFieldsFragment;
  zone: string;
  locale: string;
  onPublished: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [weights, setWeights] = useState<WeightValues>(pickWeights(cohort.weights));
  const [runs, setRuns] = useState<Run[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [published, setPublished] = useState<MatchRunFieldsFragment | null>(null);
  const [state, runMatching] = useMutation(RunMatchingMutation);
  const [ruleState, addRule] = useMutation(AddPairRuleMutation);
  const [moreState, morePairs] = useMutation(MoreProposalsMutation);
  const [, moreUnmatched] = useMutation(MoreUnmatchedMutation);
  const [rulesVersion, setRulesVersion] = useState(0);
  // The dry run (by its place) whose publishing waits for the lead's "yes".
  const [confirmingRun, setConfirmingRun] = useState<number | null>(null);
  const rulesChanged = () => setRulesVersion((v) => v + 1);
  const [saved, refetchSaved] = useQuery({
    query: MatchRunsQuery,
    variables: { cohortId: cohort.id },
  });

  const run = (dryRun: boolean, w: WeightValues) => {
    setError(null);
    void runMatching({ cohortId: cohort.id, dryRun, weights: pickWeights(w) }).then((r) => {
      if (r.error || !r.data) {
        const err = r.error ? translateApiError(r.error, apiTranslator(i18n)) : null;
        setError(err ? (err.form ?? Object.values(err.fields).join(' ')) : null);
        return;
      }
      const result = r.data.runMatching;
      if (dryRun) {
        setRuns((prev) => [...prev.slice(-2), asRun(result, rulesVersion)]);
      } else {
        setPublished(result);
        setRuns([]);
        refetchSaved({ requestPolicy: 'network-only' });
        onPublished();
      }
    });
  };

  const showError = (e: Parameters<typeof translateApiError>[0]) => {
    const err = translateApiError(e, apiTranslator(i18n));
    setError(err.form ?? Object.values(err.fields).join(' '));
  };
  const update = (key: number, change: (r: Run) => Run) =>
    setRuns((prev) => prev.map((r) => (r.key === key ? change(r) : r)));

  const showMore = (r: Run, what: 'pairs' | 'unmatched') => {
    setError(null);
    const variables = { cohortId: cohort.id, weights: pickWeights(r.weights) };
    if (what === 'pairs' && r.pairsAfter) {
      void morePairs({ ...variables, after: r.pairsAfter }).then((res) => {
        if (res.error || !res.data) {
          return res.error && showError(res.error);
        }
        const page = res.data.runMatching.proposalsPage;
        update(r.key, (x) => ({
          ...x,
          pairs: [...x.pairs, ...page.edges.map((e) => e.node)],
          pairsAfter: nextCursor(page),
        }));
      });
    } else if (what === 'unmatched' && r.unmatchedAfter) {
      void moreUnmatched({ ...variables, after: r.unmatchedAfter }).then((res) => {
        if (res.error || !res.data) {
          return res.error && showError(res.error);
        }
        const page = res.data.runMatching.unmatchedPage;
        update(r.key, (x) => ({
          ...x,
          unmatchedList: [...x.unmatchedList, ...page.edges.map((e) => e.node)],
          unmatchedAfter: nextCursor(page),
        }));
      });
    }
  };

  const rule = (kind: PairRuleKind, mentorId: string, menteeId: string) => {
    setError(null);
    void addRule({ cohortId: cohort.id, mentorId, menteeId, kind }, PAIR_RULES_CONTEXT).then(
      (r) => {
        if (r.error) {
          const err = translateApiError(r.error, apiTranslator(i18n));
          setError(err.form ?? Object.values(err.fields).join(' '));
        } else {
          rulesChanged();
        }
      },
    );
  };

  return (
    <section className="card section-block" aria-labelledby="matching-title">
      <h2 id="matching-title">{t('matching.title')}</h2>
      <p>{t('matching.intro')}</p>
      <WeightsFields idPrefix="run" weights={weights} onChange={setWeights} equityFixed />
      <PairRules cohortId={cohort.id} onChange={rulesChanged} />
      {error && <Notice kind="error">{error}</Notice>}
      {published && (
        <Notice kind="success">{t('matching.published', { count: published.matchedCount })}</Notice>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={state.fetching}
          onClick={() => run(true, weights)}
        >
          {t('matching.dryRun')}
        </button>
      </div>
      {runs.length > 0 && (
        <div className="runs" aria-live="polite">
          {runs.map((r, i) => {
            const headingId = `run-${r.key}`;
            return (
              <article key={r.key} className="run" aria-labelledby={headingId}>
                <h3 id={headingId}>{t('matching.runTitle', { n: i + 1 })}</h3>
                <dl className="run-stats">
                  <div>
                    <dt>{t('matching.matched')}</dt>
                    <dd>
                      {t('matching.matchedOf', { matched: r.matchedCount, total: r.menteeCount })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('matching.averageScore')}</dt>
                    <dd>{score(r.averageScore, locale)}</dd>
                  </div>
                  <div>
                    <dt>{t('matching.unmatched')}</dt>
                    <dd>
                      {r.unmatchedCount === 0 ? (
                        t('matching.noneUnmatched')
                      ) : (
                        <ul className="plain-list">
                          {r.unmatchedReasons.map(({ reason, count: n }) => (
                            <li key={reason}>
                              {t(`unmatchedReason.${reason as 'NO_SHARED_LANGUAGE'}`, {
                                defaultValue: reason,
                              })}
                              : {n}
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('matching.weightsUsed')}</dt>
                    <dd>
                      {WEIGHT_KEYS.map((k) => `${t(`matches.part.${k}`)} ${r.weights[k]}`).join(
                        ' · ',
                      )}
                    </dd>
                  </div>
                </dl>
                <details className="details">
                  <summary>{t('matching.pairs', { count: r.proposalsPage.totalCount })}</summary>
                  <ul className="plain-list">
                    {r.pairs.map((p) => {
                      const names = { mentor: p.mentor.displayName, mentee: p.mentee.displayName };
                      return (
                        <li key={`${p.mentor.id}-${p.mentee.id}`} className="run-pair">
                          <span>
                            {t('matching.pair', { ...names, score: score(p.score, locale) })}
                          </span>
                          <span className="run-pair-actions">
                            <button
                              type="button"
                              className="btn btn-quiet btn-small"
                              disabled={ruleState.fetching}
                              aria-label={t('matching.keepTogetherFor', names)}
                              onClick={() => rule('PIN', p.mentor.id, p.mentee.id)}
                            >
                              {t('matching.keepTogether')}
                            </button>
                            <button
                              type="button"
                              className="btn btn-quiet btn-small"
                              disabled={ruleState.fetching}
                              aria-label={t('matching.keepApartFor', names)}
                              onClick={() => rule('EXCLUDE', p.mentor.id, p.mentee.id)}
                            >
                              {t('matching.keepApart')}
                            </button>
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                  {r.pairsAfter && (
                    <button
                      type="button"
                      className="btn btn-quiet btn-small"
                      disabled={moreState.fetching}
                      onClick={() => showMore(r, 'pairs')}
                    >
                      {t('matching.showMore', {
                        shown: r.pairs.length,
                        total: r.proposalsPage.totalCount,
                      })}
                    </button>
                  )}
                </details>
                {r.rulesVersion !== rulesVersion && (
                  <p className="warn-line">{t('matching.staleRun')}</p>
                )}
                {r.unmatchedCount > 0 && (
                  <details className="details">
                    <summary>{t('matching.unmatchedPeople', { count: r.unmatchedCount })}</summary>
                    <ul className="plain-list">
                      {r.unmatchedList.map((u) => (
                        <li key={u.mentee.id}>
                          <strong>{u.mentee.displayName}</strong>:{' '}
                          {u.reasons
                            .map((reason) =>
                              t(`unmatchedReason.${reason as 'NO_SHARED_LANGUAGE'}`, {
                                defaultValue: reason,
                              }),
                            )
                            .join('; ')}{' '}
                          <span className="muted">
                            ({t('matching.compatibleMentors', { count: u.compatibleMentors })})
                          </span>
                          <details className="details">
                            <summary>
                              {t('matching.pinTitle', { mentee: u.mentee.displayName })}
                            </summary>
                            <PinMentee
                              idPrefix={headingId}
                              cohortId={cohort.id}
                              mentee={u.mentee}
                              onPinned={rulesChanged}
                            />
                          </details>
                        </li>
                      ))}
                    </ul>
                    {r.unmatchedAfter && (
                      <button
                        type="button"
                        className="btn btn-quiet btn-small"
                        disabled={moreState.fetching}
                        onClick={() => showMore(r, 'unmatched')}
                      >
                        {t('matching.showMore', {
                          shown: r.unmatchedList.length,
                          total: r.unmatchedCount,
                        })}
                      </button>
                    )}
                  </details>
                )}
                {confirmingRun === i ? (
                  <ConfirmPanel
                    question={t('matching.confirmPublish.question', { n: i + 1 })}
                    consequence={t('matching.confirmPublish.consequence', {
                      count: r.matchedCount,
                      days: cohort.expiryDays,
                    })}
                    confirmLabel={t('matching.confirmPublish.yes')}
                    cancelLabel={t('matching.confirmPublish.no')}
                    busy={state.fetching}
                    onConfirm={() => {
                      setConfirmingRun(null);
                      run(false, r.weights);
                    }}
                    onCancel={() => setConfirmingRun(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="btn btn-primary btn-small"
                    disabled={
                      state.fetching || r.matchedCount === 0 || r.rulesVersion !== rulesVersion
                    }
                    onClick={() => setConfirmingRun(i)}
                  >
                    {t('matching.publish', { n: i + 1 })}
                  </button>
                )}
              </article>
            );
          })}
        </div>
      )}
      {saved.data && saved.data.matchRuns.length > 0 && (
        <>
          <h3>{t('matching.savedRuns')}</h3>
          <ul className="plain-list">
            {saved.data.matchRuns.map((r) => (
              <li key={r.id ?? r.createdAt}>
                {t('matching.savedRun', {
                  when: formatDateTimeIn(new Date(r.createdAt), zone, locale),
                  matched: r.matchedCount,
                  total: r.menteeCount,
                  score: score(r.averageScore, locale),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
