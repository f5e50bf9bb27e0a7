import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  toConnection,
  type Connection,
} from '../common/graphql/connection';
import { NotificationEntity, type NotificationKind } from './notification.entity';

export type Notice = {
  recipientId: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
};

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Written in the caller's transaction: the event and its notices land together or not at all.
  async send(m: EntityManager, notices: Notice[]): Promise<void> {
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

  async leadIds(m: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM participant WHERE role = 'LEAD'`);
    return rows.map((r) => r.id);
  }

  async list(
    viewer: AuthUser,
    first: number | undefined,
    after: string | undefined,
    unreadOnly: boolean,
  ): Promise<Connection<NotificationEntity> & { unreadCount: number }> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const repo = this.dataSource.getRepository(NotificationEntity);
    const qb = repo
      .createQueryBuilder('n')
      .where('n.recipient_id = :me', { me: viewer.id })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(pageSize + 1);
    if (unreadOnly) {
      qb.andWhere('n.read_at IS NULL');
    }
    if (after) {
      const c = decodeCursor(after);
      qb.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', c);
    }
    const [rows, counts] = await Promise.all([
      qb.getMany(),
      this.dataSource.query<{ total: number; unread: number }[]>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
           FROM notification WHERE recipient_id = $1`,
        [viewer.id],
      ),
    ]);
    const total = unreadOnly ? counts[0].unread : counts[0].total;
    return {
      ...toConnection(
        rows,
        pageSize,
        total,
        (n) => ({ at: n.createdAt.toISOString(), id: n.id }),
        !!after,
      ),
      unreadCount: counts[0].unread,
    };
  }

  // Marks the given notices (or all) as read; only the viewer's own are touched.
  async markRead(viewer: AuthUser, ids: string[] | null, now: Date): Promise<number> {
    const [rows] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE notification SET read_at = $2
        WHERE recipient_id = $1 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY ($3::uuid[]))
        RETURNING id`,
      [viewer.id, now, ids],
    );
    return rows.length;
  }
}
