import { seedDemo } from '../../../src/cli/demo-data/demo.js';
import { sendWebhook } from '../../../src/modules/webhooks/webhook-sender.js';
import { isPublicAddress } from '../../../src/modules/webhooks/webhook-target.js';
import { signUpAs, type TestAccount } from '../../utils/accounts.js';
import { createTestApp, type TestApp } from '../../utils/test-app.js';
import { startReceiver, type Receiver } from './receiver.js';

const CREATE = `mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;

describe('webhook targets (CHORUS_WEBHOOKS_ALLOW_PRIVATE off, the default)', () => {
  let t: TestApp;
  let admin: TestAccount;
  let receiver: Receiver;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.db.dataSource);
    admin = await signUpAs(t, 'admin');
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  it.each([
    ['loopback IPv4', 'http://127.0.0.1:9/hook'],
    ['loopback by name', 'http://localhost/hook'],
    ['loopback IPv6', 'http://[::1]/hook'],
    ['IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/hook'],
    ['IPv4-mapped private, hex form', 'http://[::ffff:a00:1]/hook'],
    ['private 10/8', 'http://10.1.2.3/hook'],
    ['private 172.16/12', 'https://172.20.0.1/hook'],
    ['private 192.168/16', 'http://192.168.1.10/hook'],
    ['link-local (cloud metadata)', 'http://169.254.169.254/latest/meta-data'],
    ['link-local IPv6', 'http://[fe80::1]/hook'],
    ['unique-local IPv6', 'http://[fd00::1]/hook'],
    ['unspecified', 'http://0.0.0.0/hook'],
    ['carrier-grade NAT', 'http://100.64.0.1/hook'],
    ['decimal loopback', 'http://2130706433/hook'],
  ])('refuses a %s address when an admin registers it (%s)', async (_kind, url) => {
    const response = await t.gql(CREATE, { input: { url, events: ['idea.created'] } }, admin.headers);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { url: expect.any(String) },
    });
    expect(response.errors?.[0].extensions?.fields?.url).toMatch(/private, loopback or link-local/);
  });

  it.each([
    ['not a URL', 'hook.example.com/x'],
    ['another protocol', 'ftp://example.com/hook'],
    ['credentials', 'https://user:pw@example.com/hook'],
    ['a very long URL', `https://example.com/${'a'.repeat(2100)}`],
  ])('refuses %s', async (_kind, url) => {
    const response = await t.gql(CREATE, { input: { url, events: ['idea.created'] } }, admin.headers);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses at delivery time too, without connecting (a name may have moved to a private address)', async () => {
    const result = await sendWebhook(new URL(receiver.url), '{}', {}, false);
    expect(result).toMatchObject({ ok: false, statusCode: null });
    expect(result.error).toMatch(/127\.0\.0\.1, a private, loopback or link-local address/);
    expect(receiver.requests).toHaveLength(0);
    // The same call with the switch on reaches the receiver.
    expect(await sendWebhook(new URL(receiver.url), '{}', {}, true)).toMatchObject({ ok: true, statusCode: 204 });
    expect(receiver.requests).toHaveLength(1);
  });

  it('judges addresses by their range, IPv4-mapped IPv6 as the IPv4 address', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect([address, isPublicAddress(address)]).toEqual([address, true]);
    }
    for (const address of [
      '::ffff:10.0.0.1',
      '::ffff:169.254.1.1',
      '2002:7f00:1::1',
      '64:ff9b::7f00:1',
      '224.0.0.1',
      'nonsense',
    ]) {
      expect([address, isPublicAddress(address)]).toEqual([address, false]);
    }
  });
});
