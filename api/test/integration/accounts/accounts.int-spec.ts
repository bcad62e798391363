import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SMTPServer } from 'smtp-server';
import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { JobQueue } from '../../../src/core/jobs/job-queue.js';
import { OutboxWorker } from '../../../src/modules/mail/outbox-worker.service.js';
import { sessionCookieOf, signUpAs } from '../../utils/accounts.js';
import { STATUS, VOTE, ok, settled, submitIdea } from '../../utils/follow-up-work.js';
import { freePort, header, startSink, type Received } from '../../utils/smtp-sink.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../../utils/test-app.js';

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id emailVerified } } }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const VIEWER = '{ viewer { id email emailVerified displayName } }';
const VERIFY = 'mutation ($token: String!) { verifyEmail(token: $token) { id email emailVerified } }';
const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const RESET = 'mutation ($token: String!, $pw: String!) { resetPassword(token: $token, newPassword: $pw) }';
const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const CHANGE_EMAIL = 'mutation ($input: ChangeEmailInput!) { changeEmail(input: $input) }';
const SESSIONS = '{ sessions { id userAgent current createdAt expiresAt } }';

interface Person {
  id: string;
  email: string;
  password: string;
  headers: Record<string, string>;
}

const uniqueEmail = (name: string) => `${name}-${randomBytes(5).toString('hex')}@example.test`;

