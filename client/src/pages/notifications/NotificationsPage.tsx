import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MarkNotificationsReadMutation, NotificationsQuery } from './notifications.graphql';
import type { Me } from '../../auth/session';
import { Notice, Spinner } from '../../components/fields';
import { Page } from '../../components/Layout';
import { formatDateTimeIn, formatInZone } from '../../lib/format';
import { declineReasonLabel } from '../../lib/labels';
import { useLocale } from '../../lib/use-locale';

// Marking read returns a number, which the cache cannot tie to anything: this makes it
// refetch every notification list, the page's and the unread badge's.
const READ_CONTEXT = { additionalTypenames: ['NotificationConnection'] };

const KINDS = [
  'MATCH_PROPOSED',
  'MATCH_ACCEPTED',
  'MATCH_DECLINED',
  'MATCH_EXPIRED',
  'MATCH_ENDED',
  'MATCH_COMPLETED',
  'SESSION_SCHEDULED',
  'SESSION_LOGGED',
  'SESSION_CANCELLED',
  'SESSION_MOVED',
  'SESSION_REMINDER',
  'CHECK_IN_NEEDED',
  'MATCH_STILL_LOOKING',
  'CHECK_IN_NUDGE',
  'MATCH_REMINDER',
  'MAIL_FAILED',
  'MATCH_PARTNER_LEFT',
] as const;
type Kind = (typeof KINDS)[number];

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function NotificationsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [after, setAfter] = useState<string | null>(null);
  const [result] = useQuery({
    query: NotificationsQuery,
    variables: { first: 30, after },
    requestPolicy: 'cache-and-network',
  });
  const [markState, markRead] = useMutation(MarkNotificationsReadMutation);
  const data = result.data?.myNotifications;

  const where = (kind: Kind, payload: Record<string, unknown>) => {
    const cohortId = str(payload.cohortId);
    if (me.role === 'LEAD') {
      return cohortId ? `/cohorts/${cohortId}` : '/cohorts';
    }
    return kind.startsWith('SESSION') ? '/calendar' : '/matches';
  };

  return (
    <Page title={t('notifications.title')} width="normal">
      {result.fetching && !data && <Spinner />}
      {result.error && !data && <Notice kind="error">{t('errors.network')}</Notice>}
      {data && (
        <>
          <div className="page-actions">
            <p className="muted">{t('notifications.unread', { count: data.unreadCount })}</p>
            {data.unreadCount > 0 && (
              <button
                type="button"
                className="btn btn-secondary btn-small"
                disabled={markState.fetching}
                onClick={() => {
                  void markRead({}, READ_CONTEXT);
                }}
              >
                {t('notifications.markAll')}
              </button>
            )}
          </div>
          {data.edges.length === 0 && <p className="muted">{t('notifications.none')}</p>}
          <ul className="notification-list">
            {data.edges.map(({ node }) => {
              const payload = (node.payload ?? {}) as Record<string, unknown>;
              const kind = (KINDS as readonly string[]).includes(node.kind)
                ? (node.kind as Kind)
                : null;
              const startsAt = str(payload.startsAt);
              const text = kind
                ? t(`notifications.kind.${kind}`, {
                    when: startsAt
                      ? formatInZone(new Date(startsAt), me.timezone, locale, {
                          dateStyle: 'full',
                          timeStyle: 'short',
                        })
                      : '',
                    reason:
                      kind === 'MATCH_DECLINED'
                        ? declineReasonLabel(str(payload.reason) ?? '', t)
                        : (str(payload.reason) ?? ''),
                    name: str(payload.recipientName) ?? '—',
                  })
                : node.kind;
              return (
                <li key={node.id} className={`notification${node.readAt ? '' : ' is-unread'}`}>
                  <p>
                    {!node.readAt && <span className="badge">{t('notifications.new')}</span>}{' '}
                    {kind ? <Link to={where(kind, payload)}>{text}</Link> : text}
                  </p>
                  {(node.cohortName || node.people.length > 0) && (
                    <p className="notification-about">
                      {[
                        node.cohortName,
                        node.people.length > 0
                          ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(node.people)
                          : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                  )}
                  <p className="muted">
                    {formatDateTimeIn(new Date(node.createdAt), me.timezone, locale)}
                  </p>
                  {!node.readAt && (
                    <button
                      type="button"
                      className="btn btn-quiet btn-small"
                      aria-label={t('notifications.markOneNamed', { text })}
                      onClick={() => {
                        void markRead({ ids: [node.id] }, READ_CONTEXT);
                      }}
                    >
                      {t('notifications.markOne')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          <div className="form-actions">
            {after && (
              <button type="button" className="btn btn-secondary" onClick={() => setAfter(null)}>
                {t('notifications.newest')}
              </button>
            )}
            {data.pageInfo.hasNextPage && (
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => setAfter(data.pageInfo.endCursor)}
              >
                {t('notifications.older')}
              </button>
            )}
          </div>
        </>
      )}
    </Page>
  );
}
