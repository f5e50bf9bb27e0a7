import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { translateApiError } from '../../api/errors';
import {
  AddPairRuleMutation,
  MatchRunsQuery,
  RunMatchingMutation,
} from '../../pages/cohorts/matching.graphql';
import type { CohortFieldsFragment, MatchRunFieldsFragment, PairRuleKind } from '../../gql/graphql';
import { formatDateTimeIn, formatNumber } from '../../lib/format';
import { apiTranslator } from '../../lib/labels';
import { Notice } from '../fields';
import { pickWeights, WEIGHT_KEYS, type WeightValues } from '../../lib/cohort-model';
import { WeightsFields } from './CohortSettingsForm';
import { PAIR_RULES_CONTEXT, PairRules } from './PairRules';
import { PinMentee } from './PinMentee';

// Each dry run remembers the pair rules it saw: after a change it can no longer be published
// as shown.
type Run = MatchRunFieldsFragment & { key: number; rulesVersion: number };

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
  const [rulesVersion, setRulesVersion] = useState(0);
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
        setRuns((prev) => [...prev.slice(-2), { ...result, key: Date.now(), rulesVersion }]);
      } else {
        setPublished(result);
        setRuns([]);
        refetchSaved({ requestPolicy: 'network-only' });
        onPublished();
      }
    });
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
            const reasons = new Map<string, number>();
            for (const u of r.unmatched) {
              for (const reason of u.reasons) {
                reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
              }
            }
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
                      {r.unmatched.length === 0 ? (
                        t('matching.noneUnmatched')
                      ) : (
                        <ul className="plain-list">
                          {[...reasons].map(([reason, n]) => (
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
                  <summary>{t('matching.pairs', { count: r.proposals.length })}</summary>
                  <ul className="plain-list">
                    {r.proposals.map((p) => {
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
                </details>
                {r.rulesVersion !== rulesVersion && (
                  <p className="warn-line">{t('matching.staleRun')}</p>
                )}
                {r.unmatched.length > 0 && (
                  <details className="details">
                    <summary>
                      {t('matching.unmatchedPeople', { count: r.unmatched.length })}
                    </summary>
                    <ul className="plain-list">
                      {r.unmatched.map((u) => (
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
                  </details>
                )}
                <button
                  type="button"
                  className="btn btn-primary btn-small"
                  disabled={
                    state.fetching || r.matchedCount === 0 || r.rulesVersion !== rulesVersion
                  }
                  onClick={() => run(false, r.weights)}
                >
                  {t('matching.publish', { n: i + 1 })}
                </button>
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
