import type { Pool, PoolClient } from 'pg';
import { BENCH_BOARD, seedBench } from '../../../src/bench/seed.js';
import { connect, createDataSource } from '../../../src/database/data-source.js';
import { signUpAs } from '../../utils/accounts.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

/**
 * Dashboard budget on the benchmark data set (100k ideas, 1M votes, 200k comments): a
 * boardAnalytics load within 500 ms. Seeding takes a minute or two, so this runs only with
 * CHORUS_PERF=1 (e.g. `CHORUS_PERF=1 node --experimental-vm-modules ../node_modules/jest/bin/jest.js analytics-perf`).
 */
const perf = process.env.CHORUS_PERF === '1' ? describe : describe.skip;

perf('board analytics on the benchmark data set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // One connection without the app's statement timeout: the seed's big INSERTs take a while.
    const seeder = await connect(createDataSource({ url: t.db.url, poolSize: 1 }), t.db.url);
    try {
      await seeder.query(`SET statement_timeout = 0`);
      await seedBench(seeder, { ideas: 100_000, members: 20_000, votes: 1_000_000, comments: 200_000 }, (line) =>
        process.stdout.write(`${line}\n`),
      );
    } finally {
      await seeder.destroy();
    }
  }, 600_000);
  afterAll(() => t.close());

  it.each([30, 90, 365])(
    'loads a %i-day dashboard within 500 ms',
    async (days) => {
      const pm = await signUpAs(t, 'product_manager');
      const to = new Date();
      const from = new Date(to.getTime() - days * 86_400_000);
      const query = `query ($from: DateTime!, $to: DateTime!) { boardAnalytics(boardSlug: "${BENCH_BOARD}", from: $from, to: $to) {
      weeks { ideas votes comments } members { active new returning } topContributors { user { id } ideas }
      funnel { submitted reachedPlanned reachedDone } medianHoursToFirstResponse medianHoursToDone
      answeredWithin7DaysShare mostWanted { id voteCount } } }`;
      await t.gql(query, { from, to }, pm.headers); // warm the cache
      const timings: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const r = await t.gql(query, { from, to }, pm.headers);
        timings.push(performance.now() - started);
        expect(r.errors).toBeUndefined();
      }
      const best = Math.min(...timings);
      if (process.env.CHORUS_PERF_EXPLAIN === '1') await explainFigures(t, from, to);
      process.stdout.write(`${days} days: ${timings.map((ms) => ms.toFixed(0)).join(' / ')} ms\n`);
      expect(best).toBeLessThan(500);
    },
    120_000,
  );
});

/** Prints each figure's execution time and the plan of the slowest (EXPLAIN ANALYZE on the same SQL). */
async function explainFigures(t: TestApp, from: Date, to: Date): Promise<void> {
  const pool = (t.db.dataSource.driver as unknown as { master: Pool }).master;
  const seen: Array<{ text: string; values: unknown[] }> = [];
  const capture = (client: PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [text, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
      const sql = typeof text === 'string' ? text : text.text;
      if (/percentile_cont|PERIOD|DISTINCT user_id|date_trunc|GROUP BY user_id|NOT s.is_closed/.test(sql)) {
        seen.push({ text: sql, values: (typeof text === 'string' ? values : text.values) ?? [] });
      }
      return query(...args);
    };
  };
  pool.on('acquire', capture);
  const pm = await signUpAs(t, 'product_manager');
  await t.gql(
    `query ($from: DateTime!, $to: DateTime!) { boardAnalytics(boardSlug: "${BENCH_BOARD}", from: $from, to: $to) {
      weeks { ideas } members { active } topContributors { ideas } funnel { submitted } mostWanted { id } } }`,
    { from, to },
    pm.headers,
  );
  pool.off('acquire', capture);
  const plans: Array<{ ms: number; plan: string; head: string }> = [];
  for (const { text, values } of seen) {
    const rows = await t.db.dataSource.query<Array<{ 'QUERY PLAN': string }>>(
      `EXPLAIN (ANALYZE, BUFFERS) ${text}`,
      values,
    );
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    const ms = Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? 0);
    plans.push({ ms, plan, head: text.replace(/\s+/g, ' ').slice(0, 80) });
  }
  plans.sort((a, b) => b.ms - a.ms);
  for (const p of plans) process.stdout.write(`${p.ms.toFixed(1)} ms  ${p.head}\n`);
  if (plans[0]) process.stdout.write(`${plans[0].plan}\n`);
}
