import type { DataSource } from 'typeorm';
import { hashPassword } from '../../core/credentials/password.js';

/** Why the bootstrap admin could not be made; boot stops with this one line. */
export class BootstrapAdminError extends Error {}

/**
 * Creates the configured admin account (CHORUS_ADMIN_EMAIL / CHORUS_ADMIN_PASSWORD) when no
 * account holds that address; an existing admin with it is left as it is (restarts). An existing
 * non-admin account is never promoted: anyone may have signed up with any address (addresses are
 * not verified), so that would hand the installation to them. Boot stops and says so instead.
 */
export async function ensureAdmin(db: DataSource, email: string, password: string): Promise<void> {
  // Any account holding the address (verified or not) blocks: the insert happens only when none does.
  const [created] = await db.query<Array<{ id: string }>>(
    `INSERT INTO users (email, display_name, password_hash, role, email_verified_at)
     SELECT $1, $2, $3, 'admin', now() WHERE NOT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower($1))
     ON CONFLICT DO NOTHING RETURNING id`,
    [email, email.split('@')[0].slice(0, 50), await hashPassword(password)],
  );
  if (created) return;
  const [existing] = await db.query<Array<{ role: string }>>(
    `SELECT role FROM users WHERE lower(email) = lower($1) ORDER BY (role = 'admin') DESC LIMIT 1`,
    [email],
  );
  if (existing?.role !== 'admin') {
    throw new BootstrapAdminError(
      `CHORUS_ADMIN_EMAIL ${email} already belongs to a ${existing?.role ?? 'member'} account, which is not made admin at boot ` +
        '(addresses are not verified, anyone could have registered it); choose another address or promote the account from an admin session',
    );
  }
}
