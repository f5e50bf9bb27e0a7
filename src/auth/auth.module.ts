import { Module } from '@nestjs/common';
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
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new LoginThrottle({
          perEmail: config.LOGIN_MAX_ATTEMPTS_PER_EMAIL,
          perIp: config.LOGIN_MAX_ATTEMPTS_PER_IP,
          windowSeconds: config.LOGIN_RATE_WINDOW_SECONDS,
        }),
    },
  ],
})
export class AuthModule {}
