import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearQueryCache, queryKey, readCache, seedQuery, writeCache } from '@/graphql/cache';
import { ApiError } from '@/graphql/errors';
import { BoardsDocument, ViewerDocument } from '@/graphql/generated/graphql';
import { jsonResponse, mockGraphQL } from '@/testing/graphql';
import { isStaffRole, roleLabel, useSession } from './session';

const member = {
  id: 'u1',
  displayName: 'Maya Patel',
  email: 'maya@example.com',
  emailVerified: true,
  role: 'MEMBER' as const,
};
const pm = { ...member, id: 'u2', role: 'PRODUCT_MANAGER' as const };

describe('useSession', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    clearQueryCache();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('loads the viewer once, however many callers ask', async () => {
    const fetchMock = mockGraphQL(() => jsonResponse({ data: { viewer: member } }));
    const session = useSession();
    expect(session.loaded).toBe(false);

    await Promise.all([session.load(), session.load()]);
    await session.load();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(session.loaded).toBe(true);
    expect(session.viewer).toEqual(member);
    expect(session.signedIn).toBe(true);
    expect(session.isStaff).toBe(false);
  });

  it('treats a visitor (and a failed load) as signed out', async () => {
    mockGraphQL(() => jsonResponse({ data: { viewer: null } }));
    const session = useSession();
    await session.load();
    expect(session.signedIn).toBe(false);

    setActivePinia(createPinia());
    clearQueryCache();
    mockGraphQL(() => jsonResponse({ errors: [{ message: 'x' }] }, 500));
    const failed = useSession();
    await failed.load();
    expect(failed.loaded).toBe(true);
    expect(failed.viewer).toBeNull();
  });

  it('takes the viewer the server embedded in the page at once, without a request', () => {
    const fetchMock = mockGraphQL(() => jsonResponse({ data: { viewer: null } }));
    seedQuery(queryKey(ViewerDocument, {}), { viewer: pm });
    const session = useSession();

    void session.load();

    // Synchronously: the header's first render already shows the signed-in viewer.
    expect(session.loaded).toBe(true);
    expect(session.viewer).toEqual(pm);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('signs in, forgets cached queries, and knows staff', async () => {
    const key = queryKey(BoardsDocument, {});
    writeCache(key, { boards: [] });
    const fetchMock = mockGraphQL((operation) => {
      expect(operation.operationName).toBe('SignIn');
      expect(operation.variables).toEqual({ input: { email: 'pm@example.com', password: 'secret-pass' } });
      return jsonResponse({ data: { signIn: { user: pm } } });
    });
    const session = useSession();

    await session.signIn({ email: 'pm@example.com', password: 'secret-pass' });

    expect(session.viewer).toEqual(pm);
    expect(session.isStaff).toBe(true);
    expect(readCache(key)).toBeUndefined();
    // Signing in settles the viewer: no extra `viewer` request afterwards.
    await session.load();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('keeps the visitor signed out and passes field errors on when sign-up is refused', async () => {
    mockGraphQL(() =>
      jsonResponse({
        errors: [
          {
            message: 'bad',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'INVALID_INPUT',
              fields: { password: 'Use at least 8 characters.' },
            },
          },
        ],
      }),
    );
    const session = useSession();

    const error: unknown = await session
      .signUp({ email: 'a@example.com', password: 'short', displayName: 'A' })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fields).toEqual({ password: 'Use at least 8 characters.' });
    expect(session.signedIn).toBe(false);
  });

  it('signs out', async () => {
    mockGraphQL((operation) =>
      jsonResponse(
        operation.operationName === 'SignOut' ? { data: { signOut: true } } : { data: { signUp: { user: member } } },
      ),
    );
    const session = useSession();
    await session.signUp({ email: 'maya@example.com', password: 'long-enough', displayName: 'Maya Patel' });
    expect(session.signedIn).toBe(true);

    await session.signOut();

    expect(session.viewer).toBeNull();
  });
});

describe('roles', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('labels staff and leaves members unbadged', () => {
    expect(roleLabel('MEMBER')).toBeUndefined();
    expect(roleLabel('PRODUCT_MANAGER')).toBe('Product manager');
    // Staff means moderators and above, as in the API (it meant product managers and above before).
    expect(isStaffRole('MODERATOR')).toBe(true);
    expect(isStaffRole('ADMIN')).toBe(true);
  });

  it('tells staff (moderators and up) from product managers (status changes, official answers, analytics)', () => {
    const session = useSession();
    session.$patch({ viewer: { ...member, role: 'MODERATOR' }, loaded: true });
    expect(session.isStaff).toBe(true);
    expect(session.isProductManager).toBe(false);
    session.$patch({ viewer: pm });
    expect(session.isStaff).toBe(true);
    expect(session.isProductManager).toBe(true);
    session.$patch({ viewer: member });
    expect(session.isStaff).toBe(false);
    expect(session.isProductManager).toBe(false);
  });
});
