import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { CohortsResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';
import { PairRuleResolver } from './pair-rule.resolver';

@Module({
  imports: [ParticipantsModule],
  providers: [CohortsService, CohortsResolver, PairRuleResolver],
  exports: [CohortsService],
})
export class CohortsModule {}
