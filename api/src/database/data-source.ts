import { DataSource, type LoggerOptions } from 'typeorm';
import { migrations } from './migrations/index.js';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  logging?: LoggerOptions;
}

/** The one DataSource definition shared by the app, the CLI, seeds, benchmarks and tests. */
export function createDataSource({ url, poolSize = 20, logging = false }: DataSourceSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    // No entities: every statement is SQL written by hand, and the schema is what the migrations
    // make it (README: "Changing the schema"). TypeORM runs the migrations and pools connections.
    entities: [],
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging,
    poolSize,
    extra: {
      connectionTimeoutMillis: 10_000,
      // A request that hangs on a lock must not hold a connection forever.
      statement_timeout: 30_000,
      application_name: 'chorus-api',
    },
  });
}

/** Connects, turning driver errors into one sentence that names the database (without its password). */
export async function connect(dataSource: DataSource, url: string): Promise<DataSource> {
  try {
    return await dataSource.initialize();
  } catch (error) {
    throw new Error(`Cannot reach the database at ${redactUrl(url)}: ${describe(error)}`, { cause: error });
  }
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
