import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createEvent } from 'ics';
import { Authenticated } from '../common/auth/access.decorators';
import type { AuthedRequest } from '../common/auth/access.guard';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError } from '../common/errors/app-error';
import { isUuid } from '../common/graphql/id-arg';
import { ParticipantsService } from '../participants/participants.service';
import { SessionsService } from './sessions.service';

// GET /sessions/:id.ics — the session for a calendar, in UTC so every app shows it at the
// right local time. Same access as the API: the two people and leads, by bearer token.
@Authenticated()
@Controller('sessions')
export class IcsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly participants: ParticipantsService,
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
      const [mentor, mentee] = await Promise.all([
        this.participants.get(session.mentorId),
        this.participants.get(session.menteeId),
      ]);
      const start = session.startsAt;
      const { error, value } = createEvent({
        uid: `${session.id}@puente`,
        title: `Puente: ${mentor.displayName} & ${mentee.displayName}`,
        description: session.agenda ?? 'Mentorship session',
        start: [
          start.getUTCFullYear(),
          start.getUTCMonth() + 1,
          start.getUTCDate(),
          start.getUTCHours(),
          start.getUTCMinutes(),
        ],
        startInputType: 'utc',
        startOutputType: 'utc',
        duration: { minutes: session.durationMinutes },
        status: session.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
        productId: 'puente/sessions',
      });
      if (error || !value) {
        throw error ?? new Error('could not build the calendar file');
      }
      res
        .status(200)
        .type('text/calendar; charset=utf-8')
        .setHeader('content-disposition', `attachment; filename="puente-session-${session.id}.ics"`)
        .send(value);
    }
  }
}
