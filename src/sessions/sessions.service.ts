import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { isUniqueViolation } from '../common/database-errors';
import { AppError, badInput, conflict, notFound } from '../common/errors/app-error';
import { canActOnPair, canReadSession } from '../common/policy/access-policy';
import { enforce } from '../common/policy/policy-error';
import { canonicalTimeZone } from '../matching/engine/time-zone';
import { inTransaction } from '../common/transaction';
import type { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService, type Notice } from '../notifications/notifications.service';
import { ParticipantsService } from '../participants/participants.service';
import { lockParticipants } from '../participants/participants.repository';
import {
  checkDuration,
  checkReschedule,
  checkSessionMove,
  checkTiming,
  checkWithinCohort,
  localToInstant,
  reminderMarkAt,
  type Problem,
  type SessionMove,
} from './session-rules';
import type { FeedbackEntity, SessionEntity } from './session.entity';
import {
  findClash,
  findFeedbackBySessionIds,
  findPairsNeedingCheckIn,
  findSession,
  findSessionsByMatchIds,
  findSessionsOf,
  insertFeedback,
  insertSession,
  lockCheckInFlagging,
  lockSession,
  markSessionRemindersDue,
  moveSession,
  updateSessionStatus,
} from './sessions.repository';
import type { MatchEntity } from '../matches/match.entity';
import {
  findMatchForBooking,
  findMatches,
  markCheckInNotified,
  shareLockMatch,
} from '../matches/matches.repository';
import { findCohort } from '../cohorts/cohorts.repository';

export type ScheduleRequest = {
  matchId: string;
  startsAt: Date;
  durationMinutes: number;
  agenda?: string | null;
  completed?: boolean;
};

