// The SQL of notifications: the only module that queries the notification table.
import type { EntityManager } from 'typeorm';
import type { KeysetCursor } from '../common/cursor';
import { NotificationEntity, type NotificationKind } from './notification.entity';

export type NewNotice = {
  recipientId: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
};

export type NoticeCounts = { total: number; unread: number };

// Many notices in few statements (a matching run notifies every proposed pair).
export async function insertNotices(
  m: EntityManager,
  notices: readonly NewNotice[],
): Promise<void> {
  for (let i = 0; i < notices.length; i += 1000) {
    const chunk = notices.slice(i, i + 1000);
    await m.query(
      `INSERT INTO notification (recipient_id, kind, payload)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[])`,
      [
        chunk.map((n) => n.recipientId),
        chunk.map((n) => n.kind),
        chunk.map((n) => JSON.stringify(n.payload)),
      ],
    );
  }
}

// A page of one person's notices, newest first, after the cursor.
export function findNoticesPage(
  m: EntityManager,
  recipientId: string,
  pageSize: number,
  after: KeysetCursor | null,
  unreadOnly: boolean,
): Promise<NotificationEntity[]> {
  const qb = m
    .createQueryBuilder(NotificationEntity, 'n')
    .where('n.recipient_id = :me', { me: recipientId })
    .orderBy('n.createdAt', 'DESC')
    .addOrderBy('n.id', 'DESC')
    .take(pageSize);
  if (unreadOnly) {
    qb.andWhere('n.read_at IS NULL');
  }
  if (after) {
    qb.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', after);
  }
  return qb.getMany();
}

export async function countNotices(m: EntityManager, recipientId: string): Promise<NoticeCounts> {
  const rows = await m.query<NoticeCounts[]>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
       FROM notification WHERE recipient_id = $1`,
    [recipientId],
  );
  return rows[0];
}

// Marks the given notices (or all unread) of one recipient as read; returns how many changed.
export async function markNoticesRead(
  m: EntityManager,
  recipientId: string,
  ids: readonly string[] | null,
  now: Date,
): Promise<number> {
  const [rows] = await m.query<[unknown[], number]>(
    `UPDATE notification SET read_at = $2
      WHERE recipient_id = $1 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY ($3::uuid[]))
      RETURNING id`,
    [recipientId, now, ids ? [...ids] : null],
  );
  return rows.length;
}
