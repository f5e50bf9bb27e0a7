import { Controller, HttpCode, NotFoundException, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '../common/auth/access.decorators';
import { requestNow } from '../common/graphql/request-clock';
import { AppConfig } from '../config/app-config';
import { SchedulerService } from './scheduler.service';

// Test servers run no timers: a test runs a job once, at the clock it sends (the same test
// header as GraphQL), optionally for one cohort so that parallel test files do not
// disturb each other. Anywhere but NODE_ENV=test the route does not exist.
@Public()
@Controller('test/jobs')
export class JobsTestController {
  constructor(
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerService,
  ) {}

  @Post(':name')
  @HttpCode(200)
  async run(
    @Param('name') name: string,
    @Query('cohortId') cohortId: string | undefined,
    @Req() req: Request,
    @Query('recipientId') recipientId?: string,
  ): Promise<{ changed: number }> {
    const testMode = this.config.NODE_ENV === 'test';
    if (!testMode) {
      throw new NotFoundException();
    }
    const changed = await this.scheduler.runOnce(name, requestNow(req, testMode), {
      cohortId: cohortId ?? null,
      recipientId: recipientId ?? null,
    });
    if (changed === null) {
      throw new NotFoundException();
    }
    return { changed };
  }
}
