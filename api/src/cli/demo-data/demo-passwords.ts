import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../../config/config.js';
import type { DemoRole } from './demo-data.js';

export type DemoPasswords = Record<DemoRole, string>;

const ROLES: DemoRole[] = ['member', 'product_manager', 'admin'];

/** Fresh random passwords, one per demo account (nobody else can know them). */
export function randomDemoPasswords(): DemoPasswords {
  return Object.fromEntries(ROLES.map((role) => [role, randomBytes(9).toString('base64url')])) as DemoPasswords;
}

/**
 * The demo accounts' passwords of this installation: CHORUS_DEMO_PASSWORD for all of them when set
 * (test and e2e runs), else generated once into `<dataDir>/demo-passwords.json` (owner-only) and
 * read from there on every later start, so the start banner can print them.
 */
export function demoPasswords(config: Pick<AppConfig, 'dataDir' | 'demoPassword'>): {
  passwords: DemoPasswords;
  /** Set now: accounts seeded before (with the old published passwords) must take these. */
  fresh: boolean;
} {
  if (config.demoPassword) {
    const shared = config.demoPassword;
    return { passwords: Object.fromEntries(ROLES.map((role) => [role, shared])) as DemoPasswords, fresh: true };
  }
  const file = join(config.dataDir, 'demo-passwords.json');
  if (existsSync(file)) return { passwords: JSON.parse(readFileSync(file, 'utf8')) as DemoPasswords, fresh: false };
  mkdirSync(config.dataDir, { recursive: true });
  const generated = randomDemoPasswords();
  writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { passwords: generated, fresh: true };
}
