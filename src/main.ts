import 'reflect-metadata';
import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { createApp } from './bootstrap';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Puente');
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error(error.message);
      process.exit(78);
    }
    throw error;
  }

  const running = await createApp(config);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      return;
    }
    closing = true;
    logger.log(`${signal}: shutting down`);
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // Longer than clients' idle keep-alive, so a reused connection is not closed under them.
  const http: Server = running.app.getHttpServer();
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
