import { Module } from '@nestjs/common';
import { CsvController } from './csv.controller';
import { CheckInPairResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  providers: [ReportsService, ReportsResolver, CheckInPairResolver],
  controllers: [CsvController],
})
export class ReportsModule {}
