// A searchable time zone picker (ARIA 1.2 combobox with a list box). It starts at the
// device's zone; typing "bogota", "Bogotá" or "Colombia" finds America/Bogota.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeIn, zoneOffset } from '../lib/format';
import {
  browserTimeZone,
  sameZone,
  searchZones,
  zoneIndex,
  type ZoneEntry,
} from '../lib/timezones';
import { describedBy, FieldError } from './fields';

type Props = {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  locale: string;
  error?: string | null;
};

export function TimeZonePicker({ id, value, onChange, locale, error }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [now, setNow] = useState(() => new Date());
  const listRef = useRef<HTMLUListElement>(null);
  const device = useMemo(() => browserTimeZone(), []);

  // The clock beside the zone stays right while the form is open.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  // The index (a few hundred Intl look-ups) is built when the browser is idle, or on first use.
  const [warm, setWarm] = useState(false);
  useEffect(() => {
    const build = () => {
      zoneIndex(locale, new Date());
      setWarm(true);
    };
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(build, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(build, 500);
    return () => clearTimeout(timer);
  }, [locale]);
  const index = useMemo(
    () => (open || warm ? zoneIndex(locale, now) : []),
    [open, warm, locale, now],
  );
  const results = useMemo<ZoneEntry[]>(
    () => (open ? searchZones(index, query) : []),
    [open, index, query],
  );

  useEffect(() => {
    listRef.current
      ?.querySelector(`[data-index="${active}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [active, results]);

  const choose = (entry: ZoneEntry) => {
    onChange(entry.id);
    setOpen(false);
    setQuery('');
  };

  const close = () => {
    setOpen(false);
    setQuery('');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else {
          setActive((a) => Math.min(a + 1, Math.max(results.length - 1, 0)));
        }
        break;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Enter': {
        const entry = results[active];
        if (open) {
          // Enter picks a zone; it must not submit the form.
          e.preventDefault();
          if (entry) {
            choose(entry);
          }
        }
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          close();
        }
        break;
      default:
        break;
    }
  };

  const activeEntry = open ? results[active] : undefined;
  const offset = zoneOffset(value, locale, now);
  const hintId = `${id}-hint`;

  return (
    <div className={`field combobox${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="label">
        {t('form.timezone')}
      </label>
      <p id={hintId} className="hint">
        {t('form.timezoneHint')}
      </p>
      <FieldError id={id} message={error} />
      <div className="combobox-wrap">
        <input
          id={id}
          name={id}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeEntry ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, true, !!error, `${id}-now`)}
          value={open ? query : value}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <ul
          id={listId}
          ref={listRef}
          role="listbox"
          aria-label={t('form.timezone')}
          className="combobox-list"
          hidden={!open || results.length === 0}
        >
          {results.map((entry, i) => (
            <li
              key={entry.id}
              id={`${listId}-${i}`}
              role="option"
              data-index={i}
              aria-selected={i === active}
              className={`combobox-option${i === active ? ' is-active' : ''}`}
              // mousedown keeps the focus in the input, so blur does not close the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(entry)}
            >
              <span className="tz-city">{entry.city}</span>{' '}
              <span className="tz-meta">
                {[entry.region, entry.offset, entry.longName].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p className="sr-only" aria-live="polite">
        {open
          ? results.length === 0
            ? t('form.timezoneNoResults', { query })
            : t('form.timezoneResults', { count: results.length })
          : ''}
      </p>
      <p id={`${id}-now`} className="hint tz-now">
        {t('form.timezoneNow', { time: formatTimeIn(now, value, locale), offset })}
      </p>
      {!sameZone(value, device) && (
        <button type="button" className="btn btn-link" onClick={() => onChange(device)}>
          {t('form.timezoneBrowser')}: {device}
        </button>
      )}
    </div>
  );
}
