import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

export type SummaryItem = { field: string; label: string; message: string };

// The list of problems at the top of a form; each links to its control.
export const ErrorSummary = forwardRef<
  HTMLDivElement,
  { items: SummaryItem[]; formError?: string | null }
>(function ErrorSummary({ items, formError }, ref) {
  const { t } = useTranslation();
  if (items.length === 0 && !formError) {
    return null;
  }
  const focusField = (field: string) => {
    const target = document.getElementById(field);
    if (!target) {
      return;
    }
    const control =
      target instanceof HTMLFieldSetElement
        ? (target.querySelector<HTMLElement>('input, select, textarea, [tabindex="0"]') ?? target)
        : target;
    target.scrollIntoView({ block: 'center' });
    control.focus({ preventScroll: true });
  };
  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary-title">
        {t('form.errorSummary')}
      </h2>
      {formError && <p className="error-summary-form">{formError}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.field}>
              <a
                href={`#${item.field}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(item.field);
                }}
              >
                {item.label}: {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
