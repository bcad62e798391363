import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { RetentionService } from '../../../src/modules/maintenance/retention.service.js';
import { signUpAs } from '../../utils/accounts.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';

describe('retention (the hourly maintenance:prune job)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
  });
  afterAll(() => t.close());

  it('deletes expired sessions, rate-limit counters, sent mail and old notifications, and nothing else', async () => {
    const member = await signUpAs(t, 'member');
    const q = (sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params);
    await q(
      `INSERT INTO sessions (user_id, token_hash, expires_at)
       VALUES ($1, 'expired-long-ago', now() - interval '8 days'), ($1, 'expired-yesterday', now() - interval '1 day')`,
      [member.id],
    );
    await q(
      `INSERT INTO rate_limits (key, points, expire) VALUES
         ('test:old', 1, (extract(epoch FROM now() - interval '2 days') * 1000)::bigint),
         ('test:new', 1, (extract(epoch FROM now() + interval '1 hour') * 1000)::bigint)`,
    );
    await q(
      `INSERT INTO outbox (kind, payload, sent_at) VALUES
         ('notification', '{}', now() - interval '31 days'), ('notification', '{}', now() - interval '1 day'),
         ('notification', '{}', NULL)`,
    );
    const [idea] = await q(`SELECT id FROM ideas LIMIT 1`);
    await q(
      `INSERT INTO notifications (recipient_id, event_key, kind, idea_id, email_state, created_at) VALUES
         ($1, 'old', 'status_changed', $2, 'off', now() - interval '181 days'),
         ($1, 'recent', 'status_changed', $2, 'off', now() - interval '10 days')`,
      [member.id, idea.id],
    );

    expect(await t.app.get(RetentionService).prune()).toEqual({
      sessions: 1,
      rate_limits: 1,
      outbox: 1,
      notifications: 1,
    });
    // Left: the sign-up session and the one that expired only yesterday.
    expect(await q(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [member.id])).toEqual([{ n: 2 }]);
    expect(await q(`SELECT key FROM rate_limits WHERE key LIKE 'test:%'`)).toEqual([{ key: 'test:new' }]);
    expect(await q(`SELECT count(*)::int AS n FROM outbox`)).toEqual([{ n: 2 }]);
    expect(await q(`SELECT event_key FROM notifications WHERE recipient_id = $1`, [member.id])).toEqual([
      { event_key: 'recent' },
    ]);
    // The member's own live session is untouched.
    expect((await t.gql(`{ viewer { id } }`, {}, member.headers)).data).toEqual({ viewer: { id: member.id } });
  });

  it('is scheduled in the queue (graphile-worker keeps the crontab: restarts neither skip nor repeat it)', async () => {
    // The first tick registers every crontab line as known, with its last execution kept in the database.
    const known = await t.db.dataSource.query<Array<{ identifier: string }>>(
      `SELECT identifier FROM graphile_worker._private_known_crontabs ORDER BY identifier`,
    );
    // No SMTP_URL in this app, so no every-minute mail:send tick.
    expect(known.map((k) => k.identifier)).toEqual(['maintenance:prune', 'notifications:digest', 'webhooks:prune']);
  });
});
