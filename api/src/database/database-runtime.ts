import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { connect, createDataSource } from './data-source.js';
import { EmbeddedPostgres } from './embedded-postgres.js';

/**
 * Owns the database for one process: the embedded server when DATABASE_URL is unset,
 * and the connection pool either way. Stopped last, after the HTTP server drained.
 */
export class DatabaseRuntime {
  private embedded: EmbeddedPostgres | undefined;
  dataSource: DataSource;

  static async start(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, poolSize?: number): Promise<DatabaseRuntime> {
    const runtime = new DatabaseRuntime();
    try {
      let url = config.databaseUrl;
      if (url === undefined) {
        runtime.embedded = new EmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres') });
        url = await runtime.embedded.start();
      }
      runtime.dataSource = await connect(createDataSource({ url, poolSize }), url);
      return runtime;
    } catch (error) {
      await runtime.stop();
      throw error;
    }
  }

  get isEmbedded(): boolean {
    return this.embedded !== undefined;
  }

  async stop(): Promise<void> {
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
    await this.embedded?.stop();
  }
}
