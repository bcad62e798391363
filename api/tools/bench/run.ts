import { randomBytes } from 'node:crypto';
import 'reflect-metadata';
import autocannon from 'autocannon';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashSecret, newSecret } from '../../src/core/secrets.js';
import { connect, createDataSource } from '../../src/database/data-source.js';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { analyticsTarget, productManagerCookie, writeAnalyticsReport } from './analytics.js';
import { startNode, type Server } from './processes.js';
import { writeReport, type Measurement, type ScenarioResult } from './report.js';
import { buildScenarios, type Scenario, type ScenarioContext, type Target } from './scenarios.js';
import { BENCH_ACCOUNT, BENCH_BOARD, memberIds, seedBench, type BenchSizes } from './seed.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const sizes: BenchSizes = {
  ideas: env('BENCH_IDEAS', 100_000),
  members: env('BENCH_MEMBERS', 20_000),
  votes: env('BENCH_VOTES', 1_000_000),
  comments: env('BENCH_COMMENTS', 200_000),
};
const duration = env('BENCH_DURATION', 20);
const CONNECTIONS = [2, 32];
/** The dashboard is opened by a few staff at a time. */
const ANALYTICS_CONNECTIONS = [1, 4];
/** BENCH_ONLY=analytics measures the analytics dashboard alone (no list/vote scenarios, no ceiling). */
const analyticsOnly = process.env.BENCH_ONLY === 'analytics';
/** BENCH_SKIP_ANALYTICS=1 leaves the analytics rollups and dashboard out (the rest of the run alone). */
const skipAnalytics = process.env.BENCH_SKIP_ANALYTICS === '1' && !analyticsOnly;
const VOTER_SESSIONS = Math.min(sizes.members, env('BENCH_VOTERS', 2_000));
/** The API's production build (npm run build -w api), and this compiled tools folder. */
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const toolsDist = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const log = (line: string) => console.log(`bench: ${line}`);

