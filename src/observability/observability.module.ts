import {
  Global,
  Module,
  RequestMethod,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin';
import { loggerParams } from './logging';
import { MetricsMiddleware } from './metrics.middleware';
import { Metrics } from './metrics.service';

// GET /metrics. Not global: Nest mounts global modules' middleware first, so the request
// logger (global) sees a scrape, and gives it its X-Request-Id, before this answers it.
@Module({})
class MetricsEndpointModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(MetricsMiddleware).forRoutes({ path: 'metrics', method: RequestMethod.GET });
  }
}

// Structured request logs (pino) and Prometheus metrics. Global: features and the scheduler
// record their own figures through Metrics.
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(config: AppConfig, options: { quiet?: boolean } = {}): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(config, options.quiet)), MetricsEndpointModule],
      providers: [Metrics, GraphqlMetricsPlugin],
      exports: [Metrics],
    };
  }
}
