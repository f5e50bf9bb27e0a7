import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SchedulerService } from './scheduler.service';

@Module({
  imports: [MatchesModule, SessionsModule],
  providers: [SchedulerService],
})
export class SchedulerModule {}
