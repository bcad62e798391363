import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/** Counts every statement sent through the DataSource's pool (each checked-out client is wrapped once). */
export function countStatements(db: DataSource): { count: number } {
  const pool = (db.driver as unknown as { master: Pool }).master;
  const counter = { count: 0 };
  const wrapped = new WeakSet<PoolClient>();
  pool.on('acquire', (client) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      counter.count += 1;
      return query(...args);
    };
  });
  return counter;
}
