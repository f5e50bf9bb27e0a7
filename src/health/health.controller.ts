import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/access.decorators';
import { AppConfig } from '../config/app-config';
import { Drain } from './drain';

// Three probes. /health/live: the process answers (restart it if not). /health/ready: this
// instance may take traffic: not draining, the database answers and no migration is left to
// run (a load balancer or orchestrator sends work only when it is 200). /health: the
// summary a person opens, kept from the first version.
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly drain: Drain,
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => {
        const shutdown = this.indicators.check('shutdown');
        return this.drain.draining ? shutdown.down() : shutdown.up();
      },
      () => this.database.pingCheck('database', { timeout: 2000 }),
      async () => {
        const migrations = this.indicators.check('migrations');
        try {
          const pending = await this.dataSource.showMigrations();
          return pending ? migrations.down({ pending: true }) : migrations.up();
        } catch {
          return migrations.down({ pending: 'unknown' });
        }
      },
    ]);
  }

  @Get()
  @HttpCode(200)
  async summary() {
    const database = this.config.embedded ? 'embedded' : 'server';
    try {
      const started = Date.now();
      await this.dataSource.query('SELECT 1');
      return {
        status: 'ok',
        database: { status: 'up', mode: database, latencyMs: Date.now() - started },
      };
    } catch {
      throw new HttpException(
        { status: 'error', database: { status: 'down', mode: database } },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
  }
}
