import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ParticipantsModule } from '../participants/participants.module';
import { MatchEventResolver, MatchesResolver } from './matches.resolver';
import { MatchesService } from './matches.service';
import { AnswerLinksService } from './answer-links.service';
import { AnswerLinksResolver } from './answer-links.resolver';

@Module({
  imports: [CohortsModule, NotificationsModule, ParticipantsModule],
  providers: [
    MatchesService,
    MatchesResolver,
    MatchEventResolver,
    AnswerLinksService,
    AnswerLinksResolver,
  ],
  exports: [MatchesService],
})
export class MatchesModule {}
