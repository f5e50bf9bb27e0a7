import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// A wide table scrolls sideways on a phone; the region takes focus so keyboards can scroll
// it. Its name is the table's title plus "scrolls sideways", so that it differs from the
// section the title also names (axe: landmark-unique); at phone width the same words show
// above the table, so that no column is hidden without a hint.
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <>
      <p id={hintId} className="scroll-hint">
        {t('common.scrollHint')}
      </p>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby={`${labelledBy} ${hintId}`}
        tabIndex={0}
      >
        {children}
      </div>
    </>
  );
}
