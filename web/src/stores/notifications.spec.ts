import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { LiveHandlers } from '@/composables/notifications/liveNotifications';
import { jsonResponse, mockGraphQL, type SentOperation } from '@/testing/graphql';
import { useAnnouncer } from './announcer';
import { useNotifications, type NotificationItem } from './notifications';
import { useSession } from './session';

const live = vi.hoisted(() => ({
  handlers: undefined as LiveHandlers | undefined,
  close: vi.fn(),
}));

vi.mock('@/composables/notifications/liveNotifications', () => ({
  connectLiveNotifications: (handlers: LiveHandlers) => {
    live.handlers = handlers;
    return { close: live.close };
  },
}));

const member = {
  id: 'u1',
  displayName: 'Maya Patel',
  email: 'maya@example.com',
  emailVerified: true,
  role: 'MEMBER' as const,
};

let sequence = 0;
function note(overrides: Partial<NotificationItem> = {}): NotificationItem {
  sequence += 1;
  return {
    id: `n-${sequence}`,
    kind: 'STATUS_CHANGED',
    message: `“Idea ${sequence}” is now Planned`,
    detail: null,
    read: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    commentId: null,
    idea: { id: `idea-${sequence}` },
    ...overrides,
  };
}

/** Answers each operation by name; records what was sent. */
function api(answers: Record<string, (op: SentOperation) => unknown>) {
  const sent: string[] = [];
  mockGraphQL((operation) => {
    const name = operation.operationName ?? '';
    sent.push(name);
    const answer = answers[name];
    if (!answer) return jsonResponse({ errors: [{ message: `unexpected ${name}` }] }, 500);
    return jsonResponse(answer(operation));
  });
  return sent;
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

async function signedInStore(count: number) {
  const session = useSession();
  const store = useNotifications();
  session.viewer = member;
  await nextTick();
  await flush();
  expect(store.unreadCount).toBe(count);
  return { session, store };
}

describe('useNotifications', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    live.handlers = undefined;
    live.close.mockReset();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('connects on sign-in with the exact count, and closes and forgets on sign-out', async () => {
    const sent = api({ UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 3 } }) });
    const store = useNotifications();
    expect(live.handlers).toBeUndefined(); // nobody signed in: no socket

    const { session } = await signedInStore(3);
    expect(live.handlers).toBeDefined();
    expect(sent).toEqual(['UnreadNotificationCount']);

    session.viewer = null;
    await nextTick();
    expect(live.close).toHaveBeenCalledTimes(1);
    expect(store.unreadCount).toBe(0);
  });

  it('counts an unread arrival once, lists it first and announces it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    api({
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 1 } }),
      Notifications: () => ({
        data: { notifications: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } },
      }),
    });
    const store = useNotifications();
    useSession().viewer = member;
    await nextTick();
    await vi.runAllTimersAsync();
    await store.loadRecent();

    const arrival = note();
    live.handlers!.onNotification(arrival);
    live.handlers!.onNotification(arrival); // redelivered
    live.handlers!.onNotification(note({ read: true }));

    expect(store.unreadCount).toBe(2);
    expect(store.recent?.map((n) => n.id)).toEqual([`n-${sequence}`, arrival.id]);
    expect(store.lastArrival?.read).toBe(true);
    await vi.runAllTimersAsync();
    expect(useAnnouncer().message).toMatch(/^New notification: /);
    vi.useRealTimers();
  });

  it('marks one read at once, and undoes it when the API refuses', async () => {
    let refuse = false;
    api({
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 2 } }),
      MarkNotificationRead: (op) =>
        refuse
          ? { errors: [{ message: 'nope', extensions: { code: 'NOT_FOUND' } }] }
          : { data: { markNotificationRead: { id: op.variables.id, read: true } } },
    });
    const { store } = await signedInStore(2);
    const first = note();

    const pending = store.markRead(first);
    expect(store.unreadCount).toBe(1);
    expect(store.isRead(first)).toBe(true);
    expect(await pending).toBe(true);
    // Marking it again (e.g. from another list's older copy) changes nothing.
    expect(await store.markRead(first)).toBe(true);
    expect(store.unreadCount).toBe(1);

    refuse = true;
    const second = note();
    expect(await store.markRead(second)).toBe(false);
    expect(store.unreadCount).toBe(1);
    expect(store.isRead(second)).toBe(false);
  });

  it('marks all read: zero at once, the listed ones read; restored on failure', async () => {
    let ok = true;
    const listed = [note(), note({ read: true })];
    api({
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 4 } }),
      Notifications: () => ({
        data: {
          notifications: {
            totalCount: 2,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: listed.map((node) => ({ cursor: node.id, node })),
          },
        },
      }),
      MarkAllNotificationsRead: () =>
        ok ? { data: { markAllNotificationsRead: 4 } } : { errors: [{ message: 'down' }] },
    });
    const { store } = await signedInStore(4);
    await store.loadRecent();

    expect(await store.markAllRead()).toBe(true);
    expect(store.unreadCount).toBe(0);
    expect(store.isRead(listed[0]!)).toBe(true);

    live.handlers!.onNotification(note());
    expect(store.unreadCount).toBe(1);
    ok = false;
    expect(await store.markAllRead()).toBe(false);
    expect(store.unreadCount).toBe(1);
  });

  it('ignores a count answer that a newer arrival overtook, and refetches once the socket connects', async () => {
    let answer = 5;
    let release: (() => void) | undefined;
    const sent: string[] = [];
    mockGraphQL(async (operation) => {
      sent.push(operation.operationName ?? '');
      const value = answer;
      if (release === undefined && sent.length === 2) await new Promise<void>((resolve) => (release = resolve));
      return jsonResponse({ data: { unreadNotificationCount: value } });
    });
    const { store } = await signedInStore(5);

    // Connecting asks again; an arrival lands while that answer (still 5) is on its way.
    live.handlers!.onConnected();
    await flush();
    live.handlers!.onNotification(note());
    release!();
    await flush();
    expect(store.unreadCount).toBe(6);

    answer = 7;
    await store.refreshCount();
    expect(store.unreadCount).toBe(7);
    expect(sent).toEqual(['UnreadNotificationCount', 'UnreadNotificationCount', 'UnreadNotificationCount']);
  });
});
