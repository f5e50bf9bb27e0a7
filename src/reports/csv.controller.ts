import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../common/auth/access.decorators';
import { Role } from '../common/enums';
import type { AuthedRequest } from '../common/auth/access.guard';
import { AppError } from '../common/errors/app-error';
import { isUuid } from '../common/graphql/id-arg';
import { requestNow } from '../common/graphql/request-clock';
import { AppConfig } from '../config/app-config';
import { ReportsService } from './reports.service';

// GET /reports/:cohortId.csv — LEAD only; the report at the request's time (csv-report.ts).
@Roles(Role.LEAD)
@Controller('reports')
export class CsvController {
  constructor(
    private readonly config: AppConfig,
    private readonly reports: ReportsService,
  ) {}

  @Get(':file')
  async download(
    @Param('file') file: string,
    @Query('lang') lang: string | undefined,
    @Req() req: AuthedRequest,
    @Res() res: Response,
  ) {
    const cohortId = file.replace(/\.csv$/, '');
    if (!file.endsWith('.csv') || !isUuid(cohortId)) {
      throw new AppError('NOT_FOUND', 'No such report.', { reason: 'REPORT_NOT_FOUND' });
    }
    const csv = await this.reports.csv(cohortId, requestNow(req, this.config.NODE_ENV === 'test'), {
      id: req.user?.id ?? '',
      lang: typeof lang === 'string' ? lang : undefined,
    });
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader(
        'content-disposition',
        `attachment; filename="${encodeURIComponent(csv.fileName)}"`,
      )
      .send(csv.body);
  }
}
