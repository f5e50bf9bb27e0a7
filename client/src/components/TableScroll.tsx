import type { ReactNode } from 'react';

// A wide table scrolls sideways on a phone; the region takes focus so keyboards can scroll it.
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
