import { existsSync } from 'node:fs';

/** Where distributions put Chromium; CHROMIUM_PATH wins over both. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The Chromium the suite drives. Playwright cannot download its own browser build on our
 * machines, so we use the system one, and fail loudly (never skip) when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = CANDIDATES): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error([`CHROMIUM_PATH is set to "${fromEnv}", but no file exists there.`, ...HOW_TO_INSTALL].join('\n'));
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [`The e2e suite needs Chromium, and none was found at ${candidates.join(' or ')}.`, ...HOW_TO_INSTALL].join('\n'),
  );
}

const HOW_TO_INSTALL = [
  'Install it with:  apt-get update && apt-get install -y chromium   (Debian/Ubuntu, as root)',
  'or set CHROMIUM_PATH to a Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chromium npm test -w e2e',
];

export { CHROMIUM_ARGS } from './production-app.mjs';
