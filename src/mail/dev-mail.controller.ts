import { Controller, Get, NotFoundException } from '@nestjs/common';
import { Public } from '../common/auth/access.decorators';
import { AppConfig } from '../config/app-config';
import { readMailbox, type MailboxEntry } from './dev-mailbox';

// GET /dev/mailbox: what the development mailbox holds, for the client's /dev/mail page. It
// exists only where the mailbox does: outside production, without SMTP_URL.
@Public()
@Controller('dev/mailbox')
export class DevMailController {
  constructor(private readonly config: AppConfig) {}

  @Get()
  async list(): Promise<{ dir: string; messages: MailboxEntry[] }> {
    if (this.config.isProduction || this.config.SMTP_URL) {
      throw new NotFoundException();
    }
    return { dir: this.config.mailDir, messages: await readMailbox(this.config.mailDir) };
  }
}
