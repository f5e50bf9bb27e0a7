import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Layout';
import { Notice } from '../../components/fields';
import { formatDateTimeIn } from '../../lib/format';
import { browserTimeZone } from '../../lib/timezones';

type Message = {
  id: string;
  subject: string;
  to: string;
  from: string;
  date: string | null;
  language: string | null;
  text: string;
};

type State =
  | { kind: 'loading' }
  | { kind: 'off' }
  | { kind: 'error' }
  | { kind: 'ready'; dir: string; messages: Message[] };

// The development mailbox: every email the server would have sent, newest first. Only a
// server without SMTP_URL, outside production, keeps one (elsewhere /dev/mailbox is 404).
export function DevMailPage() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    fetch('/dev/mailbox', { headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (!live) {
          return;
        }
        if (res.status === 404) {
          setState({ kind: 'off' });
        } else if (!res.ok) {
          setState({ kind: 'error' });
        } else {
          setState({
            kind: 'ready',
            ...((await res.json()) as { dir: string; messages: Message[] }),
          });
        }
      })
      .catch(() => live && setState({ kind: 'error' }));
    return () => {
      live = false;
    };
  }, [reload]);

  const zone = browserTimeZone();
  return (
    <Page title={t('devMail.title')} lead={t('devMail.lead')} width="wide">
      {state.kind === 'loading' && <p aria-live="polite">{t('devMail.loading')}</p>}
      {state.kind === 'off' && <Notice kind="info">{t('devMail.off')}</Notice>}
      {state.kind === 'error' && <Notice kind="error">{t('devMail.error')}</Notice>}
      {state.kind === 'ready' && (
        <>
          <p>
            {t('devMail.folder', { dir: state.dir, count: state.messages.length })}{' '}
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() => setReload((n) => n + 1)}
            >
              {t('devMail.refresh')}
            </button>
          </p>
          {state.messages.length === 0 ? (
            <p>{t('devMail.empty')}</p>
          ) : (
            <ul className="mail-list">
              {state.messages.map((m) => (
                <li key={m.id} className="card">
                  <h2 className="mail-subject" lang={m.language ?? undefined}>
                    {m.subject}
                  </h2>
                  <p className="muted">
                    {t('devMail.meta', {
                      to: m.to,
                      when: m.date ? formatDateTimeIn(new Date(m.date), zone, i18n.language) : '—',
                    })}
                  </p>
                  <details className="details">
                    <summary>{t('devMail.show')}</summary>
                    <pre className="mail-text" lang={m.language ?? undefined}>
                      {m.text}
                    </pre>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
