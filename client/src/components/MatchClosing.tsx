import { ConfirmPanel } from './ConfirmPanel';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { translateApiError, type FormErrors } from '../api/errors';
import { CompleteMatchMutation, EndMatchMutation } from '../pages/matches/matches.graphql';
import { apiTranslator } from '../lib/labels';
import { Notice } from './fields';
import { ReasonForm } from './ReasonForm';

// Either person closes an accepted mentorship: completed, or ended early with a reason.
export function MatchClosing({ matchId, onDone }: { matchId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [, complete] = useMutation(CompleteMatchMutation);
  const [endState, end] = useMutation(EndMatchMutation);
  const [ending, setEnding] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const settle = (r: { error?: Parameters<typeof translateApiError>[0] }) => {
    if (r.error) {
      setErrors(translateApiError(r.error, apiTranslator(i18n)));
    } else {
      onDone();
    }
  };
  return (
    <details className="details">
      <summary>{t('matches.closeTitle')}</summary>
      {errors.form && <Notice kind="error">{errors.form}</Notice>}
      {completing ? (
        <ConfirmPanel
          question={t('matches.confirmComplete.question')}
          consequence={t('matches.confirmComplete.consequence')}
          confirmLabel={t('matches.confirmComplete.yes')}
          cancelLabel={t('matches.confirmComplete.no')}
          onConfirm={() => {
            setCompleting(false);
            void complete({ matchId }).then(settle);
          }}
          onCancel={() => setCompleting(false)}
        />
      ) : !ending ? (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => setCompleting(true)}
          >
            {t('matches.complete')}
          </button>
          <button type="button" className="btn btn-quiet btn-small" onClick={() => setEnding(true)}>
            {t('matches.endEarly')}
          </button>
        </div>
      ) : (
        <ReasonForm
          id={`end-${matchId}`}
          label={t('matches.endReason')}
          consequence={t('matches.endConsequence')}
          missing={t('errors.field.endReason')}
          error={errors.fields.reason}
          busy={endState.fetching}
          submitLabel={t('matches.confirmEnd')}
          cancelLabel={t('common.cancel')}
          onSubmit={(reason) => void end({ matchId, reason }).then(settle)}
          onInvalid={(message) => setErrors({ fields: { reason: message }, form: null })}
          onCancel={() => setEnding(false)}
        />
      )}
    </details>
  );
}
