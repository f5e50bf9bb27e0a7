import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { requestContext } from './common/request-context';
import { validationPipe } from './common/validation';
import { ConfigError, loadConfig } from './config/app-config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Puente');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error(error.message);
      process.exit(78);
    }
    throw error;
  }

  let embedded: EmbeddedPostgres | undefined;
  if (config.embedded) {
    embedded = await startEmbeddedPostgres(config.pgliteDir);
  }
  const database = { url: config.DATABASE_URL ?? embedded!.url, embedded: config.embedded };

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
    logger: config.NODE_ENV === 'test' ? ['error', 'warn'] : undefined,
  });
  app.use((_req: unknown, _res: unknown, next: () => void) =>
    requestContext.run({ sqlStatements: 0 }, next),
  );
  app.useGlobalPipes(validationPipe());
  app.useBodyParser('json', { limit: '200kb' });
  app.disable('x-powered-by');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      return;
    }
    closing = true;
    logger.log(`${signal}: shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // Longer than clients' idle keep-alive, so a reused connection is not closed under them.
  const http = app.getHttpServer() as import('node:http').Server;
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  await app.listen(config.PORT, '0.0.0.0');
  logger.log(
    `Puente listening on http://localhost:${config.PORT}/graphql ` +
      `(${config.embedded ? `embedded PostgreSQL, ${config.inMemory ? 'in memory' : config.pgliteDir}` : 'PostgreSQL server'})`,
  );
}

bootstrap().catch((error: unknown) => {
  new Logger('Puente').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
