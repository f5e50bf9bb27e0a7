import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { translateApiError } from '../../api/errors';
import { AddPairRuleMutation, CohortMentorsQuery } from '../../pages/cohorts/matching.graphql';
import { apiTranslator } from '../../lib/labels';
import { FieldError } from '../fields';
import { PAIR_RULES_CONTEXT } from './PairRules';

// Keep an unmatched mentee with a mentor of the lead's choice (a PIN rule): find the
// mentor among the cohort's by name, then pin.
export function PinMentee({
  idPrefix,
  cohortId,
  mentee,
  onPinned,
}: {
  /** Unique on the page: the same mentee can be unmatched in several dry runs. */
  idPrefix: string;
  cohortId: string;
  mentee: { id: string; displayName: string };
  onPinned: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [name, setName] = useState('');
  const [mentorId, setMentorId] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setName(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const variables = useMemo(() => ({ cohortId, name: name || null }), [cohortId, name]);
  const [result] = useQuery({ query: CohortMentorsQuery, variables });
  const [state, addRule] = useMutation(AddPairRuleMutation);
  const mentors = result.data?.participants.edges.map((e) => e.node) ?? [];
  const chosen = mentors.some((m) => m.id === mentorId) ? mentorId : (mentors[0]?.id ?? '');
  const id = `${idPrefix}-pin-${mentee.id}`;
  return (
    <form
      className="inline-form pin-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen) {
          setError(t('matching.pinNoMentor'));
          return;
        }
        setError(null);
        void addRule(
          { cohortId, mentorId: chosen, menteeId: mentee.id, kind: 'PIN' },
          PAIR_RULES_CONTEXT,
        ).then((r) => {
          if (r.error) {
            const err = translateApiError(r.error, apiTranslator(i18n));
            setError(err.form ?? Object.values(err.fields).join(' '));
          } else {
            onPinned();
          }
        });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-search`} className="label">
          {t('matching.findMentor')}
        </label>
        <input
          id={`${id}-search`}
          className="input"
          type="search"
          maxLength={100}
          autoComplete="off"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor={id} className="label">
          {t('matching.pinMentor', { mentee: mentee.displayName })}
        </label>
        <FieldError id={id} message={error ?? undefined} />
        <select
          id={id}
          className="input"
          value={chosen}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setMentorId(e.target.value)}
        >
          {mentors.length === 0 && <option value="">{t('matching.noMentorFound')}</option>}
          {mentors.map((m) => (
            <option key={m.id} value={m.id}>
              {m.displayName} ({m.timezone})
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="btn btn-secondary btn-small"
          disabled={state.fetching || !chosen}
        >
          {t('matching.keepTogether')}
        </button>
      </div>
    </form>
  );
}
