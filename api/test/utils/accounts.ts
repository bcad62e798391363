import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app.js';

export type TestRole = 'member' | 'moderator' | 'product_manager' | 'admin';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  role: TestRole;
  /** Headers that authenticate as this account through the session cookie. */
  headers: Record<string, string>;
}

/** Signs up through the real API (session cookie and all), then verifies the address and sets the role directly. */
export async function signUpAs(
  t: TestApp,
  role: TestRole = 'member',
  displayName = `${role} ${randomBytes(3).toString('hex')}`,
): Promise<TestAccount> {
  const email = `${role}-${randomBytes(6).toString('hex')}@example.test`;
  const password = 'correct horse battery';
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
      variables: { input: { email, password, displayName } },
    }),
  });
  const body = (await response.json()) as { data?: { signUp: { user: { id: string } } }; errors?: unknown };
  if (!body.data) throw new Error(`signUp failed: ${JSON.stringify(body.errors)}`);
  const cookie = sessionCookieOf(response);
  const id = body.data.signUp.user.id;
  // As if the member had opened the link mailed at sign-up (that flow is tested in accounts/): the
  // address is verified, so they get mail, and the link's mail is out of the outbox.
  await t.db.dataSource.query(`UPDATE users SET role = $2, email_verified_at = now() WHERE id = $1`, [id, role]);
  await t.db.dataSource.query(`DELETE FROM outbox WHERE kind = 'verify_email' AND payload->>'userId' = $1`, [id]);
  return { id, email, password, role, headers: { cookie } };
}

export function sessionCookieOf(response: Response): string {
  const setCookie = response.headers.getSetCookie().find((c) => /^(?:__Host-)?chorus_session=/.test(c));
  if (!setCookie) throw new Error('no session cookie in the response');
  return setCookie.split(';')[0];
}
