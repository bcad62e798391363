import type { DataSource } from 'typeorm';
import { hashSecret, newSecret } from '../../src/core/secrets.js';
import type { Measurement } from './report.js';
import { replaceSection } from './report.js';
import type { Target } from './scenarios.js';

const DAY_MS = 86_400_000;
const START = '<!-- bench:analytics:start -->';
const END = '<!-- bench:analytics:end -->';

/** A product manager's session, created directly (the dashboard is for staff). */
export async function productManagerCookie(db: DataSource): Promise<string> {
  const [{ id }] = await db.query<Array<{ id: string }>>(
    `INSERT INTO users (email, display_name, password_hash, role)
     VALUES ('pm@bench.test', 'Bench product manager', 'unusable', 'product_manager') RETURNING id`,
  );
  const token = newSecret();
  await db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    id,
    hashSecret(token),
  ]);
  return `chorus_session=${token}`;
}

/** The dashboard's request for the last 90 days (whole UTC days, as the web app sends them). */
export function analyticsTarget(board: string, cookie: string, now = new Date()): Target {
  const to = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS);
  const from = new Date(to.getTime() - 90 * DAY_MS);
  const query = `query ($board: String!, $from: DateTime!, $to: DateTime!) {
    boardAnalytics(boardSlug: $board, from: $from, to: $to) {
      weeks { weekStart ideas votes comments } members { active new returning }
      topContributors { ideas comments votes user { id displayName } } funnel { submitted reachedPlanned reachedDone }
      medianHoursToFirstResponse medianHoursToDone answeredWithin7DaysShare mostWanted { id title voteCount }
    } }`;
  return {
    path: '/graphql',
    body: JSON.stringify({ query, variables: { board, from: from.toISOString(), to: to.toISOString() } }),
    headers: { 'content-type': 'application/json', cookie },
  };
}

export interface AnalyticsReport {
  command: string;
  machine: string;
  data: string;
  durationSeconds: number;
  runs: Array<{ connections: number; result: Measurement }>;
}

/** Writes the analytics section of docs/benchmarks.md, leaving every other section as it is. */
export function writeAnalyticsReport(file: string, report: AnalyticsReport): void {
  const lines = [
    START,
    '## Analytics dashboard (`npm run bench`, `BENCH_ONLY=analytics` for this section alone)',
    '',
    `Command: \`${report.command}\` — ${report.durationSeconds} s per connection count, autocannon over loopback.`,
    '',
    `Machine: ${report.machine}. Data: ${report.data}.`,
    '',
    'One `boardAnalytics` request per dashboard load: the last 90 days (whole UTC days, as the web app asks), ' +
      'signed in as a product manager; every figure of the page (weekly series, active/new/returning members, ' +
      'top contributors, funnel, medians, most wanted).',
    '',
    '| connections | req/s | p50 ms | p99 ms | errors | non-2xx |',
    '|---:|---:|---:|---:|---:|---:|',
    ...report.runs.map(
      ({ connections, result: m }) =>
        `| ${connections} | ${m.reqPerSec.toFixed(1)} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.non2xx} |`,
    ),
    END,
  ];
  replaceSection(file, START, END, lines.join('\n'));
}
