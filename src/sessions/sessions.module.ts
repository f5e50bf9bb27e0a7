import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ParticipantsModule } from '../participants/participants.module';
import { IcsController } from './ics.controller';
import { FeedbackResolver, MatchSessionsResolver, SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

@Module({
  imports: [NotificationsModule, ParticipantsModule],
  providers: [SessionsService, SessionsResolver, FeedbackResolver, MatchSessionsResolver],
  controllers: [IcsController],
  exports: [SessionsService],
})
export class SessionsModule {}
