// Shared by playwright.config.ts and lighthouse/run.mjs (plain JS so that Node runs it as is).
import { join } from 'node:path';

/** The demo accounts' password in e2e and Lighthouse runs (an installation generates its own). */
export const E2E_DEMO_PASSWORD = 'e2e-only-demo-pass-4d1f';

/**
 * The environment of the production app as the e2e suite and the Lighthouse run start it: the
 * API serves the built SPA on one port, on a fresh database with the demo data. Absolute paths:
 * the API resolves relative ones against the repository root, not cwd.
 */
export function productionAppEnv({ repoRoot, port, dataDir }) {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    CHORUS_DATA_DIR: dataDir,
    CHORUS_DEMO_DATA: 'true',
    CHORUS_DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    // The suite signs up and writes more than a person would; the API tests cover the real limits.
    CHORUS_RATE_LIMIT_SCALE: '100',
    WEB_DIST_DIR: join(repoRoot, 'web', 'dist'),
  };
}

/** Headless Chromium on our machines: no sandbox (root), no GPU, nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
