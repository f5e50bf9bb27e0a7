import { Module } from '@nestjs/common';
import { ParticipantsResolver } from './participants.resolver';
import { ParticipantsService } from './participants.service';

@Module({
  providers: [ParticipantsService, ParticipantsResolver],
  exports: [ParticipantsService],
})
export class ParticipantsModule {}
