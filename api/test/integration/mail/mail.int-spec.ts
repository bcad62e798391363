import type { SMTPServer } from 'smtp-server';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { DigestService } from '../../../src/modules/notifications/notification-digest.service.js';
import { OutboxWorker } from '../../../src/modules/mail/outbox-worker.service.js';
import { JobQueue } from '../../../src/core/jobs/job-queue.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { freePort, header, startSink, type Received } from '../../utils/smtp-sink.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { STATUS, VOTE, ok, settled, submitIdea } from '../../utils/follow-up-work.js';

const PREFS = `mutation ($email: EmailFrequency!) { updateNotificationPreferences(input: { email: $email }) { email } }`;

describe('notification e-mail through the outbox', () => {
  let t: TestApp;
  let port: number;
  let sink: SMTPServer | undefined;
  const received: Received[] = [];
  let pm: TestAccount;
  let now: TestAccount;
  let daily: TestAccount;
  let never: TestAccount;
  let author: TestAccount;
  let ideaId: string;

  beforeAll(async () => {
    port = await freePort();
    // The test drives the outbox by hand (runOnce), as if this instance left sending to others.
    t = await createTestApp({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'Chorus <chorus@example.test>',
      mailWorker: false,
    });
    await seedDemo(t.db.dataSource);
    pm = await signUpAs(t, 'product_manager');
    author = await signUpAs(t, 'member', 'Idea Author');
    now = await signUpAs(t, 'member', 'Immediate Irma');
    daily = await signUpAs(t, 'member', 'Daily Dora');
    never = await signUpAs(t, 'member', 'Never Ned');
    await ok(t, PREFS, { email: 'DAILY_DIGEST' }, daily);
    await ok(t, PREFS, { email: 'NEVER' }, never);
    ideaId = await submitIdea(t, author, 'Mail <me> & "tell" me');
    for (const who of [now, daily, never]) await ok(t, VOTE, { id: ideaId }, who);
    await settled(t);
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => (sink ? sink.close(() => resolve()) : resolve()));
  });

  const outbox = () =>
    t.db.dataSource.query<
      Array<{
        id: string;
        kind: string;
        attempts: number;
        sentAt: Date | null;
        lastError: string | null;
        due: boolean;
        to: string;
      }>
    >(
      `SELECT id, kind, attempts, sent_at AS "sentAt", last_error AS "lastError", next_attempt_at > now() AS due,
              payload->>'to' AS to FROM outbox ORDER BY created_at`,
    );

  it('shows each member their own preferences only', async () => {
    const q = `query ($id: ID!) { viewer { notificationPreferences { email } } user(id: $id) { notificationPreferences { email } } }`;
    expect(await ok(t, q, { id: now.id }, daily)).toEqual({
      viewer: { notificationPreferences: { email: 'DAILY_DIGEST' } },
      user: { notificationPreferences: null },
    });
  });

  it('keeps mail while SMTP is down, retries with backoff, then delivers each exactly once', async () => {
    await ok(t, STATUS, { input: { ideaId, statusKey: 'done', note: 'Shipped in <v2> & friends' } }, pm);
    await settled(t);
    // Immediate mail for the author and Irma, in the same transaction as their notifications.
    let rows = await outbox();
    expect(rows.map((r) => r.to).sort()).toEqual([author.email, now.email].sort());
    const [{ digest }] = await t.db.dataSource.query<Array<{ digest: number }>>(
      `SELECT count(*)::int AS digest FROM notifications WHERE email_state = 'digest' AND recipient_id = $1`,
      [daily.id],
    );
    expect(digest).toBe(1);

    // SMTP down: nothing sent, nothing lost, retries scheduled.
    const worker = t.app.get(OutboxWorker);
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 2 });
    rows = await outbox();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ attempts: 1, sentAt: null, due: true });
      expect(row.lastError).toBeTruthy();
    }
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 }); // backing off: not due yet

    // SMTP up, time passes; two API instances drain at once.
    sink = await startSink(port, received);
    await t.db.dataSource.query(`UPDATE outbox SET next_attempt_at = now()`);
    const other = new OutboxWorker(t.db.dataSource, t.app.get(JobQueue), t.config);
    const results = await Promise.all([worker.runOnce(), other.runOnce()]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(2);
    await other.onApplicationShutdown();
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });

    expect(received.map((m) => m.to[0]).sort()).toEqual([author.email, now.email].sort());
    rows = await outbox();
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 2 && r.lastError === null)).toBe(true);

    const mail = received.find((m) => m.to[0] === now.email)!;
    expect(header(mail, 'From')).toContain('chorus@example.test');
    expect(header(mail, 'Subject')).toBeTruthy();
    expect(mail.raw).toMatch(/Content-Type: text\/plain/i);
    expect(mail.raw).toMatch(/Content-Type: text\/html/i);
    expect(mail.raw).toContain('&lt;v2&gt; &amp; friends'); // HTML body escapes the note
    expect(header(mail, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:\d+\/unsubscribe\?token=[^>]+>/);
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  it('bundles the daily digest once and never mails members who opted out', async () => {
    const digests = t.app.get(DigestService);
    expect(await digests.collect()).toBe(1);
    expect(await digests.collect()).toBe(0);
    expect(await t.app.get(OutboxWorker).runOnce()).toEqual({ sent: 1, failed: 0 });
    const digest = received.filter((m) => m.to[0] === daily.email);
    expect(digest).toHaveLength(1);
    expect(header(digest[0], 'Subject')).toContain('digest');
    expect(received.some((m) => m.to[0] === never.email)).toBe(false);
  });

  it('measures delivery: share of backers told in the app and by mail (staff only)', async () => {
    const q = `query ($id: ID!) { idea(id: $id) { backersNotifiedShare } }`;
    // Backers: the author (their own vote at submission) and Irma (mailed at once), Dora (mailed in the
    // digest), Ned (never: told in the app only).
    expect(await ok(t, q, { id: ideaId }, pm)).toEqual({ idea: { backersNotifiedShare: 3 / 4 } });
    expect(await ok(t, q, { id: ideaId }, now)).toEqual({ idea: { backersNotifiedShare: null } });
    const open = await submitIdea(t, author, 'Not done yet at all');
    expect(await ok(t, q, { id: open }, pm)).toEqual({ idea: { backersNotifiedShare: null } });
  });

  it('unsubscribes with the signed one-click link, and refuses a tampered one', async () => {
    const mail = received.find((m) => m.to[0] === now.email)!;
    const link = /<([^>]+)>/.exec(header(mail, 'List-Unsubscribe')!)![1];
    const token = new URL(link).searchParams.get('token')!;

    const forged = token.replace(now.id, author.id);
    const tampered = await fetch(`${t.url}/unsubscribe?token=${encodeURIComponent(forged)}`);
    expect(tampered.status).toBe(400);
    const garbage = await fetch(`${t.url}/unsubscribe?token=${encodeURIComponent(token.slice(0, -2) + 'xx')}`);
    expect(garbage.status).toBe(400);
    const prefs = `{ viewer { notificationPreferences { email } } }`;
    expect(await ok(t, prefs, {}, author)).toEqual({ viewer: { notificationPreferences: { email: 'IMMEDIATELY' } } });

    // GET (a person, or a mail scanner following links) only asks; its button POSTs.
    const response = await fetch(`${t.url}/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const confirm = await response.text();
    expect(await ok(t, prefs, {}, now)).toEqual({ viewer: { notificationPreferences: { email: 'IMMEDIATELY' } } });
    const action = /<form method="post" action="([^"]+)">/.exec(confirm)![1].replaceAll('&amp;', '&');
    const confirmed = await fetch(`${t.url}${action}`, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.headers.get('content-type')).toMatch(/text\/html/);
    expect(await confirmed.text()).toContain('unsubscribed');
    expect(await ok(t, prefs, {}, now)).toEqual({ viewer: { notificationPreferences: { email: 'NEVER' } } });

    // RFC 8058 one-click POST works too.
    await ok(t, PREFS, { email: 'IMMEDIATELY' }, now);
    const post = await fetch(`${t.url}/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(post.status).toBe(200);
    expect(await ok(t, prefs, {}, now)).toEqual({ viewer: { notificationPreferences: { email: 'NEVER' } } });
  });
});
