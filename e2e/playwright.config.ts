import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { productionAppEnv } from './production-app.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '..');
const isCI = Boolean(process.env.CI);
const port = Number(process.env.E2E_PORT ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;
// The SMTP sink the app mails to, and where specs read that mail (fixtures/mailbox.ts).
const smtpPort = port + 1000;
process.env.E2E_MAILBOX_URL ??= `http://127.0.0.1:${port + 2000}`;

// A fresh database for every run. Playwright loads this file again in each worker, and
// workers inherit the environment, so fixing the folder in an env var keeps it the same.
process.env.CHORUS_E2E_DATA_DIR ??= join(tmpdir(), `chorus-e2e-${Date.now()}-${process.pid}`);
const dataDir = process.env.CHORUS_E2E_DATA_DIR;

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: isCI,
  retries: isCI ? 2 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: join(repoRoot, 'reports', 'e2e-playwright.json') }]],
  use: {
    baseURL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command: 'node mail-sink.mjs',
      cwd: here,
      url: `${process.env.E2E_MAILBOX_URL}/health`,
      timeout: 30_000,
      reuseExistingServer: !isCI,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      env: { SINK_SMTP_PORT: String(smtpPort), SINK_HTTP_PORT: String(port + 2000) },
    },
    {
      // The production build: the API serves the built SPA on one port, as in a real install.
      command: 'node --enable-source-maps ../api/dist/main.js',
      cwd: here,
      url: `${baseURL}/health`,
      timeout: 120_000,
      reuseExistingServer: !isCI,
      stdout: 'ignore',
      stderr: 'pipe',
      // Without this Playwright SIGKILLs the server, which would leave its PostgreSQL behind.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
      env: { ...productionAppEnv({ repoRoot, port, dataDir }), SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
    },
  ],
});
