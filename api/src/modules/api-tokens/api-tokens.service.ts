import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requireViewer } from '../../core/viewer.js';
import { hashSecret, newSecret } from '../../core/secrets.js';
import type { Viewer } from '../../core/viewer.js';
import { badInput, forbidden } from '../../core/errors.js';
import { rows } from '../../core/sql/rows.js';
import type { ApiTokenModel, CreatedApiTokenModel } from './api-token.model.js';
import { RateLimitsService } from '../rate-limits/rate-limits.service.js';

const COLUMNS = `id, name, created_at AS "createdAt", last_used_at AS "lastUsedAt"`;
const MAX_ACTIVE_TOKENS = 20;

@Injectable()
export class ApiTokensService {
  constructor(
    private readonly db: DataSource,
    private readonly rateLimits: RateLimitsService,
  ) {}

  async list(viewer: Viewer | null): Promise<ApiTokenModel[]> {
    const { id } = requireViewer(viewer);
    return this.db.query(
      `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC`,
      [id],
    );
  }

  async create(viewer: Viewer | null, rawName: string): Promise<CreatedApiTokenModel> {
    const { id: userId } = requireSession(viewer);
    await this.rateLimits.consumeWrite('apiToken', userId);
    const name = rawName.trim();
    if (name.length < 1 || name.length > 60) throw badInput({ name: 'Use 1 to 60 characters.' });
    const token = newSecret('chorus_');
    const [apiToken] = await this.db.query<ApiTokenModel[]>(
      `INSERT INTO api_tokens (user_id, name, token_hash)
       SELECT $1, $2, $3 WHERE (SELECT count(*) FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL) < $4
       RETURNING ${COLUMNS}`,
      [userId, name, hashSecret(token), MAX_ACTIVE_TOKENS],
    );
    if (!apiToken) throw badInput({ name: `You already have ${MAX_ACTIVE_TOKENS} tokens; revoke one first.` });
    return { token, apiToken };
  }

  /** Revokes one of the viewer's tokens; someone else's token id is treated as absent. */
  async revoke(viewer: Viewer | null, id: string): Promise<boolean> {
    const { id: userId } = requireSession(viewer);
    const revoked = await rows(
      this.db,
      `UPDATE api_tokens SET revoked_at = now() WHERE id::text = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`,
      [id, userId],
    );
    return revoked.length > 0;
  }
}

/** The signed-in viewer using a session: tokens are managed by a person, never by another token. */
function requireSession(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.viaToken)
    throw forbidden('API tokens are managed from a signed-in session, not with a token.', 'SESSION_REQUIRED');
  return signedIn;
}
