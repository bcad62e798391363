import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hasRole, requireViewer, TOKEN_SCOPES, type TokenScope, type Viewer } from '../../core/viewer.js';
import { hashSecret, newSecret } from '../../core/secrets.js';
import { badInput, forbidden } from '../../core/errors.js';
import { rows } from '../../core/sql/rows.js';
import { AuditService } from '../audit/audit.service.js';
import type { ApiTokenModel, CreatedApiTokenModel } from './api-token.model.js';
import { RateLimitsService } from '../rate-limits/rate-limits.service.js';

const COLUMNS = `id, name, scope, created_at AS "createdAt", expires_at AS "expiresAt", last_used_at AS "lastUsedAt"`;
const MAX_ACTIVE_TOKENS = 20;
/** The longest expiry one can choose: a year. */
export const MAX_TOKEN_DAYS = 365;

export interface NewApiToken {
  name: string;
  scope: TokenScope;
  /** Null: until revoked. */
  expiresInDays: number | null;
}

type Row = Omit<ApiTokenModel, 'scope'> & { scope: TokenScope };

/** Active: not revoked and not expired (the same rule as AuthService.viewerFrom). */
const ACTIVE = `revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`;

@Injectable()
export class ApiTokensService {
  constructor(
    private readonly db: DataSource,
    private readonly rateLimits: RateLimitsService,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: Viewer | null): Promise<ApiTokenModel[]> {
    const { id } = requireViewer(viewer);
    return this.db.query(
      `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1 AND ${ACTIVE} ORDER BY created_at DESC`,
      [id],
    );
  }

  async create(viewer: Viewer | null, input: NewApiToken): Promise<CreatedApiTokenModel> {
    const owner = requireSession(viewer);
    await this.rateLimits.consumeWrite('apiToken', owner.id);
    const name = input.name.trim();
    if (name.length < 1 || name.length > 60) throw badInput({ name: 'Use 1 to 60 characters.' });
    if (!TOKEN_SCOPES.includes(input.scope)) throw badInput({ scope: 'Choose read, write or admin.' });
    if (input.scope === 'admin' && !hasRole(owner, 'admin'))
      throw forbidden('Only admins can create tokens with the admin scope.', 'TOKEN_SCOPE_NOT_ALLOWED');
    const days = input.expiresInDays;
    if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS))
      throw badInput({ expiresInDays: `Choose 1 to ${MAX_TOKEN_DAYS} days, or no expiry.` });
    const token = newSecret('chorus_');
    const apiToken = await this.db.transaction(async (tx) => {
      const [created] = await tx.query<Row[]>(
        `INSERT INTO api_tokens (user_id, name, token_hash, scope, expires_at)
         SELECT $1, $2, $3, $5, now() + make_interval(days => $6)
          WHERE (SELECT count(*) FROM api_tokens WHERE user_id = $1 AND ${ACTIVE}) < $4
         RETURNING ${COLUMNS}`,
        [owner.id, name, hashSecret(token), MAX_ACTIVE_TOKENS, input.scope, days],
      );
      if (!created) throw badInput({ name: `You already have ${MAX_ACTIVE_TOKENS} tokens; revoke one first.` });
      await this.audit.record(tx, {
        actorId: owner.id,
        action: 'api_token.created',
        subjectType: 'api_token',
        subjectId: created.id,
        before: null,
        after: { name: created.name, scope: created.scope, expiresAt: created.expiresAt },
      });
      return created;
    });
    return { token, apiToken: apiToken as ApiTokenModel };
  }

  /** Revokes one of the viewer's tokens; someone else's token id is treated as absent. */
  async revoke(viewer: Viewer | null, id: string): Promise<boolean> {
    const { id: userId } = requireSession(viewer);
    return this.db.transaction(async (tx) => {
      const [revoked] = await rows<Row>(
        tx,
        `UPDATE api_tokens SET revoked_at = now() WHERE id::text = $1 AND user_id = $2 AND revoked_at IS NULL
         RETURNING ${COLUMNS}`,
        [id, userId],
      );
      if (!revoked) return false;
      await this.audit.record(tx, {
        actorId: userId,
        action: 'api_token.revoked',
        subjectType: 'api_token',
        subjectId: revoked.id,
        before: { name: revoked.name, scope: revoked.scope, expiresAt: revoked.expiresAt },
        after: null,
      });
      return true;
    });
  }
}

/** The signed-in viewer using a session: tokens are managed by a person, never by another token. */
function requireSession(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.viaToken)
    throw forbidden('API tokens are managed from a signed-in session, not with a token.', 'SESSION_REQUIRED');
  return signedIn;
}
