import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { MatchesModule } from '../matches/matches.module';
import { SessionsModule } from '../sessions/sessions.module';
import { JobsTestController } from './jobs-test.controller';
import { SchedulerService } from './scheduler.service';

@Module({
  imports: [MailModule, MatchesModule, SessionsModule],
  providers: [SchedulerService],
  controllers: [JobsTestController],
})
export class SchedulerModule {}
