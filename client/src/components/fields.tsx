// Form building blocks: every control has a visible label, its hint and its error are tied
// to it with aria-describedby, and errors sit right above the control they concern.
import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const describedBy = (id: string, hint: boolean, error: boolean, extra?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null]
    .filter(Boolean)
    .join(' ') || undefined;

export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) {
    return null;
  }
  return (
    <p id={`${id}-error`} className="field-error">
      <ErrorIcon />
      {message}
    </p>
  );
}

// Drawn, not written, so that it never becomes part of a control's name or description.
export function ErrorIcon() {
  return (
    <svg className="field-error-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="10" fill="currentColor" />
      <rect x="8.75" y="4" width="2.5" height="8" rx="1" fill="#fff" />
      <circle cx="10" cy="15" r="1.5" fill="#fff" />
    </svg>
  );
}

export function Optional() {
  const { t } = useTranslation();
  return <span className="optional"> ({t('common.optional')})</span>;
}

type TextFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  after?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id, label, hint, error, optional, after, className, ...input },
  ref,
) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="label">
        {label}
        {optional && <Optional />}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <input
        ref={ref}
        id={id}
        name={id}
        className={`input${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, !!hint, !!error)}
        {...input}
      />
      {after}
    </div>
  );
});

export function Fieldset({
  id,
  legend,
  hint,
  error,
  optional,
  children,
  className,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`fieldset${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy(id, !!hint, !!error)}
    >
      <legend className="legend">
        {legend}
        {optional && <Optional />}
      </legend>
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
      <FieldError id={id} message={error} />
      {children}
    </fieldset>
  );
}

export type ChipOption = { value: string; label: string };

// Checkboxes drawn as chips: a long list stays easy to scan and to tap on a phone.
export function ChipChecklist({
  name,
  options,
  selected,
  onToggle,
}: {
  name: string;
  options: ChipOption[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}) {
  return (
    <div className="chips">
      {options.map((o) => {
        const checked = selected.includes(o.value);
        return (
          <label key={o.value} className={`chip${checked ? ' is-on' : ''}`}>
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={checked}
              onChange={(e) => onToggle(o.value, e.target.checked)}
            />
            <span className="chip-face">
              <span className="chip-tick" aria-hidden="true" />
              {o.label}
            </span>
          </label>
        );
      })}
    </div>
  );
}

export function Notice({
  kind,
  children,
  id,
}: {
  kind: 'success' | 'info' | 'error';
  children: ReactNode;
  id?: string;
}) {
  return (
    <div id={id} className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}
