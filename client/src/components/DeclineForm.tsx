import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASONS } from '../lib/labels';
import { FieldError, Fieldset } from './fields';

export type DeclineAnswer = { reason: string; note: string | null };

// Declining a proposal: one of the API's reasons, and a note that "Another reason" needs
// (the same rule the API applies). Used on the matches page and on the answer-link page.
export function DeclineForm({
  id,
  errors,
  busy,
  cancelLabel,
  onSubmit,
  onInvalid,
  onCancel,
}: {
  // Makes the controls' ids unique on a page with several proposals.
  id: string;
  // Field errors ("reason", "note"), from this form or from the API.
  errors: Record<string, string>;
  busy: boolean;
  cancelLabel: string;
  onSubmit: (answer: DeclineAnswer) => void;
  onInvalid: (fields: Record<string, string>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const reasonId = `reason-${id}`;
  const noteId = `note-${id}`;

  // A refused answer takes the focus to the first control to fix.
  useEffect(() => {
    const first = errors.reason ? reasonId : errors.note ? noteId : null;
    if (first) {
      document.getElementById(first)?.focus();
    }
  }, [errors, reasonId, noteId]);

  return (
    <form
      className="decline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const local: Record<string, string> = {};
        if (!reason) {
          local.reason = t('errors.field.declineReason');
        }
        if (reason === 'OTHER' && !note.trim()) {
          local.note = t('errors.field.declineNote');
        }
        if (Object.keys(local).length > 0) {
          onInvalid(local);
          return;
        }
        onSubmit({ reason, note: note.trim() || null });
      }}
    >
      <Fieldset id={reasonId} legend={t('matches.declineLegend')} error={errors.reason}>
        <div className="checks">
          {DECLINE_REASONS.map((r) => (
            <label key={r} className="check">
              <input
                type="radio"
                name={reasonId}
                value={r}
                checked={reason === r}
                onChange={() => setReason(r)}
              />{' '}
              {t(`declineReason.${r}`)}
            </label>
          ))}
        </div>
      </Fieldset>
      <div className={`field${errors.note ? ' has-error' : ''}`}>
        <label htmlFor={noteId} className="label">
          {reason === 'OTHER' ? t('matches.noteRequired') : t('matches.noteOptional')}
        </label>
        <FieldError id={noteId} message={errors.note} />
        <textarea
          id={noteId}
          className="input textarea"
          rows={3}
          maxLength={500}
          value={note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? `${noteId}-error` : undefined}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('matches.confirmDecline')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}
