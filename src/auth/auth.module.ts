import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { ParticipantsModule } from '../participants/participants.module';
import { AppConfig } from '../config/app-config';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { CohortsModule } from '../cohorts/cohorts.module';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [ParticipantsModule, CohortsModule],
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
          config.embedded ? undefined : ((dataSource.driver as PostgresDriver).master as Pool),
        ),
    },
  ],
})
export class AuthModule {}