async function measure(url: string, target: (i: number) => Target, connections: number): Promise<Measurement> {
  let i = 0;
  const first = target(0);
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: first.path,
        setupRequest: (req) => {
          const next = target(i++);
          return { ...req, path: next.path, headers: next.headers, body: next.body };
        },
      },
    ],
  });
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** One request before measuring: a GraphQL error answered with 200 would otherwise go unnoticed. */
async function check(url: string, target: Target, name: string, notes: string[]): Promise<void> {
  const response = await fetch(url + target.path, { method: 'POST', headers: target.headers, body: target.body });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  if (!response.ok || body.errors) {
    notes.push(`${name} at ${url}: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
  }
}

/**
 * The server settings of the shared bare ceiling (../shared/bench/ceiling/settings.mjs): a
 * production-like install on this 24 GiB / 2-core machine, so both references run on the same
 * database. Durability stays at PostgreSQL's defaults while measuring (fsync, synchronous_commit).
 */
const PG_SETTINGS = {
  shared_buffers: '1GB',
  effective_cache_size: '16GB',
  work_mem: '16MB',
  maintenance_work_mem: '1GB',
  wal_buffers: '16MB',
  min_wal_size: '1GB',
  max_wal_size: '4GB',
  checkpoint_completion_target: 0.9,
  random_page_cost: 1.1,
  effective_io_concurrency: 200,
  max_worker_processes: 2,
  max_parallel_workers: 2,
  max_parallel_workers_per_gather: 1,
  max_parallel_maintenance_workers: 1,
};

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chorus-bench-'));
  chmodSync(dir, 0o755); // PostgreSQL may run as the postgres user
  // Seeded without fsync (a throwaway cluster), then restarted durable for the measurements.
  let postgres = new EmbeddedPostgres({ dataDir: join(dir, 'postgres'), durable: false, settings: PG_SETTINGS });
  const servers: Server[] = [];
  const stopOnInterrupt = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the servers and PostgreSQL`);
    void Promise.all(servers.map((s) => s.stop()))
      .then(() => postgres.stop())
      .finally(() => {
        rmSync(dir, { recursive: true, force: true });
        process.exit(130);
      });
  };
  process.once('SIGINT', stopOnInterrupt);
  process.once('SIGTERM', stopOnInterrupt);
  try {
    let url = await postgres.start();
    // One connection, so the session settings below apply to every seed statement.
    const db = await connect(createDataSource({ url, poolSize: 1 }), url);
    await db.runMigrations({ transaction: 'each' });
    await db.query(`SET statement_timeout = 0`);
    log(`seeding ${JSON.stringify(sizes)}`);
    const seedStarted = Date.now();
    await seedBench(db, sizes, log, { analytics: !skipAnalytics });
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    log(`seeded in ${seedSeconds.toFixed(1)} s`);

    // Sessions for many members, created directly (the cookie holds the token, the table its hash).
    const voters = await memberIds(db, VOTER_SESSIONS);
    const tokens = voters.map(() => newSecret());
    await db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at) SELECT * , now() + interval '1 day' FROM unnest($1::uuid[], $2::bytea[])`,
      [voters, tokens.map(hashSecret)],
    );
    const [{ votes: actualVotes }] = await db.query<Array<{ votes: number }>>(
      `SELECT count(*)::int AS votes FROM votes`,
    );
    const ideaIds = (await db.query<Array<{ id: string }>>(`SELECT id FROM ideas ORDER BY random() LIMIT 5000`)).map(
      (r) => r.id,
    );
    const [{ id: busiestIdeaId }] = await db.query<Array<{ id: string }>>(
      `SELECT id FROM ideas ORDER BY comment_count DESC LIMIT 1`,
    );
    const titles = await db.query<Array<{ title: string }>>(`SELECT title FROM ideas ORDER BY random() LIMIT 200`);
    const pmCookie = await productManagerCookie(db);
    await db.query(`CHECKPOINT`);
    await db.destroy();
    await postgres.stop();
    postgres = new EmbeddedPostgres({ dataDir: join(dir, 'postgres'), settings: PG_SETTINGS });
    url = await postgres.start();

    const api = await startNode(
      join(dist, 'main.js'),
      {
        DATABASE_URL: url,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        CHORUS_SECRET: randomBytes(32).toString('hex'),
        CHORUS_MIGRATE_ON_BOOT: 'false',
        CHORUS_DEMO_DATA: 'false',
        WEB_DIST_DIR: join(dir, 'no-web'),
      },
      '/ready',
    );
    servers.push(api);
    const signIn = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        variables: { input: BENCH_ACCOUNT },
      }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .find((c) => c.startsWith('chorus_session='))
      ?.split(';')[0];
    if (!cookie) throw new Error(`signing in to the API failed: ${await signIn.text()}`);
    const introspection = (await (
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }),
      })
    ).json()) as { data: { __schema: { types: Array<{ name: string; fields: Array<{ name: string }> | null }> } } };
    const fields = Object.fromEntries(
      introspection.data.__schema.types.map((t) => [t.name, new Set((t.fields ?? []).map((f) => f.name))]),
    );

    const ctx: ScenarioContext = {
      board: BENCH_BOARD,
      cookie,
      memberCookies: tokens.map((token) => `chorus_session=${token}`),
      ideaIds,
      busiestIdeaId,
      // Three words of real titles, shuffled between titles: partial matches, like typing.
      similarTexts: titles.map((t, i) =>
        [...t.title.split(' ').slice(0, 2), titles[(i + 7) % titles.length].title.split(' ')[2]].join(' '),
      ),
      fields,
    };
    const scenarios = buildScenarios(ctx);
    const notes: string[] = [];
    const results: ScenarioResult[] = scenarios.map((s) => ({ name: s.name, skipped: s.skipped, runs: [] }));
    const active = scenarios.filter((s) => !s.skipped);

    const measureAll = async (server: Server, pick: (s: Scenario) => (i: number) => Target, key: 'api' | 'ceiling') => {
      for (const scenario of active) {
        const target = pick(scenario);
        await check(server.url, target(1_000_000), scenario.name, notes);
        const result = results.find((r) => r.name === scenario.name)!;
        for (const connections of CONNECTIONS) {
          log(`${key}: ${scenario.name}, ${connections} connections`);
          const m = await measure(server.url, target, connections);
          let run = result.runs.find((r) => r.connections === connections);
          if (!run) result.runs.push((run = { connections, api: m, ceiling: m }));
          run[key] = m;
        }
      }
    };

    if (!analyticsOnly) await measureAll(api, (s) => s.api, 'api');
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, PostgreSQL (embedded-postgres)`;
    if (!skipAnalytics) {
      const analytics = analyticsTarget(BENCH_BOARD, pmCookie);
      const analyticsNotes: string[] = [];
      await check(api.url, analytics, 'analytics dashboard', analyticsNotes);
      if (analyticsNotes.length) throw new Error(analyticsNotes.join('; '));
      const analyticsRuns = [];
      for (const connections of ANALYTICS_CONNECTIONS) {
        log(`api: analytics dashboard, 90 days, ${connections} connections`);
        analyticsRuns.push({ connections, result: await measure(api.url, () => analytics, connections) });
      }
      writeAnalyticsReport(join(repoRoot, 'docs', 'benchmarks.md'), {
        command: process.env.BENCH_COMMAND ?? benchCommand(),
        machine,
        data: `one board with ${sizes.ideas.toLocaleString('en-US')} ideas, ${sizes.members.toLocaleString('en-US')} members, ${actualVotes.toLocaleString('en-US')} votes, ${sizes.comments.toLocaleString('en-US')} comments over a year`,
        durationSeconds: duration,
        runs: analyticsRuns,
      });
    }
    const apiPeakRssMiB = api.peakRssMiB();
    await api.stop();
    if (analyticsOnly) return;

    const ceiling = await startNode(
      join(toolsDist, 'ceiling-server.js'),
      { DATABASE_URL: url, BENCH_BOARD },
      '/health',
    );
    servers.push(ceiling);
    // Vote pairs continue where the API run stopped, so the ceiling casts new votes too.
    await measureAll(ceiling, (s) => (i) => s.ceiling(i + 10_000_000), 'ceiling');
    const ceilingPeakRssMiB = ceiling.peakRssMiB();
    await ceiling.stop();

    for (const scenario of scenarios.filter((s) => s.skipped)) log(`skipped ${scenario.name}: ${scenario.skipped}`);
    writeReport(join(repoRoot, 'docs', 'benchmarks.md'), {
      command: process.env.BENCH_COMMAND ?? benchCommand(),
      machine,
      sizes: { ...sizes, actualVotes },
      seedSeconds,
      durationSeconds: duration,
      apiPeakRssMiB,
      ceilingPeakRssMiB,
      notes,
      scenarios: results,
    });
    log(`API peak RSS ${apiPeakRssMiB} MiB; wrote docs/benchmarks.md`);
  } finally {
    for (const server of servers) await server.stop();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
    log('stopped the servers and PostgreSQL, removed the data folder');
  }
}

run().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});

/** The command that reproduces this run, with the BENCH_* settings it used. */
function benchCommand(): string {
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('BENCH_'))
    .map(([name, value]) => `${name}=${value}`);
  return [...settings, 'npm run bench'].join(' ');
}
