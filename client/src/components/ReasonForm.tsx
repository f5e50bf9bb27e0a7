import { useState } from 'react';
import { FieldError } from './fields';

// A short form that asks why (ending a mentorship, cancelling a session): the reason is
// required, and a missing one is said next to the field before anything is sent.
export function ReasonForm({
  id,
  label,
  missing,
  error,
  busy,
  submitLabel,
  cancelLabel,
  onSubmit,
  onInvalid,
  onCancel,
  consequence,
}: {
  id: string;
  label: string;
  /** What will follow once sent, said before the person confirms. */
  consequence?: string;
  /** The message shown when the field is left empty. */
  missing: string;
  /** The field's error, from this form or from the API. */
  error: string | undefined;
  busy: boolean;
  submitLabel: string;
  cancelLabel: string;
  onSubmit: (reason: string) => void;
  onInvalid: (message: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const text = reason.trim();
        if (!text) {
          onInvalid(missing);
          return;
        }
        onSubmit(text);
      }}
    >
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor={id} className="label">
          {label}
        </label>
        {consequence && (
          <p id={`${id}-hint`} className="hint">
            {consequence}
          </p>
        )}
        <FieldError id={id} message={error} />
        <input
          id={id}
          className="input"
          maxLength={500}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [consequence ? `${id}-hint` : '', error ? `${id}-error` : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="btn btn-quiet btn-small" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}
