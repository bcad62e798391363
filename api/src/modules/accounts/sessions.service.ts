import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../../core/errors.js';
import { hashSecret } from '../../core/secrets.js';
import { rows } from '../../core/sql/rows.js';
import { isUuid } from '../../core/sql/uuid.js';
import { requireViewer, type Viewer } from '../../core/viewer.js';
import type { SessionModel } from './session.model.js';

/** A member's signed-in browsers: listed, ended one by one, or all at once. */
@Injectable()
export class SessionsService {
  constructor(private readonly db: DataSource) {}

  /**
   * Remembers which browser a new session belongs to (shown on the sessions page), and whether
   * single sign-on started it (which confirms deleting an account without a password).
   */
  async describe(sessionToken: string, userAgent: string | undefined, viaSso = false): Promise<void> {
    if (!userAgent && !viaSso) return;
    await this.db.query(`UPDATE sessions SET user_agent = $2, via_sso = $3 WHERE token_hash = $1`, [
      hashSecret(sessionToken),
      userAgent?.slice(0, 300) ?? null,
      viaSso,
    ]);
  }

  /** The viewer's active sessions, newest first; `currentSession` marks the one asking. */
  async list(viewer: Viewer | null, currentSession: string | undefined): Promise<SessionModel[]> {
    const { id } = requireViewer(viewer);
    return this.db.query<SessionModel[]>(
      `SELECT id, created_at AS "createdAt", expires_at AS "expiresAt", user_agent AS "userAgent",
              coalesce(token_hash = $2, false) AS current
         FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
        ORDER BY created_at DESC LIMIT 100`,
      [id, currentSession ? hashSecret(currentSession) : null],
    );
  }

  /** Ends one of the viewer's sessions; returns whether it was the one asking. */
  async revoke(viewer: Viewer | null, sessionId: string, currentSession: string | undefined): Promise<boolean> {
    const { id } = requireViewer(viewer);
    if (!isUuid(sessionId)) throw notFound('Session');
    const ended = await rows<{ current: boolean }>(
      this.db,
      `UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL
        RETURNING coalesce(token_hash = $3, false) AS current`,
      [sessionId, id, currentSession ? hashSecret(currentSession) : null],
    );
    if (ended.length === 0) throw notFound('Session');
    return ended[0].current;
  }

  /** Ends every session of the viewer, this one included. */
  async signOutEverywhere(viewer: Viewer | null): Promise<void> {
    const { id } = requireViewer(viewer);
    await this.db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
  }
}
