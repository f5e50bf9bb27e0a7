import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Authenticated } from '../common/auth/access.decorators';
import type { AuthedRequest } from '../common/auth/access.guard';
import { unauthenticated } from '../common/errors/app-error';
import { requestNow } from '../common/graphql/request-clock';
import { AppConfig } from '../config/app-config';
import { MyDataService } from './my-data.service';

// GET /me/data.json — the same export as the exportMyData query, as a file to keep.
@Authenticated()
@Controller('me')
export class MyDataController {
  constructor(
    private readonly config: AppConfig,
    private readonly myData: MyDataService,
  ) {}

  @Get('data.json')
  async download(@Req() req: AuthedRequest, @Res() res: Response): Promise<void> {
    if (!req.user) {
      throw unauthenticated('Log in to download your data.', 'BAD_TOKEN');
    }
    const data = await this.myData.export(
      req.user,
      requestNow(req, this.config.NODE_ENV === 'test'),
    );
    res
      .status(200)
      .type('application/json; charset=utf-8')
      .setHeader('content-disposition', 'attachment; filename="puente-my-data.json"')
      .setHeader('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  }
}
