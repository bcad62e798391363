#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (default mobile emulation and throttling) against the production
// build on a fresh database with demo data, on the board page and an idea page. Runs each page
// LIGHTHOUSE_RUNS times (default 3), prints the medians and writes them into docs/benchmarks.md.
// Exits non-zero when a target is missed or the initial JavaScript is over budget.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { initialJsBudget, measureInitialJs } from '../../web/scripts/initial-js.mjs';
import { CHROMIUM_ARGS, productionAppEnv } from '../production-app.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 4415);
const baseURL = `http://127.0.0.1:${port}`;
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGETS = { performance: 95, accessibility: 100, cls: 0.05 };
/** Set to a folder to keep each run's full Lighthouse report (JSON) for a closer look. */
const reportDir = process.env.LIGHTHOUSE_REPORT_DIR;
const BENCH_FILE = join(repoRoot, 'docs', 'benchmarks.md');
const START = '<!-- bench:lighthouse:start -->';
const END = '<!-- bench:lighthouse:end -->';

// Not created here: the API creates it with the permissions its PostgreSQL needs.
const dataDir = join(tmpdir(), `chorus-lighthouse-${Date.now()}-${process.pid}`);
const server = startServer();
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    console.error(error);
    void stopServer().finally(() => process.exit(1));
  });
}
let exitCode = 1;
try {
  await waitForHealth();
  const ideaId = await firstIdeaId('feedback');
  const pages = [
    { name: 'board', path: '/b/feedback' },
    { name: 'idea', path: `/ideas/${ideaId}` },
  ];
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...CHROMIUM_ARGS],
    maxConnectionRetries: 240,
  });
  const results = [];
  try {
    for (const page of pages) {
      const samples = [];
      for (let i = 0; i < runs; i += 1) samples.push(await audit(chrome.port, `${baseURL}${page.path}`));
      results.push({ ...page, samples, median: medianOf(samples) });
      console.log(
        `${page.name}: ${samples.map((s) => `perf ${s.performance} (CPU index ${Math.round(s.benchmarkIndex)})`).join(', ')}`,
      );
    }
  } finally {
    await chrome.kill();
  }
  const initialJs = measureInitialJs(join(repoRoot, 'web', 'dist'));
  const report = renderReport(results, initialJs);
  console.log(`\n${report}`);
  writeSection(report);
  const misses = targetMisses(results, initialJs);
  for (const miss of misses) console.error(`MISSED: ${miss}`);
  exitCode = misses.length ? 1 : 0;
} catch (error) {
  console.error(error);
} finally {
  await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

/** The production app as e2e starts it: the API serves the built SPA on one port. */
function startServer() {
  const child = spawn(process.execPath, [join(repoRoot, 'api', 'dist', 'main.js')], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...productionAppEnv({ repoRoot, port, dataDir }) },
  });
  child.on('exit', (code, signal) => {
    if (exitCode !== 0 && code !== null && code !== 0) console.error(`server exited with ${code ?? signal}`);
  });
  return child;
}

/** SIGTERM lets the API stop its embedded PostgreSQL; SIGKILL only if it hangs. */
async function stopServer() {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

async function waitForHealth() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('The server exited before it was ready');
    try {
      if ((await fetch(`${baseURL}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer ${baseURL}/health within 120 s`);
}

async function firstIdeaId(boardSlug) {
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($slug: String!) { ideas(boardSlug: $slug, sort: TOP, first: 1) { edges { node { id } } } }',
      variables: { slug: boardSlug },
    }),
  });
  const body = await response.json();
  const id = body.data?.ideas.edges[0]?.node.id;
  if (!id) throw new Error(`No idea on board ${boardSlug}: ${JSON.stringify(body)}`);
  return id;
}

async function audit(chromePort, url) {
  const result = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.message}`);
  if (reportDir) {
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, `${new URL(url).pathname.split('/')[1]}-${Date.now()}.json`), result.report);
  }
  const score = (id) => Math.round((categories[id].score ?? 0) * 100);
  const scripts = audits['resource-summary'].details.items.find((item) => item.resourceType === 'script');
  const failed = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    jsKb: (scripts?.transferSize ?? 0) / 1024,
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
    failed,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Each figure's own median over the runs (the runs are independent samples). */
function medianOf(samples) {
  const keys = [
    'performance',
    'accessibility',
    'bestPractices',
    'seo',
    'lcp',
    'tbt',
    'cls',
    'fcp',
    'jsKb',
    'benchmarkIndex',
  ];
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((s) => s[key]))]));
}

function renderReport(results, initialJs) {
  const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
  const rows = results.map(({ name, path, median: m }) =>
    [
      `${name} (\`${path.replace(/[0-9a-f-]{36}/, ':id')}\`)`,
      m.performance,
      m.accessibility,
      m.bestPractices,
      m.seo,
      ms(m.lcp),
      ms(m.tbt),
      m.cls.toFixed(3),
      ms(m.fcp),
      `${m.jsKb.toFixed(1)} kB`,
    ].join(' | '),
  );
  const failing = [...new Set(results.flatMap((r) => r.samples.flatMap((s) => s.failed)))];
  return [
    '## Web pages, Lighthouse mobile (`npm run lighthouse`)',
    '',
    `Command: \`npm run build -w api && npm run build -w web && npm run lighthouse\` — Lighthouse ${lighthouseVersion()} with the system Chromium, default mobile emulation and simulated throttling (slow 4G, 4× CPU slowdown), against the production build (\`node api/dist/main.js\`, NODE_ENV=production) on a fresh database with the demo data. Median of ${runs} runs per page (each figure its own median).`,
    '',
    `Machine: 2 cores, Node ${process.version}; load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} (1/5/15 min) when the runs ended, Lighthouse benchmark index ${results
      .map((r) => `${r.name} ${Math.round(r.median.benchmarkIndex)}`)
      .join(
        ', ',
      )} (median; higher is a faster CPU; the CPU-bound figures, TBT above all, vary with it). Targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, CLS < ${TARGETS.cls}.`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | FCP | JS transferred |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row} |`),
    '',
    `Initial JavaScript (entry chunk and its static imports, gzip): ${initialJs.gzipKb.toFixed(1)} kB of a ${initialJsBudget} kB budget (${initialJs.files.join(', ')}).`,
    '',
    failing.length ? `Audits below full marks in some run: ${failing.join(', ')}.` : 'No audit below full marks.',
  ].join('\n');
}

function lighthouseVersion() {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'lighthouse', 'package.json'), 'utf8'));
  return pkg.version;
}

function writeSection(report) {
  const doc = readFileSync(BENCH_FILE, 'utf8');
  const section = `${START}\n${report}\n\n${END}`;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${doc.slice(0, start)}${section}${doc.slice(end + END.length)}`
      : doc.replace('<!-- bench:api:end -->', `<!-- bench:api:end -->\n\n${section}`);
  writeFileSync(BENCH_FILE, next);
}

function targetMisses(results, initialJs) {
  const misses = [];
  for (const { name, median: m } of results) {
    if (m.performance < TARGETS.performance)
      misses.push(`${name} performance ${m.performance} < ${TARGETS.performance}`);
    if (m.accessibility < TARGETS.accessibility) misses.push(`${name} accessibility ${m.accessibility}`);
    if (m.cls >= TARGETS.cls) misses.push(`${name} CLS ${m.cls.toFixed(3)} ≥ ${TARGETS.cls}`);
  }
  if (initialJs.gzipKb > initialJsBudget)
    misses.push(`initial JS ${initialJs.gzipKb.toFixed(1)} kB > ${initialJsBudget} kB`);
  return misses;
}
