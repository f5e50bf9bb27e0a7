import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/access.decorators';
import { AppConfig } from '../config/app-config';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @HttpCode(200)
  async health() {
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
