#!/usr/bin/env node
// `npm test`: every suite in order (API jest on a real PostgreSQL, web Vitest, Playwright e2e
// against the built app), each printing its own summary, then one combined line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const suites = [
  { name: 'api (jest)', command: ['npm', 'test', '-w', 'api'], report: 'reports/api-jest.json' },
  { name: 'web (vitest)', command: ['npm', 'test', '-w', 'web'], report: 'reports/web-vitest.json' },
  {
    name: 'build for e2e',
    command: ['npx', 'nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=stream'],
  },
  { name: 'e2e (playwright)', command: ['npm', 'test', '-w', 'e2e'], report: 'reports/e2e-playwright.json' },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
for (const suite of suites) {
  if (suite.report) rmSync(suite.report, { force: true });
  console.log(`\n=== ${suite.name} ===`);
  const result = spawnSync(suite.command[0], suite.command.slice(1), { stdio: 'inherit' });
  const counts = readCounts(suite.report);
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1; // crashed before reporting
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  if (suite.report)
    lines.push(`${suite.name.padEnd(18)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  else if (result.status !== 0) lines.push(`${suite.name.padEnd(18)} failed`);
}

console.log(`\n=== summary ===\n${lines.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

function readCounts(report) {
  if (!report || !existsSync(report)) return { passed: 0, failed: 0, skipped: 0 };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  if ('passed' in json) return json; // our jest reporter
  if (json.stats && 'expected' in json.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky passed on retry.
    return {
      passed: json.stats.expected + json.stats.flaky,
      failed: json.stats.unexpected,
      skipped: json.stats.skipped,
    };
  }
  // Vitest json reporter (Jest-compatible shape).
  const failedTests = json.numFailedTests ?? 0;
  const brokenSuites = failedTests === 0 && (json.numFailedTestSuites ?? 0) > 0 ? 1 : 0;
  return {
    passed: json.numPassedTests ?? 0,
    failed: failedTests + brokenSuites,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
}
