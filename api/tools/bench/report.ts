import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BenchSizes } from './seed.js';

export interface Measurement {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface ScenarioResult {
  name: string;
  skipped?: string;
  /** Per connection count: the API's and the ceiling's figures. */
  runs: Array<{ connections: number; api: Measurement; ceiling: Measurement }>;
}

export interface Report {
  command: string;
  machine: string;
  sizes: BenchSizes & { actualVotes: number };
  seedSeconds: number;
  durationSeconds: number;
  apiPeakRssMiB: number;
  ceilingPeakRssMiB: number;
  notes: string[];
  scenarios: ScenarioResult[];
}

const START = '<!-- bench:api:start -->';
const END = '<!-- bench:api:end -->';

const n = (value: number) => Math.round(value).toLocaleString('en-US');

function render(report: Report): string {
  const { sizes } = report;
  const lines = [
    START,
    '## API vs. ceiling (`npm run bench`)',
    '',
    `Command: \`${report.command}\` — ${report.durationSeconds} s per scenario and connection count, autocannon over loopback.`,
    '',
    `Machine: ${report.machine}.`,
    '',
    `Data: one board with ${n(sizes.ideas)} ideas, ${n(sizes.members)} members, ${n(sizes.actualVotes)} votes ` +
      `(Zipf: a few ideas hold most votes), ${n(sizes.comments)} comments; seeded in ${report.seedSeconds.toFixed(1)} s ` +
      `with set-based SQL on an embedded PostgreSQL (fsync off).`,
    '',
    `The API runs as the production build (\`node dist/main.js\`, NODE_ENV=production, LOG_LEVEL=warn); ` +
      `peak RSS (VmHWM) ${report.apiPeakRssMiB} MiB. The ceiling is a bare node:http + pg server with hand-written SQL ` +
      `answering the same JSON (peak RSS ${report.ceilingPeakRssMiB} MiB). Ratio = API req/s ÷ ceiling req/s.`,
    '',
  ];
  for (const scenario of report.scenarios) {
    lines.push(`### ${scenario.name}`, '');
    if (scenario.skipped) {
      lines.push(`Skipped: ${scenario.skipped}.`, '');
      continue;
    }
    lines.push(
      '| connections | server | req/s | p50 ms | p99 ms | errors | non-2xx | API ÷ ceiling |',
      '|---:|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const run of scenario.runs) {
      const ratio = run.ceiling.reqPerSec > 0 ? (run.api.reqPerSec / run.ceiling.reqPerSec).toFixed(2) : '–';
      for (const [server, m] of [
        ['API', run.api],
        ['ceiling', run.ceiling],
      ] as const) {
        lines.push(
          `| ${run.connections} | ${server} | ${n(m.reqPerSec)} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.non2xx} | ${server === 'API' ? ratio : ''} |`,
        );
      }
    }
    lines.push('');
  }
  if (report.notes.length) lines.push('Notes:', '', ...report.notes.map((note) => `- ${note}`), '');
  lines.push(END);
  return lines.join('\n');
}

/** Replaces this benchmark's section of docs/benchmarks.md, keeping every other section. */
export function writeReport(file: string, report: Report): void {
  replaceSection(file, START, END, render(report));
}

/** Replaces the text between `start` and `end` (markers included) in `file`, or appends it. */
export function replaceSection(file: string, start: string, end: string, section: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + section + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, next);
}
