import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';

/**
 * Rows of any statement, RETURNING included. (TypeORM's plain `query()` answers UPDATE and
 * DELETE with `[rows, count]` instead of rows, which is easy to misread.) Inside a
 * transaction pass its EntityManager so the statement joins it.
 */
export async function rows<T>(db: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const shared: QueryRunner | undefined = db instanceof DataSource ? undefined : db.queryRunner;
  const runner = shared ?? (db instanceof DataSource ? db : db.connection).createQueryRunner();
  try {
    const result = (await runner.query(sql, params, true)) as { records: T[] };
    return result.records;
  } finally {
    if (!shared) await runner.release();
  }
}
