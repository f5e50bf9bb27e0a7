import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ParticipantsModule } from '../participants/participants.module';
import { AppConfig } from '../config/app-config';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { CohortsModule } from '../cohorts/cohorts.module';
import { AttemptThrottle, LoginThrottle, sharedPool } from './login-throttle';
import { AccountModule } from '../account/account.module';

@Module({
  imports: [ParticipantsModule, CohortsModule, AccountModule],
  providers: [
    AuthService,
    AuthResolver,
    {
      provide: LoginThrottle,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) =>
        new LoginThrottle(
          {
            perEmail: config.LOGIN_MAX_ATTEMPTS_PER_EMAIL,
            perIp: config.LOGIN_MAX_ATTEMPTS_PER_IP,
            windowSeconds: config.LOGIN_RATE_WINDOW_SECONDS,
          },
          sharedPool(config, dataSource),
          config.RATE_LIMIT_NAMESPACE,
        ),
    },
    {
      provide: AttemptThrottle,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) =>
        new AttemptThrottle(
          'signup',
          {
            perEmail: config.SIGNUP_MAX_ATTEMPTS_PER_EMAIL,
            perIp: config.SIGNUP_MAX_ATTEMPTS_PER_IP,
            windowSeconds: config.SIGNUP_RATE_WINDOW_SECONDS,
          },
          sharedPool(config, dataSource),
          config.RATE_LIMIT_NAMESPACE,
        ),
    },
  ],
})
export class AuthModule {}
