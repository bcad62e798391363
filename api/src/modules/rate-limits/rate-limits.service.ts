import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterStoreOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { rateLimited } from '../../core/errors.js';

/** Writes a member may make per window; beyond them RATE_LIMITED with the seconds to wait. */
export const WRITE_LIMITS = {
  idea: { points: 10, duration: 10 * 60 },
  comment: { points: 30, duration: 10 * 60 },
  vote: { points: 120, duration: 10 * 60 },
  flag: { points: 20, duration: 60 * 60 },
  apiToken: { points: 10, duration: 60 * 60 },
  signUp: { points: 10, duration: 60 * 60 },
} as const;
export type WriteKind = keyof typeof WRITE_LIMITS;

/**
 * Failed sign-ins: from the `free`-th attempt in the window on, attempts go one at a time and
 * each failure makes the next one wait twice as long (1 s, 2 s, 4 s, ...) up to `maxDelay`. A delay, never a
 * lockout: the account's cap is short so nobody can keep its owner out, the address's is long.
 */
export const SIGN_IN_DELAYS = {
  account: { free: 5, maxDelay: 30 },
  address: { free: 25, maxDelay: 15 * 60 },
} as const;
const FAILURE_WINDOW_SECONDS = 15 * 60;
export type SignInScope = keyof typeof SIGN_IN_DELAYS;

/**
 * Rate limits that hold across API instances (rate-limiter-flexible): counters in Redis when
 * REDIS_URL is set, else in PostgreSQL (table rate_limits, on the app's pool). Keys are hashed,
 * so no address or e-mail is stored in clear.
 */
@Injectable()
export class RateLimitsService implements OnModuleDestroy {
  private redis?: Redis;
  private built?: {
    writes: Record<WriteKind, RateLimiterAbstract>;
    failures: Record<SignInScope, RateLimiterAbstract>;
    gates: Record<SignInScope, RateLimiterAbstract>;
  };

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The limiters, made on first use (the app's pool exists only once the data source is
   * connected, which the schema emitter never does). Expired PostgreSQL counters are deleted by
   * the maintenance:prune job (modules/maintenance/retention.service.ts).
   */
  private get limiters(): NonNullable<RateLimitsService['built']> {
    if (this.built) return this.built;
    const { db, config } = this;
    if (config.redisUrl) this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false });
    const pool = (db.driver as unknown as { master: Pool }).master;
    const store = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
      const options: IRateLimiterStoreOptions = { storeClient: this.redis ?? pool, keyPrefix, points, duration };
      return this.redis
        ? new RateLimiterRedis(options)
        : new RateLimiterPostgres({ ...options, tableName: 'rate_limits', tableCreated: true });
    };
    const writes = Object.fromEntries(
      Object.entries(WRITE_LIMITS).map(([kind, { points, duration }]) => [
        kind,
        store(`w:${kind}`, points * config.rateLimitScale, duration),
      ]),
    ) as Record<WriteKind, RateLimiterAbstract>;
    const failures = {
      account: store('sf:account', 1_000_000, FAILURE_WINDOW_SECONDS),
      address: store('sf:address', 1_000_000, FAILURE_WINDOW_SECONDS),
    };
    // One attempt at a time: `consume` lets exactly one of several parallel attempts through and
    // holds the gate while its password is checked (at most 30 s if the instance dies meanwhile).
    const gates = {
      account: store('sg:account', 1, 30),
      address: store('sg:address', 1, 30),
    };
    this.built = { writes, failures, gates };
    return this.built;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }

  /** Counts one write of `kind` by `who` (a member id, or an address for sign-up); RATE_LIMITED beyond the limit. */
  async consumeWrite(kind: WriteKind, who: string): Promise<void> {
    try {
      await this.limiters.writes[kind].consume(hashed(who));
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited('TOO_MANY_WRITES', error.msBeforeNext / 1000);
      throw error;
    }
  }

  /**
   * Counts a sign-in attempt before the password is checked, so parallel guesses are counted too.
   * From the `free`-th attempt on, one attempt at a time gets through (the gate), and only once
   * the delay earned by the last failure has run; the others are refused and not counted. Report
   * the outcome with `signInFailed` or `signInSucceeded`.
   */
  async beginSignIn(keys: Record<SignInScope, string>): Promise<SignInAttempt> {
    const attempt: SignInAttempt = { keys, gated: [] };
    for (const scope of ['account', 'address'] as const) {
      const key = hashed(keys[scope]);
      const { consumedPoints: count } = await this.limiters.failures[scope].penalty(key, 1);
      if (count < SIGN_IN_DELAYS[scope].free) continue;
      try {
        await this.limiters.gates[scope].consume(key);
      } catch (error) {
        await this.limiters.failures[scope].reward(key, 1);
        await Promise.all(
          attempt.gated.map((gated) => this.limiters.gates[gated.scope].delete(hashed(keys[gated.scope]))),
        );
        if (!(error instanceof RateLimiterRes)) throw error;
        // While another attempt is being checked the gate's hold says nothing of the wait to
        // come; the delay its failure would start is the honest estimate.
        throw rateLimited('TOO_MANY_SIGN_IN_ATTEMPTS', Math.min(error.msBeforeNext / 1000, delayAfter(scope, count)));
      }
      attempt.gated.push({ scope, count });
    }
    return attempt;
  }

  /** Starts the delay the next attempt waits: 1 s, 2 s, 4 s, ... from now, up to the scope's cap. */
  async signInFailed({ keys, gated }: SignInAttempt): Promise<void> {
    await Promise.all(
      gated.map(({ scope, count }) => this.limiters.gates[scope].block(hashed(keys[scope]), delayAfter(scope, count))),
    );
  }

  /** Forgets the account's failures and gives the address its attempt back. */
  async signInSucceeded({ keys }: SignInAttempt): Promise<void> {
    const account = hashed(keys.account);
    const address = hashed(keys.address);
    await Promise.all([
      this.limiters.failures.account.delete(account),
      this.limiters.gates.account.delete(account),
      this.limiters.failures.address.reward(address, 1),
      this.limiters.gates.address.delete(address),
    ]);
  }
}

/** One sign-in in progress: which scopes it passed the gate of, at which failure count. */
export interface SignInAttempt {
  keys: Record<SignInScope, string>;
  gated: Array<{ scope: SignInScope; count: number }>;
}

/** Seconds the attempt after the `count`-th failure waits. */
const delayAfter = (scope: SignInScope, count: number) =>
  Math.min(2 ** Math.max(0, count - SIGN_IN_DELAYS[scope].free), SIGN_IN_DELAYS[scope].maxDelay);

const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');