const fail = (p: Problem) =>
  new AppError('BAD_USER_INPUT', `${p.field}: ${p.message}`, { field: p.field, reason: p.reason });

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly participants: ParticipantsService,
  ) {}

  async scheduleLocal(
    viewer: AuthUser,
    req: Omit<ScheduleRequest, 'startsAt'> & { localStart: string; timezone?: string | null },
    now: Date,
  ) {
    const startsAt = await this.instantOf(viewer, req.localStart, req.timezone);
    return this.schedule(viewer, { ...req, startsAt }, now);
  }

  // A new time for a booked session, written in the mover's (or the given) zone.
  async rescheduleLocal(
    viewer: AuthUser,
    sessionId: string,
    req: { localStart: string; timezone?: string | null; durationMinutes?: number | null },
    now: Date,
  ) {
    const startsAt = await this.instantOf(viewer, req.localStart, req.timezone);
    return this.reschedule(
      viewer,
      sessionId,
      { startsAt, durationMinutes: req.durationMinutes },
      now,
    );
  }

  // A local date-time in a zone (the viewer's own unless given) as an instant.
  private async instantOf(
    viewer: AuthUser,
    localStart: string,
    timezone: string | null | undefined,
  ): Promise<Date> {
    const zone = timezone
      ? canonicalTimeZone(timezone)
      : (await this.participants.get(viewer.id)).timezone;
    if (!zone) {
      throw badInput('timezone', 'is not a known IANA time zone');
    }
    const startsAt = localToInstant(localStart, zone);
    if (!startsAt) {
      throw badInput(
        'localStart',
        `"${localStart}" is not a local time that exists in ${zone} (write YYYY-MM-DDTHH:MM)`,
        'BAD_LOCAL_TIME',
      );
    }
    return startsAt;
  }

  // Either person of an accepted match books a session: inside the cohort, not overlapping
  // another session of either person (checked under both people's row locks).
  async schedule(viewer: AuthUser, req: ScheduleRequest, now: Date): Promise<SessionEntity> {
    const duration = checkDuration(req.durationMinutes);
    if (duration) {
      throw fail(duration);
    }
    const timing = checkTiming(req.startsAt, req.durationMinutes, now, req.completed ?? false);
    if (timing) {
      throw fail(timing);
    }
    return inTransaction(this.dataSource, async (m) => {
      // The pair first, unlocked, to know whom to lock; the policy is checked on it.
      const pair = await findMatchForBooking(m, req.matchId);
      if (!pair) {
        throw notFound('The match', 'MATCH_NOT_FOUND');
      }
      enforce(canActOnPair(viewer, pair, 'Only the two people of a match schedule its sessions.'));
      // Lock order: participants (by id), then the match. The cohort is only read.
      const people = await lockParticipants(m, [pair.mentorId, pair.menteeId]);
      const match = await shareLockMatch(m, pair.id);
      if (!match) {
        throw notFound('The match', 'MATCH_NOT_FOUND');
      }
      if (match.status !== 'ACCEPTED') {
        throw conflict(
          'Sessions are scheduled for accepted matches only.',
          'MATCH_NOT_ACCEPTED',
          'matchId',
        );
      }
      const me = people.find((p) => p.id === viewer.id);
      const cohort = await findCohort(m, match.cohortId);
      if (!me || !cohort) {
        throw notFound('The match', 'MATCH_NOT_FOUND');
      }
      const outside = checkWithinCohort(req.startsAt, req.durationMinutes, me.timezone, cohort);
      if (outside) {
        throw fail(outside);
      }
      const endsAt = new Date(req.startsAt.getTime() + req.durationMinutes * 60_000);
      const clash = await findClash(m, match, req.startsAt, endsAt);
      if (clash) {
        throw overlapConflict(clash.who);
      }
      const completed = req.completed ?? false;
      const session = await insertSession(m, {
        matchId: match.id,
        cohortId: match.cohortId,
        mentorId: match.mentorId,
        menteeId: match.menteeId,
        scheduledBy: viewer.id,
        startsAt: req.startsAt,
        durationMinutes: req.durationMinutes,
        status: completed ? 'COMPLETED' : 'SCHEDULED',
        agenda: req.agenda?.trim() || null,
        completedAt: completed ? now : null,
        remindedAt: completed ? null : reminderMarkAt(req.startsAt, now),
      });
      // A booking is mailed to both people, each with the calendar invitation; a past
      // session only logged tells the other person in the app.
      const other = viewer.id === match.mentorId ? match.menteeId : match.mentorId;
      await this.notifications.send(
        m,
        completed
          ? [{ recipientId: other, kind: 'SESSION_LOGGED', payload: sessionPayload(session) }]
          : toBoth(session, 'SESSION_SCHEDULED', sessionPayload(session, { byId: viewer.id })),
      );
      return session;
    });
  }

  async move(
    viewer: AuthUser,
    sessionId: string,
    move: SessionMove,
    reason: string | null,
    now: Date,
  ): Promise<SessionEntity> {
    if (move === 'CANCEL' && !reason?.trim()) {
      throw badInput('reason', 'say in a few words why the session is cancelled');
    }
    return inTransaction(this.dataSource, async (m) => {
      const session = await lockSession(m, sessionId);
      if (!session) {
        throw notFound('The session', 'SESSION_NOT_FOUND');
      }
      enforce(canActOnPair(viewer, session, 'Only the two people of a session change it.'));
      const problem = checkSessionMove(session.status, move, session.startsAt, now);
      if (problem) {
        throw new AppError('CONFLICT', problem.message, {
          reason: problem.reason,
          field: problem.field,
        });
      }
      const cancelReason = move === 'CANCEL' ? (reason?.trim() ?? null) : session.cancelReason;
      // A cancellation is a new version of the calendar event (its SEQUENCE goes up).
      const updated = await updateSessionStatus(
        m,
        sessionId,
        {
          status: move === 'COMPLETE' ? 'COMPLETED' : move === 'CANCEL' ? 'CANCELLED' : 'NO_SHOW',
          completedAt: move === 'COMPLETE' ? now : session.completedAt,
          cancelReason,
        },
        move === 'CANCEL',
      );
      if (move === 'CANCEL') {
        await this.notifications.send(
          m,
          toBoth(
            updated,
            'SESSION_CANCELLED',
            sessionPayload(updated, { byId: viewer.id, reason: cancelReason }),
          ),
        );
      }
      return updated;
    });
  }

  // Either person gives a booked session a new time (and length): inside the cohort, not
  // overlapping another session of either person, checked under both people's row locks as
  // a booking is. The calendar event's SEQUENCE goes up and both people are told.
  async reschedule(
    viewer: AuthUser,
    sessionId: string,
    req: { startsAt: Date; durationMinutes?: number | null },
    now: Date,
  ): Promise<SessionEntity> {
    return inTransaction(this.dataSource, async (m) => {
      const found = await findSession(m, sessionId);
      if (!found) {
        throw notFound('The session', 'SESSION_NOT_FOUND');
      }
      enforce(canActOnPair(viewer, found, 'Only the two people of a session change it.'));
      const durationMinutes = req.durationMinutes ?? found.durationMinutes;
      const invalid =
        checkDuration(durationMinutes) ?? checkTiming(req.startsAt, durationMinutes, now, false);
      if (invalid) {
        throw fail(invalid);
      }
      // Lock order as a booking's: participants (by id), then the match, then the session.
      const people = await lockParticipants(m, [found.mentorId, found.menteeId]);
      const match = await shareLockMatch(m, found.matchId);
      const session = await lockSession(m, sessionId);
      if (!match || !session) {
        throw notFound('The session', 'SESSION_NOT_FOUND');
      }
      const problem = checkReschedule(session.status);
      if (problem) {
        throw new AppError('CONFLICT', problem.message, {
          reason: problem.reason,
          field: problem.field,
        });
      }
      if (match.status !== 'ACCEPTED') {
        throw conflict(
          'Sessions are scheduled for accepted matches only.',
          'MATCH_NOT_ACCEPTED',
          'sessionId',
        );
      }
      if (
        session.startsAt.getTime() === req.startsAt.getTime() &&
        session.durationMinutes === durationMinutes
      ) {
        // Nothing changes: no new calendar version, nobody is told.
        return session;
      }
      const me = people.find((p) => p.id === viewer.id);
      const cohort = await findCohort(m, match.cohortId);
      if (!me || !cohort) {
        throw notFound('The session', 'SESSION_NOT_FOUND');
      }
      const outside = checkWithinCohort(req.startsAt, durationMinutes, me.timezone, cohort);
      if (outside) {
        throw fail(outside);
      }
      const endsAt = new Date(req.startsAt.getTime() + durationMinutes * 60_000);
      const clash = await findClash(m, session, req.startsAt, endsAt, session.id);
      if (clash) {
        throw overlapConflict(clash.who);
      }
      const moved = await moveSession(m, session.id, {
        startsAt: req.startsAt,
        durationMinutes,
        remindedAt: reminderMarkAt(req.startsAt, now),
      });
      await this.notifications.send(
        m,
        toBoth(
          moved,
          'SESSION_MOVED',
          sessionPayload(moved, {
            byId: viewer.id,
            previousStartsAt: session.startsAt.toISOString(),
          }),
        ),
      );
      return moved;
    });
  }

  // The background reminder: both people of each booked session hear of it once, 24 hours
  // before it starts (an email, and a notice in the app).
  async remindDue(now: Date, cohortId: string | null = null): Promise<number> {
    return inTransaction(this.dataSource, async (m) => {
      const due = await markSessionRemindersDue(m, now, cohortId);
      await this.notifications.send(
        m,
        due.flatMap((s) => toBoth(s, 'SESSION_REMINDER', sessionPayload(s))),
      );
      return due.length;
    });
  }

  // Once per person per completed session; private to the author and leads.
  async submitFeedback(
    viewer: AuthUser,
    sessionId: string,
    rating: number,
    comment: string | null | undefined,
  ): Promise<FeedbackEntity> {
    return inTransaction(this.dataSource, async (m) => {
      const session = await findSession(m, sessionId);
      if (!session) {
        throw notFound('The session', 'SESSION_NOT_FOUND');
      }
      enforce(
        canActOnPair(viewer, session, 'Only the two people of a session give feedback on it.'),
      );
      if (session.status !== 'COMPLETED') {
        throw conflict(
          'Feedback comes after a completed session.',
          'SESSION_NOT_COMPLETED',
          'sessionId',
        );
      }
      try {
        return await insertFeedback(m, {
          sessionId,
          cohortId: session.cohortId,
          authorId: viewer.id,
          menteeId: session.menteeId,
          rating,
          comment: comment?.trim() || null,
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw conflict(
            'You already gave feedback on this session.',
            'FEEDBACK_ALREADY_GIVEN',
            'sessionId',
          );
        }
        throw error;
      }
    });
  }

  async getFor(viewer: AuthUser, sessionId: string): Promise<SessionEntity> {
    const session = await findSession(this.dataSource.manager, sessionId);
    if (!session) {
      throw notFound('The session', 'SESSION_NOT_FOUND');
    }
    enforce(canReadSession(viewer, session));
    return session;
  }

  mine(viewer: AuthUser): Promise<SessionEntity[]> {
    return findSessionsOf(this.dataSource.manager, viewer.id);
  }

  byMatchIds(matchIds: readonly string[]): Promise<SessionEntity[]> {
    return findSessionsByMatchIds(this.dataSource.manager, matchIds);
  }

  feedbackBySessionIds(ids: readonly string[]): Promise<FeedbackEntity[]> {
    return findFeedbackBySessionIds(this.dataSource.manager, ids);
  }

  // The match of each session (for the Session.match field's per-request DataLoader).
  matchesByIds(ids: readonly string[], now: Date): Promise<MatchEntity[]> {
    return findMatches(this.dataSource.manager, ids, now);
  }

  // Leads are told once per quiet spell about pairs that never met or went quiet.
  async flagCheckIns(now: Date, cohortId: string | null = null): Promise<number> {
    return inTransaction(this.dataSource, (m) =>
      flagCheckInsIn(m, this.notifications, now, cohortId),
    );
  }
}

