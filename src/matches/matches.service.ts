import { inTransaction } from '../common/transaction';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, badInput, conflict, forbidden, notFound } from '../common/errors/app-error';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  toConnection,
  type Connection,
} from '../common/graphql/connection';
import type { Notice } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import {
  canRead,
  checkDeclineReason,
  checkTransition,
  type MatchStatusName,
} from './match-transitions';
import { MatchEntity, MatchEventEntity, MatchRunEntity } from './match.entity';
import type { ScoreWeights } from '../matching/engine/types';
import { containsPattern } from '../common/sql';

export type EventInput = {
  match: Pick<MatchEntity, 'id' | 'cohortId'>;
  from: MatchStatusName | null;
  to: MatchStatusName;
  actorId: string | null;
  reason?: string | null;
  note?: string | null;
};

@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async recordEvents(m: EntityManager, events: EventInput[]): Promise<void> {
    for (let i = 0; i < events.length; i += 1000) {
      await m.insert(
        MatchEventEntity,
        events.slice(i, i + 1000).map((e) => ({
          matchId: e.match.id,
          cohortId: e.match.cohortId,
          fromStatus: e.from,
          toStatus: e.to,
          actorId: e.actorId,
          reason: e.reason ?? null,
          note: e.note ?? null,
        })),
      );
    }
  }

  // PROPOSED → EXPIRED for every proposal past its time: status, history and notices together.
  async expireDue(now: Date): Promise<number> {
    return inTransaction(this.dataSource, async (m) => {
      type Expired = Pick<MatchEntity, 'id' | 'cohortId' | 'mentorId' | 'menteeId'>;
      const [expired] = await m.query<[Expired[], number]>(
        `UPDATE match SET status = 'EXPIRED', closed_at = $1, updated_at = now()
          WHERE status = 'PROPOSED' AND expires_at <= $1
          RETURNING id, cohort_id AS "cohortId", mentor_id AS "mentorId", mentee_id AS "menteeId"`,
        [now],
      );
      if (expired.length === 0) {
        return 0;
      }
      await this.recordEvents(
        m,
        expired.map((match) => ({
          match,
          from: 'PROPOSED',
          to: 'EXPIRED',
          actorId: null,
          reason: 'NO_ANSWER',
        })),
      );
      const leads = await this.notifications.leadIds(m);
      const notices: Notice[] = expired.flatMap((x) => {
        const payload = {
          matchId: x.id,
          cohortId: x.cohortId,
          mentorId: x.mentorId,
          menteeId: x.menteeId,
        };
        return [
          { recipientId: x.mentorId, kind: 'MATCH_EXPIRED' as const, payload },
          ...leads.map((id) => ({ recipientId: id, kind: 'MATCH_EXPIRED' as const, payload })),
        ];
      });
      await this.notifications.send(m, notices);
      return expired.length;
    });
  }

  async accept(actor: AuthUser, matchId: string, now: Date): Promise<MatchEntity> {
    return this.move(actor, matchId, 'ACCEPTED', now, async (m, match) => {
      // A place is taken only while the mentor has one: a conditional update under the
      // row's lock, backed by the CHECK on cohort_member.accepted_count.
      const taken = await m.query<[unknown[], number]>(
        `UPDATE cohort_member SET accepted_count = accepted_count + 1
          WHERE cohort_id = $1 AND participant_id = $2 AND accepted_count < capacity
          RETURNING id`,
        [match.cohortId, match.mentorId],
      );
      if (taken[1] === 0) {
        throw conflict(
          'You already mentor as many people in this cohort as your capacity allows.',
          'MENTOR_AT_CAPACITY',
        );
      }
      match.respondedAt = now;
      return {
        notices: [
          { recipientId: match.menteeId, kind: 'MATCH_ACCEPTED', payload: this.payload(match) },
        ],
      };
    });
  }

  async decline(
    actor: AuthUser,
    matchId: string,
    reason: string | null | undefined,
    note: string | null | undefined,
    now: Date,
  ) {
    const checked = checkDeclineReason(reason, note);
    if (!checked.ok) {
      throw badInput(checked.field, checked.message, 'INVALID_DECLINE_REASON');
    }
    return this.move(actor, matchId, 'DECLINED', now, async (m, match) => {
      match.respondedAt = now;
      match.closedAt = now;
      match.declineReason = checked.reason;
      match.declineNote = checked.note;
      const leads = await this.notifications.leadIds(m);
      return {
        reason: checked.reason,
        note: checked.note,
        notices: leads.map((id) => ({
          recipientId: id,
          kind: 'MATCH_DECLINED' as const,
          payload: { ...this.payload(match), reason: checked.reason },
        })),
      };
    });
  }

  async finish(
    actor: AuthUser,
    matchId: string,
    to: 'COMPLETED' | 'ENDED',
    reason: string | null | undefined,
    now: Date,
  ) {
    const text = reason?.trim() || null;
    if (to === 'ENDED' && !text) {
      throw badInput('reason', 'say in a few words why the mentorship ends');
    }
    if (text && text.length > 500) {
      throw badInput('reason', 'must be at most 500 characters');
    }
    return this.move(actor, matchId, to, now, async (m, match) => {
      await m.query(
        `UPDATE cohort_member SET accepted_count = accepted_count - 1 WHERE cohort_id = $1 AND participant_id = $2`,
        [match.cohortId, match.mentorId],
      );
      match.closedAt = now;
      match.endReason = text;
      const others = [match.mentorId, match.menteeId].filter((id) => id !== actor.id);
      const leads = to === 'ENDED' ? await this.notifications.leadIds(m) : [];
      const kind = to === 'ENDED' ? ('MATCH_ENDED' as const) : ('MATCH_COMPLETED' as const);
      return {
        reason: text,
        notices: [...others, ...leads.filter((id) => id !== actor.id)].map((id) => ({
          recipientId: id,
          kind,
          payload: { ...this.payload(match), reason: text },
        })),
      };
    });
  }

  private payload(match: MatchEntity) {
    return {
      matchId: match.id,
      cohortId: match.cohortId,
      mentorId: match.mentorId,
      menteeId: match.menteeId,
    };
  }

  // One transition: lock the match, apply the rules, write status, history and notices.
  private async move(
    actor: AuthUser,
    matchId: string,
    to: MatchStatusName,
    now: Date,
    apply: (
      m: EntityManager,
      match: MatchEntity,
    ) => Promise<{ reason?: string | null; note?: string | null; notices: Notice[] }>,
  ): Promise<MatchEntity> {
    await this.expireDue(now);
    return inTransaction(this.dataSource, async (m) => {
      const match = await m.findOne(MatchEntity, {
        where: { id: matchId },
        lock: { mode: 'for_no_key_update' },
      });
      if (!match) {
        throw notFound('The match', 'MATCH_NOT_FOUND');
      }
      if (!canRead(match, actor)) {
        throw forbidden('This match is not yours.', 'NOT_YOUR_MATCH');
      }
      if (match.status === 'EXPIRED' && (to === 'ACCEPTED' || to === 'DECLINED')) {
        throw conflict(
          'This proposal has expired; the lead can propose again.',
          'PROPOSAL_EXPIRED',
        );
      }
      const check = checkTransition(match, to, actor);
      if (!check.ok) {
        throw new AppError(check.code, check.message, { reason: check.reason });
      }
      const from = match.status;
      const effect = await apply(m, match);
      match.status = to;
      await m.save(MatchEntity, match);
      await this.recordEvents(m, [
        { match, from, to, actorId: actor.id, reason: effect.reason, note: effect.note },
      ]);
      await this.notifications.send(m, effect.notices);
      return match;
    });
  }

  async getFor(viewer: AuthUser, matchId: string, now: Date): Promise<MatchEntity> {
    await this.expireDue(now);
    const match = await this.dataSource.getRepository(MatchEntity).findOneBy({ id: matchId });
    if (!match) {
      throw notFound('The match', 'MATCH_NOT_FOUND');
    }
    if (!canRead(match, viewer)) {
      throw forbidden(
        viewer.id === match.menteeId
          ? 'You will see this match once your mentor accepts it.'
          : 'This match is not yours.',
        'NOT_YOUR_MATCH',
      );
    }
    return match;
  }

  // Mentors see every proposal made to them; mentees their accepted and past matches.
  async mine(viewer: AuthUser, now: Date): Promise<MatchEntity[]> {
    await this.expireDue(now);
    const repo = this.dataSource.getRepository(MatchEntity);
    if (viewer.role === 'MENTOR') {
      return repo.find({
        where: { mentorId: viewer.id },
        order: { proposedAt: 'DESC', id: 'ASC' },
      });
    }
    if (viewer.role === 'MENTEE') {
      return repo.find({
        where: { menteeId: viewer.id, status: In(['ACCEPTED', 'COMPLETED', 'ENDED']) },
        order: { proposedAt: 'DESC', id: 'ASC' },
      });
    }
    return [];
  }

  async cohortMatches(
    cohortId: string,
    filter: { status?: MatchStatusName; person?: string },
    first: number | undefined,
    after: string | undefined,
    now: Date,
  ): Promise<Connection<MatchEntity>> {
    await this.expireDue(now);
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const person = filter.person?.trim();
    const base = () => {
      const qb = this.dataSource
        .getRepository(MatchEntity)
        .createQueryBuilder('m')
        .where('m.cohort_id = :cohortId', { cohortId });
      if (filter.status) {
        qb.andWhere('m.status = :status', { status: filter.status });
      }
      if (person) {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM participant p WHERE p.id IN (m.mentor_id, m.mentee_id)
             AND p.display_name ILIKE :person ESCAPE '\\')`,
          { person: containsPattern(person) },
        );
      }
      return qb;
    };
    const page = base()
      .orderBy('m.proposedAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(pageSize + 1);
    if (after) {
      page.andWhere('(m.proposed_at, m.id) > (:at::timestamptz, :id::uuid)', decodeCursor(after));
    }
    const [rows, total] = await Promise.all([page.getMany(), base().getCount()]);
    return toConnection(
      rows,
      pageSize,
      total,
      (x) => ({ at: x.proposedAt.toISOString(), id: x.id }),
      !!after,
    );
  }

  // The weights each run scored its pairs with.
  async runWeights(runIds: readonly string[]): Promise<Map<string, ScoreWeights>> {
    const runs = await this.dataSource
      .getRepository(MatchRunEntity)
      .find({ where: { id: In([...runIds]) }, select: { id: true, weights: true } });
    return new Map(runs.map((r) => [r.id, r.weights as ScoreWeights]));
  }

  history(matchIds: readonly string[]): Promise<MatchEventEntity[]> {
    return this.dataSource
      .getRepository(MatchEventEntity)
      .find({ where: { matchId: In([...matchIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async cohortHistory(
    cohortId: string,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<MatchEventEntity>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const repo = this.dataSource.getRepository(MatchEventEntity);
    const page = repo
      .createQueryBuilder('e')
      .where('e.cohort_id = :cohortId', { cohortId })
      .orderBy('e.createdAt', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(pageSize + 1);
    if (after) {
      page.andWhere('(e.created_at, e.id) > (:at::timestamptz, :id::uuid)', decodeCursor(after));
    }
    const [rows, total] = await Promise.all([page.getMany(), repo.countBy({ cohortId })]);
    return toConnection(
      rows,
      pageSize,
      total,
      (x) => ({ at: x.createdAt.toISOString(), id: x.id }),
      !!after,
    );
  }
}
