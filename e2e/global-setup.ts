import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Removes database folders left by earlier runs. A folder whose PostgreSQL still runs
 * (it still has postmaster.pid) belongs to another run and is left alone.
 */
export default function globalSetup(): void {
  const current = process.env.CHORUS_E2E_DATA_DIR;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('chorus-e2e-')) continue;
    const folder = join(tmpdir(), name);
    if (folder === current || existsSync(join(folder, 'postgres', 'postmaster.pid'))) continue;
    rmSync(folder, { recursive: true, force: true });
  }
}