type SessionFacts = Pick<
  SessionEntity,
  'id' | 'matchId' | 'cohortId' | 'mentorId' | 'menteeId' | 'startsAt' | 'calendarSequence'
>;

// What a session's notices carry: ids, the start, and the calendar SEQUENCE they were
// written at (a later change makes them stale: session-calendar.ts). Never an address.
const sessionPayload = (s: SessionFacts, extra: Record<string, unknown> = {}) => ({
  sessionId: s.id,
  matchId: s.matchId,
  cohortId: s.cohortId,
  startsAt: s.startsAt.toISOString(),
  sequence: s.calendarSequence,
  ...extra,
});

const toBoth = (
  s: SessionFacts,
  kind: NotificationKind,
  payload: Record<string, unknown>,
): Notice[] => [s.mentorId, s.menteeId].map((recipientId) => ({ recipientId, kind, payload }));

const overlapConflict = (who: 'mentor' | 'mentee') =>
  conflict(
    who === 'mentor'
      ? 'The mentor already has a session at that time.'
      : 'The mentee already has a session at that time.',
    'SESSION_OVERLAP',
    'startsAt',
  );

async function flagCheckInsIn(
  m: EntityManager,
  notifications: NotificationsService,
  now: Date,
  cohortId: string | null,
): Promise<number> {
  await lockCheckInFlagging(m);
  const rows = await findPairsNeedingCheckIn(m, now, cohortId);
  const fresh = rows.filter(
    (r) => !r.notifiedAt || r.notifiedAt < (r.lastSessionAt ?? r.acceptedAt),
  );
  if (fresh.length === 0) {
    return 0;
  }
  await markCheckInNotified(
    m,
    fresh.map((r) => r.id),
    now,
  );
  const leads = await notifications.leadIds(m);
  await notifications.send(
    m,
    fresh.flatMap((r) => {
      const payload = {
        matchId: r.id,
        cohortId: r.cohortId,
        mentorId: r.mentorId,
        menteeId: r.menteeId,
        reason: r.reason,
      };
      return [
        ...leads.map((lead) => ({
          recipientId: lead,
          kind: 'CHECK_IN_NEEDED' as const,
          payload,
        })),
        // The pair itself hears of it too, as a nudge to meet.
        { recipientId: r.mentorId, kind: 'CHECK_IN_NUDGE' as const, payload },
        { recipientId: r.menteeId, kind: 'CHECK_IN_NUDGE' as const, payload },
      ];
    }),
  );
  return fresh.length;
}
