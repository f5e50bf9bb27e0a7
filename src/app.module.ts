import { Module, type DynamicModule } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule } from './auth/auth.module';
import { AccountModule } from './account/account.module';
import { AuthCommonModule } from './common/auth/auth-common.module';
import { graphqlOptions } from './common/graphql/graphql.options';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import type { DatabaseTarget } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { ParticipantsModule } from './participants/participants.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { MatchesModule } from './matches/matches.module';
import { MatchingModule } from './matching/matching.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ObservabilityModule } from './observability/observability.module';
import { SessionsModule } from './sessions/sessions.module';
import { ReportsModule } from './reports/reports.module';
import { SchedulerModule } from './scheduler/scheduler.module';
import { SettingsModule } from './settings/settings.module';

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    database: DatabaseTarget,
    options: { quiet?: boolean } = {},
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot(config, options),
        DatabaseModule.forRoot(database),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(config),
        }),
        AuthCommonModule,
        ParticipantsModule,
        AuthModule,
        AccountModule,
        CohortsModule,
        NotificationsModule,
        MatchesModule,
        MatchingModule,
        SessionsModule,
        ReportsModule,
        SettingsModule,
        SchedulerModule,
        HealthModule,
      ],
    };
  }
}
