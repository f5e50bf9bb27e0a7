import { inTransaction } from '../common/transaction';
import { canReadMatch } from '../common/policy/access-policy';
import { enforce } from '../common/policy/policy-error';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, badInput, conflict, notFound } from '../common/errors/app-error';
import { DEFAULT_PAGE_SIZE, toConnection, type Connection } from '../common/graphql/connection';
import type { Notice } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import { checkDeclineReason, checkTransition, type MatchStatusName } from './match-transitions';
import { MatchEntity, MatchEventEntity } from './match.entity';
import * as repo from './matches.repository';
import { MENTEE_VISIBLE_STATUSES } from '../common/vocabulary';
import type { ScoreWeights } from '../matching/engine/types';

export type EventInput = repo.EventRow;

@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  recordEvents(m: EntityManager, events: EventInput[]): Promise<void> {
    return repo.insertEvents(m, events);
  }

  // The one expiry writer (the background sweep; a run for its own cohort): PROPOSED →
  // EXPIRED for proposals past their time, with history and notices, in one transaction.
  async expireDue(now: Date, cohortId: string | null = null, manager?: EntityManager) {
    const work = async (m: EntityManager) => {
      const expired = await repo.expireDue(m, now, cohortId);
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
          stillLooking(x),
        ];
      });
      await this.notifications.send(m, notices);
      return expired.length;
    };
    return manager ? work(manager) : inTransaction(this.dataSource, work);
  }

  // The background reminder: each unanswered proposal reminds its mentor once, 48 hours
  // before it expires (an email, and a notice in the app).
  async remindDue(now: Date, cohortId: string | null = null): Promise<number> {
    return inTransaction(this.dataSource, async (m) => {
      const due = await repo.markRemindersDue(m, now, cohortId);
      await this.notifications.send(
        m,
        due.map((x) => ({
          recipientId: x.mentorId,
          kind: 'MATCH_REMINDER' as const,
          payload: {
            matchId: x.id,
            cohortId: x.cohortId,
            mentorId: x.mentorId,
            menteeId: x.menteeId,
          },
        })),
      );
      return due.length;
    });
  }

  async accept(actor: AuthUser, matchId: string, now: Date): Promise<MatchEntity> {
    // The proposal already holds one of the mentor's places (capacity.ts): accepting keeps
    // it, so there is nothing to count; the trigger and CHECK on cohort_member.places_held
    // hold the rule in the database.
    return this.move(actor, matchId, 'ACCEPTED', now, (_m, match) => {
      match.respondedAt = now;
      return Promise.resolve({
        notices: [
          {
            recipientId: match.menteeId,
            kind: 'MATCH_ACCEPTED' as const,
            payload: this.payload(match),
          },
        ],
      });
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
        notices: [
          ...leads.map((id) => ({
            recipientId: id,
            kind: 'MATCH_DECLINED' as const,
            payload: { ...this.payload(match), reason: checked.reason },
          })),
          stillLooking(match),
        ],
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
      // ENDED frees the mentor's place, COMPLETED keeps it (capacity.ts): the trigger on
      // match applies the change.
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
    return inTransaction(this.dataSource, async (m) => {
      const locked = await repo.lockMatch(m, matchId);
      // A proposal past its time reads as EXPIRED; the sweep writes it.
      const match = locked && repo.readAsOf(locked, now);
      if (!match) {
        throw notFound('The match', 'MATCH_NOT_FOUND');
      }
      enforce(canReadMatch(actor, match));
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
      await repo.saveMatch(m, match);
      await this.recordEvents(m, [
        { match, from, to, actorId: actor.id, reason: effect.reason, note: effect.note },
      ]);
      await this.notifications.send(m, effect.notices);
      if (to === 'ACCEPTED' || to === 'DECLINED') {
        await this.notifications.proposalAnswered(m, match.mentorId, match.id, now);
      }
      return match;
    });
  }

  async getFor(viewer: AuthUser, matchId: string, now: Date): Promise<MatchEntity> {
    const match = await repo.findMatch(this.dataSource.manager, matchId, now);
    if (!match) {
      throw notFound('The match', 'MATCH_NOT_FOUND');
    }
    enforce(canReadMatch(viewer, match));
    return match;
  }

  // For field resolvers' loaders: matches by id, as they read at `now`.
  byIds(ids: readonly string[], now: Date): Promise<MatchEntity[]> {
    return repo.findMatches(this.dataSource.manager, ids, now);
  }

  // Mentors see every proposal made to them; mentees their accepted and past matches.
  mine(viewer: AuthUser, now: Date): Promise<MatchEntity[]> {
    const m = this.dataSource.manager;
    if (viewer.role === 'MENTOR') {
      return repo.findForMentor(m, viewer.id, now);
    }
    if (viewer.role === 'MENTEE') {
      return repo.findForMentee(m, viewer.id, MENTEE_VISIBLE_STATUSES, now);
    }
    return Promise.resolve([]);
  }

  async cohortMatches(
    cohortId: string,
    filter: { status?: MatchStatusName; person?: string },
    first: number | undefined,
    after: string | undefined,
    now: Date,
  ): Promise<Connection<MatchEntity>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const { rows, total } = await repo.cohortMatchesPage(
      this.dataSource.manager,
      cohortId,
      filter,
      { pageSize, after },
      now,
    );
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
    const runs = await repo.runWeights(this.dataSource.manager, runIds);
    return new Map(runs.map((r) => [r.id, r.weights as ScoreWeights]));
  }

  history(matchIds: readonly string[]): Promise<MatchEventEntity[]> {
    return repo.history(this.dataSource.manager, matchIds);
  }

  async cohortHistory(
    cohortId: string,
    first: number | undefined,
    after: string | undefined,
  ): Promise<Connection<MatchEventEntity>> {
    const pageSize = first ?? DEFAULT_PAGE_SIZE;
    const { rows, total } = await repo.cohortHistoryPage(this.dataSource.manager, cohortId, {
      pageSize,
      after,
    });
    return toConnection(
      rows,
      pageSize,
      total,
      (x) => ({ at: x.createdAt.toISOString(), id: x.id }),
      !!after,
    );
  }
}

// The mentee never saw the proposal (MENTEE_VISIBLE_STATUSES): she hears only that the
// program is still looking, with no mentor, no reason and no match id.
function stillLooking(match: Pick<MatchEntity, 'menteeId' | 'cohortId'>): Notice {
  return {
    recipientId: match.menteeId,
    kind: 'MATCH_STILL_LOOKING',
    payload: { cohortId: match.cohortId },
  };
}
