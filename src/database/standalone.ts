import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runMigrationsOnce } from './migrate';
import { loadConfig, type AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export type StandaloneDatabase = {
  dataSource: DataSource;
  config: AppConfig;
  close(): Promise<void>;
};

// The database as the server would open it (migrations included), for command-line tools.
export async function openStandaloneDatabase(): Promise<StandaloneDatabase> {
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  if (config.embedded) {
    embedded = await startEmbeddedPostgres(config.pgliteDir, new Logger('EmbeddedPostgres'));
  }
  try {
    const dataSource = new DataSource(
      dataSourceOptions(
        { url: config.DATABASE_URL ?? embedded!.url, embedded: config.embedded },
        new Logger('Database'),
      ),
    );
    await dataSource.initialize();
    await runMigrationsOnce(dataSource, config.embedded);
    return {
      dataSource,
      config,
      async close() {
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
