import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { SessionsModule } from '../sessions/sessions.module';
import { JobsTestController } from './jobs-test.controller';
import { SchedulerService } from './scheduler.service';

@Module({
  imports: [MatchesModule, SessionsModule],
  providers: [SchedulerService],
  controllers: [JobsTestController],
})
export class SchedulerModule {}
