import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { MatchesModule } from '../matches/matches.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ParticipantsModule } from '../participants/participants.module';
import { MatchRunsService } from './match-runs.service';
import { MatchingResolver, UnmatchedMenteeResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

@Module({
  imports: [CohortsModule, MatchesModule, NotificationsModule, ParticipantsModule],
  providers: [MatchingService, MatchRunsService, MatchingResolver, UnmatchedMenteeResolver],
})
export class MatchingModule {}
