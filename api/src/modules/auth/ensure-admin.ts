import type { DataSource } from 'typeorm';
import { hashPassword } from '../../core/credentials/password.js';

/**
 * Makes sure the configured admin account exists with the admin role
 * (CHORUS_ADMIN_EMAIL / CHORUS_ADMIN_PASSWORD). An existing password is kept.
 */
export async function ensureAdmin(db: DataSource, email: string, password: string): Promise<void> {
  await db.query(
    `INSERT INTO users (email, display_name, password_hash, role, email_verified_at) VALUES ($1, $2, $3, 'admin', now())
     ON CONFLICT ((lower(email))) WHERE email_verified_at IS NOT NULL DO UPDATE SET role = 'admin'`,
    [email, email.split('@')[0].slice(0, 50), await hashPassword(password)],
  );
}
