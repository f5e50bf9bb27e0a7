import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sharedPool } from '../auth/login-throttle';
import { AppConfig } from '../config/app-config';
import { NotificationsModule } from '../notifications/notifications.module';
import { AccountMailThrottle, PasswordCheckThrottle } from './account-mail-throttle';
import { AccountDeletionService } from './account-deletion.service';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { EmailPreferencesResolver } from './email-preferences.resolver';
import { EmailPreferencesService } from './email-preferences.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { MyDataService } from './my-data.service';
import { MyDataController } from './my-data.controller';

@Module({
  imports: [NotificationsModule],
  controllers: [UnsubscribeController, MyDataController],
  providers: [
    AccountService,
    AccountDeletionService,
    AccountResolver,
    {
      provide: PasswordCheckThrottle,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) =>
        new PasswordCheckThrottle(
          {
            perEmail: config.LOGIN_MAX_ATTEMPTS_PER_EMAIL,
            perIp: config.LOGIN_MAX_ATTEMPTS_PER_IP,
            windowSeconds: config.LOGIN_RATE_WINDOW_SECONDS,
          },
          sharedPool(config, dataSource),
          config.RATE_LIMIT_NAMESPACE,
        ),
    },
    EmailPreferencesService,
    MyDataService,
    EmailPreferencesResolver,
    {
      provide: AccountMailThrottle,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) =>
        new AccountMailThrottle(
          {
            perEmail: config.ACCOUNT_MAIL_MAX_PER_EMAIL,
            perIp: config.ACCOUNT_MAIL_MAX_PER_IP,
            windowSeconds: config.ACCOUNT_MAIL_WINDOW_SECONDS,
          },
          sharedPool(config, dataSource),
          config.RATE_LIMIT_NAMESPACE,
        ),
    },
  ],
  exports: [AccountService],
})
export class AccountModule {}
