import { useTranslation } from 'react-i18next';

export type Bar = { label: string; value: number | null; display: string };

// A bar chart drawn with CSS, written as a table so that screen readers read the figures.
// Suppressed cells (value null, display "<5") show their text and no bar.
export function BarChart({
  id,
  title,
  caption,
  bars,
  max,
}: {
  id: string;
  title: string;
  caption?: string;
  bars: Bar[];
  max?: number;
}) {
  const { t } = useTranslation();
  const top = max ?? Math.max(1, ...bars.map((b) => b.value ?? 0));
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {caption && <p className="hint">{caption}</p>}
      {bars.length === 0 ? (
        <p className="muted">{t('report.noData')}</p>
      ) : (
        <table className="bar-table">
          <thead className="sr-only">
            <tr>
              <th scope="col">{t('report.group')}</th>
              <th scope="col">{t('report.value')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row" className="bar-label">
                  {b.label}
                </th>
                <td className="bar-cell">
                  <span className="bar-track" aria-hidden="true">
                    {b.value !== null && (
                      <span
                        className="bar"
                        style={{ width: `${Math.max(0, Math.min(100, (b.value / top) * 100))}%` }}
                      />
                    )}
                  </span>
                  <span className={`bar-value${b.value === null ? ' is-suppressed' : ''}`}>
                    {b.display}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
