import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators';
import { AppError } from '../common/errors/app-error';
import { EmailPreferencesService } from './email-preferences.service';

// The List-Unsubscribe target (RFC 8058): a mail app POSTs "List-Unsubscribe=One-Click"
// here and the kind of email is off at once. A GET (a person, or a scanner, following
// the address) only shows the confirmation page of the client, which acts on a click.
@Controller('email/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly prefs: EmailPreferencesService) {}

  @Public()
  @Post()
  @HttpCode(200)
  async oneClick(@Query('token') token: string | undefined): Promise<string> {
    try {
      await this.prefs.unsubscribe(String(token ?? ''), false);
      return 'Unsubscribed.\n';
    } catch (error) {
      if (error instanceof AppError) {
        throw new AppError('BAD_USER_INPUT', error.message, { reason: 'TOKEN_INVALID' });
      }
      throw error;
    }
  }

  @Public()
  @Get()
  page(@Query('token') token: string | undefined, @Res() res: Response): void {
    res.redirect(303, `/unsubscribe?token=${encodeURIComponent(String(token ?? ''))}`);
  }
}
