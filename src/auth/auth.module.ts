import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { AppConfig } from '../config/app-config';
import { AuthResolver } from './auth.resolver';
import { AuthService, SIGN_UP_HOOKS } from './auth.service';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [ParticipantsModule],
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
    { provide: SIGN_UP_HOOKS, useValue: [] },
  ],
})
export class AuthModule {}
