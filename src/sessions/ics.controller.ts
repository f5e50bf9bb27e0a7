import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authenticated } from '../common/auth/access.decorators';
import type { AuthedRequest } from '../common/auth/access.guard';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError } from '../common/errors/app-error';
import { isUuid } from '../common/graphql/id-arg';
import { requestNow } from '../common/graphql/request-clock';
import { AppConfig } from '../config/app-config';
import { ParticipantsService } from '../participants/participants.service';
import { buildSessionCalendar, calendarUid, sessionTitle } from './session-calendar';
import { SessionsService } from './sessions.service';

// GET /sessions/:id.ics — the session for a calendar, in UTC so every app shows it at the
// right local time. Same access as the API: the two people and leads, by bearer token. The
// same UID and SEQUENCE as the mailed invitations, so an imported copy is updated by them.
@Authenticated()
@Controller('sessions')
export class IcsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly participants: ParticipantsService,
    private readonly config: AppConfig,
  ) {}

  @Get(':file')
  async download(@Param('file') file: string, @Req() req: AuthedRequest, @Res() res: Response) {
    const id = file.replace(/\.ics$/, '');
    if (!file.endsWith('.ics') || !isUuid(id)) {
      throw new AppError('NOT_FOUND', 'The session was not found', { reason: 'SESSION_NOT_FOUND' });
    }
    {
      const user = req.user as AuthUser;
      const session = await this.sessions.getFor(user, id);
      const [mentor, mentee, viewer] = await Promise.all([
        this.participants.get(session.mentorId),
        this.participants.get(session.menteeId),
        this.participants.get(user.id),
      ]);
      const value = buildSessionCalendar({
        method: 'PUBLISH',
        uid: calendarUid(session.id, this.config.publicUrl),
        sequence: session.calendarSequence,
        startsAt: session.startsAt,
        durationMinutes: session.durationMinutes,
        summary: sessionTitle(viewer.preferredLanguage, mentor.displayName, mentee.displayName),
        description: session.agenda,
        url: `${this.config.publicUrl}/calendar`,
        organizer: null,
        attendees: [],
        cancelled: session.status === 'CANCELLED',
        stamp: requestNow(req, this.config.NODE_ENV === 'test'),
      });
      res
        .status(200)
        .type('text/calendar; charset=utf-8')
        .setHeader('content-disposition', `attachment; filename="puente-session-${session.id}.ics"`)
        .send(value);
    }
  }
}
