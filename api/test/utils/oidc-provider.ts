import type { Server } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';
import { freePort } from './smtp-sink.js';

export interface IdpAccount {
  email: string;
  email_verified: boolean;
  name?: string;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in with which login (any other login: `<login>@idp.test`, verified). */
  accounts: Map<string, IdpAccount>;
  close(): Promise<void>;
}

/**
 * A real OpenID Provider (oidc-provider) on loopback, with one confidential client whose
 * redirect URI is Chorus's callback. Its development login form takes any login (the account
 * id) and password; consent is granted at once (a first-party client).
 */
export async function startTestIdp(redirectUri: string): Promise<TestIdp> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'chorus';
  const clientSecret = 'a-client-secret-for-chorus-tests';
  const accounts = new Map<string, IdpAccount>();
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, ...(accounts.get(id) ?? { email: `${id}@idp.test`, email_verified: true }) }),
    }),
    loadExistingGrant: async (ctx) => {
      const session = ctx.oidc.session!;
      const grantId = session.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: session.accountId! });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const server: Server = provider.listen(port);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
