import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, badInput, conflict, forbidden, notFound } from '../common/errors/app-error';
import { CohortEntity } from '../cohorts/cohort.entity';
import { MatchEntity } from '../matches/match.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { ParticipantEntity } from '../participants/participant.entity';
import { canonicalTimeZone } from '../participants/profile-rules';
import {
  checkDuration,
  checkSessionMove,
  checkTiming,
  checkWithinCohort,
  localToInstant,
  type Problem,
  type SessionMove,
} from './session-rules';
import { FeedbackEntity, SessionEntity } from './session.entity';
import { findPairsNeedingCheckIn } from './sessions.repository';

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
  ) {}

  async scheduleLocal(
    viewer: AuthUser,
    req: Omit<ScheduleRequest, 'startsAt'> & { localStart: string; timezone?: string | null },
    now: Date,
  ) {
    const me = await this.dataSource
      .getRepository(ParticipantEntity)
      .findOneByOrFail({ id: viewer.id });
    const zone = req.timezone ? canonicalTimeZone(req.timezone) : me.timezone;
    if (!zone) {
      throw badInput('timezone', 'is not a known IANA time zone');
    }
    const startsAt = localToInstant(req.localStart, zone);
    if (!startsAt) {
      throw badInput(
        'localStart',
        `"${req.localStart}" is not a local time that exists in ${zone} (write YYYY-MM-DDTHH:MM)`,
        'BAD_LOCAL_TIME',
      );
    }
    return this.schedule(viewer, { ...req, startsAt }, now);
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
    return this.dataSource.transaction(async (m) => {
      // Shared lock: ending or completing the match (FOR UPDATE) waits for this booking,
      // and a booking never lands on a match that was just ended.
      const match = await m.findOne(MatchEntity, {
        where: { id: req.matchId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!match) {
        throw notFound('The match', 'MATCH_NOT_FOUND');
      }
      if (viewer.id !== match.mentorId && viewer.id !== match.menteeId) {
        throw forbidden('Only the two people of a match schedule its sessions.', 'NOT_A_PARTY');
      }
      if (match.status !== 'ACCEPTED') {
        throw conflict(
          'Sessions are scheduled for accepted matches only.',
          'MATCH_NOT_ACCEPTED',
          'matchId',
        );
      }
      const people = await m.find(ParticipantEntity, {
        where: { id: In([match.mentorId, match.menteeId]) },
        order: { id: 'ASC' },
        lock: { mode: 'for_no_key_update' },
      });
      const me = people.find((p) => p.id === viewer.id) as ParticipantEntity;
      const cohort = await m.findOneByOrFail(CohortEntity, { id: match.cohortId });
      const outside = checkWithinCohort(req.startsAt, req.durationMinutes, me.timezone, cohort);
      if (outside) {
        throw fail(outside);
      }
      const clash: { id: string; who: string }[] = await m.query(
        `SELECT id, CASE WHEN mentor_id = $1 OR mentee_id = $1 THEN 'mentor' ELSE 'mentee' END AS who
           FROM mentorship_session
          WHERE status IN ('SCHEDULED', 'COMPLETED')
            AND (mentor_id IN ($1, $2) OR mentee_id IN ($1, $2))
            AND starts_at < $4 AND starts_at + make_interval(mins => duration_minutes) > $3
          LIMIT 1`,
        [
          match.mentorId,
          match.menteeId,
          req.startsAt,
          new Date(req.startsAt.getTime() + req.durationMinutes * 60_000),
        ],
      );
      if (clash.length > 0) {
        throw conflict(
          clash[0].who === 'mentor'
            ? 'The mentor already has a session at that time.'
            : 'The mentee already has a session at that time.',
          'SESSION_OVERLAP',
          'startsAt',
        );
      }
      const completed = req.completed ?? false;
      const session = await m.save(
        SessionEntity,
        m.create(SessionEntity, {
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
        }),
      );
      const other = viewer.id === match.mentorId ? match.menteeId : match.mentorId;
      await this.notifications.send(m, [
        {
          recipientId: other,
          kind: completed ? 'SESSION_LOGGED' : 'SESSION_SCHEDULED',
          payload: {
            sessionId: session.id,
            matchId: match.id,
            startsAt: session.startsAt.toISOString(),
          },
        },
      ]);
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
    return this.dataSource.transaction(async (m) => {
      const session = await m.findOne(SessionEntity, {
        where: { id: sessionId },
        lock: { mode: 'for_no_key_update' },
      });
      if (!session) {
        throw notFound('The session', 'SESSION_NOT_FOUND');
      }
      if (viewer.id !== session.mentorId && viewer.id !== session.menteeId) {
        throw forbidden('Only the two people of a session change it.', 'NOT_A_PARTY');
      }
      const problem = checkSessionMove(session.status, move, session.startsAt, now);
      if (problem) {
        throw new AppError('CONFLICT', problem.message, {
          reason: problem.reason,
          field: problem.field,
        });
      }
      session.status =
        move === 'COMPLETE' ? 'COMPLETED' : move === 'CANCEL' ? 'CANCELLED' : 'NO_SHOW';
      if (move === 'COMPLETE') {
        session.completedAt = now;
      }
      if (move === 'CANCEL') {
        session.cancelReason = reason?.trim() ?? null;
        const other = viewer.id === session.mentorId ? session.menteeId : session.mentorId;
        await this.notifications.send(m, [
          {
            recipientId: other,
            kind: 'SESSION_CANCELLED',
            payload: { sessionId, matchId: session.matchId, reason: session.cancelReason },
          },
        ]);
      }
      return m.save(SessionEntity, session);
    });
  }

  // Once per person per completed session; private to the author and leads.
  async submitFeedback(
    viewer: AuthUser,
    sessionId: string,
    rating: number,
    comment: string | null | undefined,
  ): Promise<FeedbackEntity> {
    return this.dataSource.transaction(async (m) => {
      const session = await m.findOneBy(SessionEntity, { id: sessionId });
      if (!session) {
        throw notFound('The session', 'SESSION_NOT_FOUND');
      }
      if (viewer.id !== session.mentorId && viewer.id !== session.menteeId) {
        throw forbidden('Only the two people of a session give feedback on it.', 'NOT_A_PARTY');
      }
      if (session.status !== 'COMPLETED') {
        throw conflict(
          'Feedback comes after a completed session.',
          'SESSION_NOT_COMPLETED',
          'sessionId',
        );
      }
      try {
        return await m.save(
          FeedbackEntity,
          m.create(FeedbackEntity, {
            sessionId,
            cohortId: session.cohortId,
            authorId: viewer.id,
            menteeId: session.menteeId,
            rating,
            comment: comment?.trim() || null,
          }),
        );
      } catch (error) {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === '23505'
        ) {
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
    const session = await this.dataSource.getRepository(SessionEntity).findOneBy({ id: sessionId });
    if (!session) {
      throw notFound('The session', 'SESSION_NOT_FOUND');
    }
    if (
      viewer.role !== 'LEAD' &&
      viewer.id !== session.mentorId &&
      viewer.id !== session.menteeId
    ) {
      throw forbidden('This session is not yours.', 'NOT_A_PARTY');
    }
    return session;
  }

  mine(viewer: AuthUser): Promise<SessionEntity[]> {
    return this.dataSource.getRepository(SessionEntity).find({
      where: [{ mentorId: viewer.id }, { menteeId: viewer.id }],
      order: { startsAt: 'ASC' },
    });
  }

  byMatchIds(matchIds: readonly string[]): Promise<SessionEntity[]> {
    return this.dataSource
      .getRepository(SessionEntity)
      .find({ where: { matchId: In([...matchIds]) }, order: { startsAt: 'ASC' } });
  }

  feedbackBySessionIds(ids: readonly string[]): Promise<FeedbackEntity[]> {
    return this.dataSource
      .getRepository(FeedbackEntity)
      .find({ where: { sessionId: In([...ids]) }, order: { createdAt: 'ASC' } });
  }

  // Leads are told once per quiet spell about pairs that never met or went quiet.
  async flagCheckIns(now: Date, cohortId: string | null = null): Promise<number> {
    return this.dataSource.transaction(async (m) =>
      flagCheckInsIn(m, this.notifications, now, cohortId),
    );
  }
}

async function flagCheckInsIn(
  m: EntityManager,
  notifications: NotificationsService,
  now: Date,
  cohortId: string | null,
): Promise<number> {
  // One flagging at a time (the sweep and report reads may overlap): otherwise two could
  // both find the same pairs fresh and notify the leads twice.
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('puente:check-ins'))`);
  const rows = await findPairsNeedingCheckIn(m, now, cohortId);
  const fresh = rows.filter(
    (r) => !r.notifiedAt || r.notifiedAt < (r.lastSessionAt ?? r.acceptedAt),
  );
  if (fresh.length === 0) {
    return 0;
  }
  await m.query(`UPDATE match SET check_in_notified_at = $2 WHERE id = ANY ($1::uuid[])`, [
    fresh.map((r) => r.id),
    now,
  ]);
  const leads = await notifications.leadIds(m);
  await notifications.send(
    m,
    fresh.flatMap((r) =>
      leads.map((lead) => ({
        recipientId: lead,
        kind: 'CHECK_IN_NEEDED' as const,
        payload: {
          matchId: r.id,
          cohortId: r.cohortId,
          mentorId: r.mentorId,
          menteeId: r.menteeId,
          reason: r.reason,
        },
      })),
    ),
  );
  return fresh.length;
}
