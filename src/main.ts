import 'reflect-metadata';
import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { checkServerConfig, ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { createApp } from './bootstrap';
import { Drain } from './health/drain';
import { gracefulShutdown } from './health/graceful-shutdown';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Puente');
  let config: AppConfig;
  try {
    config = loadConfig();
    checkServerConfig(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error(error.message);
      process.exit(78);
    }
    throw error;
  }

  const running = await createApp(config);
  // Longer than clients' idle keep-alive, so a reused connection is not closed under them.
  const http: Server = running.app.getHttpServer();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      return;
    }
    closing = true;
    logger.log(`${signal}: draining (up to ${config.SHUTDOWN_GRACE_MS} ms for requests in flight)`);
    try {
      const report = await gracefulShutdown(
        http,
        running.app.get(Drain),
        config.SHUTDOWN_GRACE_MS,
        () => running.close(),
      );
      if (report.finishedInTime) {
        logger.log(`stopped after ${report.tookMs} ms; every request in flight finished`);
      } else {
        logger.warn(
          `stopped after ${report.tookMs} ms; requests still open at the grace limit were cut`,
        );
      }
      process.exit(0);
    } catch (error) {
      logger.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  if (!running.servesClient) {
    logger.warn('client/dist is missing: run "npm run build" to serve the web client at /');
  }
  await running.app.listen(config.PORT, '0.0.0.0');
  logger.log(
    `Puente listening on http://localhost:${config.PORT}/ ` +
      `(${config.embedded ? `embedded PostgreSQL, ${config.inMemory ? 'in memory' : config.pgliteDir}` : 'PostgreSQL server'})`,
  );
}

bootstrap().catch((error: unknown) => {
  new Logger('Puente').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