describe('accounts customers can keep', () => {
  let t: TestApp;
  let port: number;
  let sink: SMTPServer;
  const received: Received[] = [];

  beforeAll(async () => {
    port = await freePort();
    sink = await startSink(port, received);
    t = await createTestApp({ smtpUrl: `smtp://127.0.0.1:${port}` });
    await seedDemo(t.db.dataSource);
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => sink.close(() => resolve()));
  });

  async function post<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'AccountsSpec/1.0', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { response, body: (await response.json()) as GraphQLResponse<T> };
  }

  async function signUp(name: string, email = uniqueEmail(name), password = 'correct horse battery'): Promise<Person> {
    const { response, body } = await post<{ signUp: { user: { id: string } } }>(SIGN_UP, {
      input: { email, password, displayName: name },
    });
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return { id: body.data.signUp.user.id, email, password, headers: { cookie: sessionCookieOf(response) } };
  }

  async function signIn(email: string, password: string): Promise<Record<string, string> | null> {
    const { response, body } = await post(SIGN_IN, { input: { email, password } });
    return body.errors ? null : { cookie: sessionCookieOf(response) };
  }

  /** The newest outbox mail of this kind to this address, and the token of the link in it. */
  async function mailTo(email: string, kind: string): Promise<{ text: string; token: string | null } | undefined> {
    const [mail] = await t.db.dataSource.query<Array<{ text: string }>>(
      `SELECT payload->>'text' AS text FROM outbox WHERE kind = $1 AND lower(payload->>'to') = lower($2)
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [kind, email],
    );
    if (!mail) return undefined;
    const link = /http\S+[?&]token=([\w-]+)/.exec(mail.text);
    return { text: mail.text, token: link ? link[1] : null };
  }

  const mailCount = async (email: string, kind?: string) =>
    (
      await t.db.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM outbox WHERE lower(payload->>'to') = lower($1) AND ($2::text IS NULL OR kind = $2)`,
        [email, kind ?? null],
      )
    )[0].n;

  const viewer = async (headers: Record<string, string>) =>
    (
      await t.gql<{ viewer: { id: string; email: string; emailVerified: boolean; displayName: string } | null }>(
        VIEWER,
        {},
        headers,
      )
    ).data?.viewer ?? null;

  describe('e-mail verification', () => {
    it('mails a single-use link at sign-up, stores only a keyed hash of it, and verifies the address', async () => {
      const { body } = await post<{ signUp: { user: { emailVerified: boolean } } }>(SIGN_UP, {
        input: { email: uniqueEmail('new'), password: 'correct horse battery', displayName: 'New' },
      });
      expect(body.data?.signUp.user.emailVerified).toBe(false); // the payload is the new member's own
      const ada = await signUp('Ada');
      expect(await viewer(ada.headers)).toMatchObject({ id: ada.id, emailVerified: false });
      const mail = await mailTo(ada.email, 'verify_email');
      expect(mail?.text).toContain(`${t.config.publicUrl}/verify-email?token=`);
      const token = mail!.token!;

      const stored = await t.db.dataSource.query<Array<{ hash: Buffer; expiresIn: number }>>(
        `SELECT token_hash AS hash, extract(epoch FROM expires_at - now())::int AS "expiresIn"
           FROM account_tokens WHERE user_id = $1`,
        [ada.id],
      );
      expect(stored).toHaveLength(1);
      expect(stored[0].hash.equals(createHash('sha256').update(token).digest())).toBe(false);
      expect(stored[0].hash.toString('utf8')).not.toContain(token);
      expect(stored[0].expiresIn).toBeGreaterThan(47 * 3600);

      const verified = await t.gql(VERIFY, { token });
      expect(verified.data).toEqual({ verifyEmail: { id: ada.id, email: null, emailVerified: null } }); // signed out: private
      expect(await viewer(ada.headers)).toMatchObject({ emailVerified: true });

      const again = await t.gql(VERIFY, { token });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_LINK' });
    });

    it('refuses altered, malformed and expired links alike', async () => {
      const bo = await signUp('Bo');
      const { token } = (await mailTo(bo.email, 'verify_email'))!;
      const altered = `${token!.slice(0, -1)}${token!.endsWith('A') ? 'B' : 'A'}`;
      for (const candidate of [altered, 'x'.repeat(10_000), '', `${token}.`]) {
        const response = await t.gql(VERIFY, { token: candidate });
        expect(response.errors?.[0].extensions?.reason).toBe('INVALID_LINK');
      }
      await t.db.dataSource.query(
        `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [bo.id],
      );
      expect((await t.gql(VERIFY, { token })).errors?.[0].extensions?.reason).toBe('INVALID_LINK');
      expect(await viewer(bo.headers)).toMatchObject({ emailVerified: false });
    });

    it('sends a fresh link on request, but not to an address already verified', async () => {
      const cy = await signUp('Cy');
      const first = (await mailTo(cy.email, 'verify_email'))!.token;
      expect((await t.gql('mutation { requestEmailVerification }', {}, cy.headers)).data).toEqual({
        requestEmailVerification: true,
      });
      const second = (await mailTo(cy.email, 'verify_email'))!.token!;
      expect(second).not.toBe(first);
      await t.gql(VERIFY, { token: second });
      // Verifying retires the older link too.
      expect((await t.gql(VERIFY, { token: first })).errors?.[0].extensions?.reason).toBe('INVALID_LINK');
      const again = await t.gql('mutation { requestEmailVerification }', {}, cy.headers);
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_VERIFIED' });
      expect((await t.gql('mutation { requestEmailVerification }')).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('lets whoever verifies an address first hold it, however many signed up with it before', async () => {
      const address = uniqueEmail('contested');
      const squatter = await signUp('Squatter', address, 'squatter password');
      const owner = await signUp('Owner', address.toUpperCase(), 'owner password');
      expect(owner.id).not.toBe(squatter.id);
      const squatterLink = (
        await t.db.dataSource.query<Array<{ id: string }>>(`SELECT id FROM account_tokens WHERE user_id = $1`, [
          squatter.id,
        ])
      )[0];
      expect(squatterLink).toBeDefined();

      // Each password reaches its own account.
      expect(await viewer((await signIn(address, 'squatter password'))!)).toMatchObject({ id: squatter.id });
      expect(await viewer((await signIn(address, 'owner password'))!)).toMatchObject({ id: owner.id });

      // The owner reads the mailbox: both links arrived there; the owner opens their own first.
      const links = await t.db.dataSource.query<Array<{ text: string; userId: string }>>(
        `SELECT payload->>'text' AS text, payload->>'userId' AS "userId" FROM outbox
          WHERE kind = 'verify_email' AND lower(payload->>'to') = lower($1)`,
        [address],
      );
      const tokenOf = (id: string) => /token=([\w-]+)/.exec(links.find((l) => l.userId === id)!.text)![1];
      expect((await t.gql(VERIFY, { token: tokenOf(owner.id) })).data).toMatchObject({ verifyEmail: { id: owner.id } });
      const late = await t.gql(VERIFY, { token: tokenOf(squatter.id) });
      expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });

      // Now the address is taken for new sign-ups.
      const { body } = await post(SIGN_UP, {
        input: { email: address, password: 'third password', displayName: 'Late' },
      });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    });

    it('sends an unverified member no notification mail until they verify, though they take part', async () => {
      const pm = await signUpAs(t, 'product_manager');
      const author = await signUpAs(t, 'member', 'Author');
      const ideaId = await submitIdea(t, author, 'Mail only confirmed addresses');
      const dee = await signUp('Dee');
      await ok(t, VOTE, { id: ideaId }, dee); // taking part needs no verification
      await settled(t);
      await ok(t, STATUS, { input: { ideaId, statusKey: 'planned' } }, pm);
      await settled(t);
      const states = async () =>
        (
          await t.db.dataSource.query<Array<{ state: string }>>(
            `SELECT email_state AS state FROM notifications WHERE recipient_id = $1 ORDER BY created_at`,
            [dee.id],
          )
        ).map((row) => row.state);
      expect(await states()).toEqual(['off']);
      expect(await mailCount(dee.email, 'notification')).toBe(0);

      await t.gql(VERIFY, { token: (await mailTo(dee.email, 'verify_email'))!.token });
      await ok(t, STATUS, { input: { ideaId, statusKey: 'in_progress' } }, pm);
      await settled(t);
      expect(await states()).toEqual(['off', 'queued']);
      expect(await mailCount(dee.email, 'notification')).toBe(1);
    });

    it('delivers account mail over SMTP without an unsubscribe header', async () => {
      const eve = await signUp('Eve');
      await t.app.get(OutboxWorker).runOnce();
      const mail = received.find((m) => m.to.includes(eve.email.toLowerCase()) || m.to.includes(eve.email));
      expect(mail).toBeDefined();
      expect(header(mail!, 'Subject')).toBe('Confirm your e-mail address for Chorus');
      expect(header(mail!, 'List-Unsubscribe')).toBeUndefined();
    });
  });

  describe('password reset', () => {
    it('answers the same for known and unknown addresses, and mails only the known one', async () => {
      const fay = await signUp('Fay');
      const unknown = uniqueEmail('nobody');
      const known = await post(REQUEST_RESET, { email: fay.email.toUpperCase() });
      const other = await post(REQUEST_RESET, { email: unknown });
      expect(known.body).toEqual(other.body);
      expect(known.body).toEqual({ data: { requestPasswordReset: true } });
      expect(known.response.status).toBe(other.response.status);
      await settled(t);
      expect(await mailCount(fay.email, 'reset_password')).toBe(1);
      expect(await mailCount(unknown)).toBe(0);
      expect((await post(REQUEST_RESET, { email: 'x'.repeat(100_000) })).body).toEqual(known.body);
    });

    it('sets a new password once, for one hour, and signs out every session', async () => {
      const gus = await signUp('Gus');
      const laptop = (await signIn(gus.email, gus.password))!;
      await post(REQUEST_RESET, { email: gus.email });
      await settled(t);
      const { token, text } = (await mailTo(gus.email, 'reset_password'))!;
      expect(text).toContain(`${t.config.publicUrl}/reset-password?token=`);

      const short = await t.gql(RESET, { token, pw: 'short' });
      expect(short.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { newPassword: expect.any(String) },
      });

      expect((await t.gql(RESET, { token, pw: 'a brand new secret' })).data).toEqual({ resetPassword: true });
      expect(await viewer(gus.headers)).toBeNull();
      expect(await viewer(laptop)).toBeNull();
      expect(await signIn(gus.email, gus.password)).toBeNull();
      expect(await viewer((await signIn(gus.email, 'a brand new secret'))!)).toMatchObject({ id: gus.id });

      const twice = await t.gql(RESET, { token, pw: 'yet another secret' });
      expect(twice.errors?.[0].extensions?.reason).toBe('INVALID_LINK');

      await post(REQUEST_RESET, { email: gus.email });
      await settled(t);
      const late = (await mailTo(gus.email, 'reset_password'))!.token;
      await t.db.dataSource.query(
        `UPDATE account_tokens SET created_at = created_at - interval '61 minutes', expires_at = expires_at - interval '61 minutes'
          WHERE user_id = $1 AND used_at IS NULL`,
        [gus.id],
      );
      expect((await t.gql(RESET, { token: late, pw: 'yet another secret' })).errors?.[0].extensions?.reason).toBe(
        'INVALID_LINK',
      );
    });

    it('mails one link per request: a job that runs again after it committed mails no second one', async () => {
      const ida = await signUp('Ida');
      const jobs = t.app.get(JobQueue);
      // The same job twice, as when a worker dies after the job's transaction committed.
      const job = { email: ida.email, requestId: randomUUID() };
      await jobs.enqueue(t.db.dataSource.manager, 'account.password_reset_links', job);
      await settled(t);
      await jobs.enqueue(t.db.dataSource.manager, 'account.password_reset_links', job);
      await settled(t);
      expect(await mailCount(ida.email, 'reset_password')).toBe(1);
      const links = async () =>
        (
          await t.db.dataSource.query<Array<{ n: number }>>(
            `SELECT count(*)::int AS n FROM account_tokens WHERE user_id = $1 AND purpose = 'reset_password'`,
            [ida.id],
          )
        )[0].n;
      expect(await links()).toBe(1);

      // Another request is another link.
      await post(REQUEST_RESET, { email: ida.email });
      await settled(t);
      expect(await mailCount(ida.email, 'reset_password')).toBe(2);
      expect(await links()).toBe(2);
    });

    it('sends at most five links an hour to one account', async () => {
      const hal = await signUp('Hal');
      for (let i = 0; i < 7; i++) await post(REQUEST_RESET, { email: hal.email });
      await settled(t);
      expect(await mailCount(hal.email, 'reset_password')).toBe(5);
    });
  });

  describe('settings', () => {
    it('changes the password with the current one, signing out the other sessions only', async () => {
      const ivy = await signUp('Ivy');
      const phone = (await signIn(ivy.email, ivy.password))!;
      const wrong = await t.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: 'not it at all', newPassword: 'a better password' } },
        ivy.headers,
      );
      expect(wrong.errors?.[0].extensions).toMatchObject({
        reason: 'WRONG_PASSWORD',
        fields: { currentPassword: expect.any(String) },
      });
      expect(await viewer(phone)).not.toBeNull();

      const changed = await t.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: ivy.password, newPassword: 'a better password' } },
        ivy.headers,
      );
      expect(changed.data).toEqual({ changePassword: true });
      expect(await viewer(ivy.headers)).toMatchObject({ id: ivy.id });
      expect(await viewer(phone)).toBeNull();
      expect(await signIn(ivy.email, 'a better password')).not.toBeNull();
    });

    it('changes the e-mail address once the new one is verified, and tells the old one', async () => {
      const jo = await signUp('Jo');
      await t.gql(VERIFY, { token: (await mailTo(jo.email, 'verify_email'))!.token });
      const newEmail = uniqueEmail('jo-new');
      const wrong = await t.gql(CHANGE_EMAIL, { input: { newEmail, password: 'wrong password' } }, jo.headers);
      expect(wrong.errors?.[0].extensions?.reason).toBe('WRONG_PASSWORD');
      const bad = await t.gql(CHANGE_EMAIL, { input: { newEmail: 'nope', password: jo.password } }, jo.headers);
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { newEmail: expect.any(String) },
      });

      expect((await t.gql(CHANGE_EMAIL, { input: { newEmail, password: jo.password } }, jo.headers)).data).toEqual({
        changeEmail: true,
      });
      // Until the new address is verified, the account keeps the old one.
      expect(await viewer(jo.headers)).toMatchObject({ email: jo.email, emailVerified: true });
      const link = (await mailTo(newEmail, 'verify_email'))!;
      expect((await t.gql(VERIFY, { token: link.token })).data).toMatchObject({ verifyEmail: { id: jo.id } });
      expect(await viewer(jo.headers)).toMatchObject({ email: newEmail, emailVerified: true });
      const notice = await mailTo(jo.email, 'email_changed');
      expect(notice?.text).toContain(newEmail);
      const [audit] = await t.db.dataSource.query<Array<{ after: { email: string } }>>(
        `SELECT after FROM audit_log WHERE action = 'user.email_changed' AND subject_id = $1`,
        [jo.id],
      );
      expect(audit.after.email).toBe(newEmail);
      expect(await signIn(newEmail, jo.password)).not.toBeNull();
    });

    it('refuses an address another account verified', async () => {
      const taken = await signUpAs(t); // verified
      const kim = await signUp('Kim');
      const response = await t.gql(
        CHANGE_EMAIL,
        { input: { newEmail: taken.email, password: kim.password } },
        kim.headers,
      );
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    });

    it('renames the member, within the same limits as sign-up', async () => {
      const lu = await signUp('Lu');
      const renamed = await t.gql(
        'mutation { updateProfile(input: { displayName: "  Lucia  " }) { id displayName } }',
        {},
        lu.headers,
      );
      expect(renamed.data).toEqual({ updateProfile: { id: lu.id, displayName: 'Lucia' } });
      const tooLong = await t.gql(
        'mutation ($n: String!) { updateProfile(input: { displayName: $n }) { id } }',
        { n: 'x'.repeat(51) },
        lu.headers,
      );
      expect(tooLong.errors?.[0].extensions).toMatchObject({ fields: { displayName: expect.any(String) } });
      expect(
        (await t.gql('mutation { updateProfile(input: { displayName: "X" }) { id } }')).errors?.[0].extensions?.code,
      ).toBe('UNAUTHENTICATED');
    });
  });

  describe('sessions', () => {
    it('lists the browsers signed in, ends one, and signs out everywhere', async () => {
      const mo = await signUp('Mo');
      const other = (await signIn(mo.email, mo.password))!;
      const { data } = await t.gql<{ sessions: Array<{ id: string; userAgent: string; current: boolean }> }>(
        SESSIONS,
        {},
        mo.headers,
      );
      expect(data!.sessions).toHaveLength(2);
      expect(data!.sessions.filter((s) => s.current)).toHaveLength(1);
      expect(data!.sessions.every((s) => s.userAgent === 'AccountsSpec/1.0')).toBe(true);

      const stranger = await signUpAs(t);
      const otherId = data!.sessions.find((s) => !s.current)!.id;
      const foreign = await t.gql('mutation ($id: ID!) { revokeSession(id: $id) }', { id: otherId }, stranger.headers);
      expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await viewer(other)).not.toBeNull();

      await t.gql('mutation ($id: ID!) { revokeSession(id: $id) }', { id: otherId }, mo.headers);
      expect(await viewer(other)).toBeNull();
      expect(await viewer(mo.headers)).not.toBeNull();

      const third = (await signIn(mo.email, mo.password))!;
      const { response, body } = await post('mutation { signOutEverywhere }', {}, mo.headers);
      expect(body.data).toEqual({ signOutEverywhere: true });
      expect(response.headers.getSetCookie().join(';')).toMatch(/chorus_session=;/);
      expect(await viewer(mo.headers)).toBeNull();
      expect(await viewer(third)).toBeNull();
      expect((await t.gql(SESSIONS, {}, third)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
