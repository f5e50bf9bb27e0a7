import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { CsvController } from './csv.controller';
import { CheckInPairResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [SessionsModule],
  providers: [ReportsService, ReportsResolver, CheckInPairResolver],
  controllers: [CsvController],
})
export class ReportsModule {}
