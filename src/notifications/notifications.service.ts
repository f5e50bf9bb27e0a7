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
import { findIdsByRole, findParticipantsByIds } from '../participants/participants.repository';
import { ANSWERED_PROPOSAL_KINDS, visiblePeople } from './notice-subject';
import type { NotificationEntity } from './notification.entity';
import {
  countNotices,
  findNoticeContexts,
  findNoticesPage,
  insertNotices,
  markNoticesRead,
  markProposalNoticesRead,
  type NewNotice,
} from './notifications.repository';

// A notice as its reader sees it: which cohort, and the names of the people it is about
// that the reader may know (notice-subject.ts).
export type ReadNotice = NotificationEntity & { cohortName: string | null; people: string[] };

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
  ): Promise<Connection<ReadNotice> & { unreadCount: number }> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const m = this.dataSource.manager;
    const [page, counts] = await Promise.all([
      findNoticesPage(m, viewer.id, pageSize + 1, after ? decodeCursor(after) : null, unreadOnly),
      countNotices(m, viewer.id),
    ]);
    const rows = await this.withSubjects(m, viewer, page);
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

  private async withSubjects(
    m: EntityManager,
    viewer: AuthUser,
    rows: NotificationEntity[],
  ): Promise<ReadNotice[]> {
    const contexts = new Map(
      (
        await findNoticeContexts(
          m,
          rows.map((r) => r.id),
        )
      ).map((c) => [c.id, c]),
    );
    const shown = new Map(
      rows.map((r) => {
        const c = contexts.get(r.id);
        const ids = c
          ? visiblePeople(r.kind, { mentorId: c.mentorId, menteeId: c.menteeId }, viewer)
          : [];
        return [r.id, ids] as const;
      }),
    );
    const ids = [...new Set([...shown.values()].flat())];
    const names = new Map(
      (ids.length ? await findParticipantsByIds(m, ids) : []).map((p) => [p.id, p.displayName]),
    );
    return rows.map((r) => ({
      ...r,
      cohortName: contexts.get(r.id)?.cohortName ?? null,
      people: (shown.get(r.id) ?? []).flatMap((id) => names.get(id) ?? []),
    }));
  }

  // In the caller's transaction: a mentor's notices asking for an answer to this proposal
  // are read once it is answered.
  async proposalAnswered(m: EntityManager, mentorId: string, matchId: string, now: Date) {
    await markProposalNoticesRead(m, mentorId, matchId, ANSWERED_PROPOSAL_KINDS, now);
  }

  // Only the viewer's own notices are touched.
  markRead(viewer: AuthUser, ids: string[] | null, now: Date): Promise<number> {
    return markNoticesRead(this.dataSource.manager, viewer.id, ids, now);
  }
}
