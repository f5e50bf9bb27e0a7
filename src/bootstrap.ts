import { Logger } from '@nestjs/common';
import { HttpErrorFilter } from './common/errors/http-error.filter';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { requestContext } from './common/request-context';
import { TextInputPipe, validationPipe } from './common/validation';
import { serveWebClient } from './common/web-client';
import type { AppConfig } from './config/app-config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';
import { Drain, drainGuard } from './health/drain';

export type RunningApp = {
  app: NestExpressApplication;
  embedded?: EmbeddedPostgres;
  // Whether client/dist was found and is served at /.
  servesClient: boolean;
  close(): Promise<void>;
};

// The whole application as the server runs it, for the server itself and for scripts
// (seed, benchmarks) that drive the same services.
export async function createApp(
  config: AppConfig,
  options: { quiet?: boolean } = {},
): Promise<RunningApp> {
  // Log lines wait for the application's logger (pino), the embedded database's included,
  // so that production writes nothing but JSON lines.
  Logger.attachBuffer();
  let embedded: EmbeddedPostgres | undefined;
  try {
    if (config.embedded) {
      embedded = await startEmbeddedPostgres(config.pgliteDir, new Logger('EmbeddedPostgres'));
    }
    const database = { url: config.DATABASE_URL ?? embedded!.url, embedded: config.embedded };
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, database, options),
      {
        // Only if start-up fails before pino takes over are these printed by Nest's logger.
        logger: options.quiet || config.NODE_ENV === 'test' ? ['error', 'warn'] : undefined,
        bufferLogs: true,
      },
    );
    app.useLogger(app.get(PinoLogger));
    // First in the chain: once SIGTERM has arrived, new requests are turned away cleanly.
    app.use(drainGuard(app.get(Drain)));
    if (config.NODE_ENV === 'test') {
      // Statement counts are for tests (batching proofs); production pays nothing for them.
      app.use((_req: unknown, _res: unknown, next: () => void) =>
        requestContext.run({ sqlStatements: 0 }, next),
      );
    }
    app.useGlobalPipes(new TextInputPipe(), validationPipe());
    app.useGlobalFilters(new HttpErrorFilter());
    app.useBodyParser('json', { limit: '200kb' });
    app.disable('x-powered-by');
    app.set('trust proxy', config.trustProxy);
    const servesClient = serveWebClient(app);
    return {
      app,
      servesClient,
      embedded,
      async close() {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    Logger.flush();
    await embedded?.stop();
    throw error;
  }
}

export const getService = <T>(app: INestApplication, type: new (...args: never[]) => T): T =>
  app.get(type);
