import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { translateApiError, type FormErrors } from '../api/errors';
import { CompleteMatchMutation, EndMatchMutation } from '../api/program';
import { apiTranslator } from '../lib/labels';
import { FieldError, Notice } from './fields';

// Either person closes an accepted mentorship: completed, or ended early with a reason.
export function MatchClosing({ matchId, onDone }: { matchId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [, complete] = useMutation(CompleteMatchMutation);
  const [endState, end] = useMutation(EndMatchMutation);
  const [ending, setEnding] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, form: null });
  const id = `end-${matchId}`;
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
      {!ending ? (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => void complete({ matchId }).then(settle)}
          >
            {t('matches.complete')}
          </button>
          <button type="button" className="btn btn-quiet btn-small" onClick={() => setEnding(true)}>
            {t('matches.endEarly')}
          </button>
        </div>
      ) : (
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) {
              setErrors({ fields: { reason: t('errors.field.endReason') }, form: null });
              return;
            }
            void end({ matchId, reason: reason.trim() }).then(settle);
          }}
        >
          <div className={`field${errors.fields.reason ? ' has-error' : ''}`}>
            <label htmlFor={id} className="label">
              {t('matches.endReason')}
            </label>
            <FieldError id={id} message={errors.fields.reason} />
            <input
              id={id}
              className="input"
              maxLength={500}
              value={reason}
              aria-invalid={errors.fields.reason ? true : undefined}
              aria-describedby={errors.fields.reason ? `${id}-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="form-actions">
            <button
              type="submit"
              className="btn btn-primary btn-small"
              disabled={endState.fetching}
            >
              {t('matches.confirmEnd')}
            </button>
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() => setEnding(false)}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </details>
  );
}
