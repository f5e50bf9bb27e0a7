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
import { findIdsByRole } from '../participants/participants.repository';
import type { NotificationEntity } from './notification.entity';
import {
  countNotices,
  findNoticesPage,
  insertNotices,
  markNoticesRead,
  type NewNotice,
} from './notifications.repository';

export type Notice = NewNotice;

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Written in the caller's transaction: the event and its notices land together or not at all.
  async send(m: EntityManager, notices: Notice[]): Promise<void> {
    await insertNotices(m, notices);
  }

  leadIds(m: EntityManager): Promise<string[]> {
    return findIdsByRole(m, 'LEAD');
  }

  async list(
    viewer: AuthUser,
    first: number | undefined,
    after: string | undefined,
    unreadOnly: boolean,
  ): Promise<Connection<NotificationEntity> & { unreadCount: number }> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const m = this.dataSource.manager;
    const [rows, counts] = await Promise.all([
      findNoticesPage(m, viewer.id, pageSize + 1, after ? decodeCursor(after) : null, unreadOnly),
      countNotices(m, viewer.id),
    ]);
    return {
      ...toConnection(
        rows,
        pageSize,
        unreadOnly ? counts.unread : counts.total,
        (n) => ({ at: n.createdAt.toISOString(), id: n.id }),
        !!after,
      ),
      unreadCount: counts.unread,
    };
  }

  // Only the viewer's own notices are touched.
  markRead(viewer: AuthUser, ids: string[] | null, now: Date): Promise<number> {
    return markNoticesRead(this.dataSource.manager, viewer.id, ids, now);
  }
}
