import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { translateApiError } from '../../api/errors';
import { PairRulesQuery, RemovePairRuleMutation } from '../../pages/cohorts/matching.graphql';
import { apiTranslator } from '../../lib/labels';
import { Notice, Spinner } from '../fields';

// Keeps the lists that hold pair rules in step with the mutations that change them (an
// empty list carries no PairRule for the cache to notice).
export const PAIR_RULES_CONTEXT = { additionalTypenames: ['PairRule'] };

// The lead's pair rules: pairs always proposed together (PIN) or never (EXCLUDE).
export function PairRules({ cohortId, onChange }: { cohortId: string; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const context = useMemo(() => PAIR_RULES_CONTEXT, []);
  const [result] = useQuery({ query: PairRulesQuery, variables: { cohortId }, context });
  const [removing, remove] = useMutation(RemovePairRuleMutation);
  const [error, setError] = useState<string | null>(null);
  const rules = result.data?.cohort.pairRules;
  return (
    <div className="pair-rules">
      <h3 id="rules-title">{t('matching.rulesTitle')}</h3>
      <p className="hint">{t('matching.rulesHelp')}</p>
      {error && <Notice kind="error">{error}</Notice>}
      {!rules && result.fetching && <Spinner />}
      {rules && rules.length === 0 && <p className="muted">{t('matching.noRules')}</p>}
      {rules && rules.length > 0 && (
        <ul className="plain-list" aria-labelledby="rules-title">
          {rules.map((r) => {
            const names = { mentor: r.mentor.displayName, mentee: r.mentee.displayName };
            return (
              <li key={r.id} className="rule">
                <span className={`pill pill-rule-${r.kind}`}>
                  {t(`matching.ruleKind.${r.kind}`)}
                </span>{' '}
                {r.mentor.displayName} · {r.mentee.displayName}{' '}
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  disabled={removing.fetching}
                  aria-label={t('matching.removeRuleFor', names)}
                  onClick={() => {
                    setError(null);
                    void remove({ ruleId: r.id }, PAIR_RULES_CONTEXT).then((res) => {
                      if (res.error) {
                        const e = translateApiError(res.error, apiTranslator(i18n));
                        setError(e.form ?? Object.values(e.fields).join(' '));
                      } else {
                        onChange();
                      }
                    });
                  }}
                >
                  {t('matching.removeRule')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
