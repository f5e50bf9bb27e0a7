import { useEffect, useId, useRef } from 'react';

// An inline "are you sure?" for an action that cannot be undone: the question, what will
// follow, and two buttons. Focus moves to the question so that it is read out; cancelling
// returns focus to where the person was (the caller's button).
export function ConfirmPanel({
  question,
  consequence,
  confirmLabel,
  cancelLabel,
  busy = false,
  danger = false,
  onConfirm,
  onCancel,
}: {
  question: string;
  consequence: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    questionRef.current?.focus();
  }, []);
  return (
    <div
      className="confirm-panel"
      role="group"
      aria-labelledby={`${id}-q`}
      aria-describedby={`${id}-c`}
    >
      <p id={`${id}-q`} className="confirm-question" tabIndex={-1} ref={questionRef}>
        <strong>{question}</strong>
      </p>
      <p id={`${id}-c`}>{consequence}</p>
      <div className="form-actions">
        <button
          type="button"
          className={danger ? 'btn btn-danger btn-small' : 'btn btn-primary btn-small'}
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="btn btn-secondary btn-small" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
