import { acceptHMRUpdate, defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { request } from '@/graphql/client';
import { toApiError, type ApiError } from '@/graphql/errors';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationFieldsFragment,
} from '@/graphql/generated/graphql';
import { connectLiveNotifications, type LiveConnection } from '@/composables/notifications/liveNotifications';
import { useMutation } from '@/composables/useMutation';
import { useAnnouncer } from './announcer';
import { useSession } from './session';

export type NotificationItem = NotificationFieldsFragment;

/** How many the bell lists; the rest are on the notifications page. */
export const RECENT_SIZE = 8;
/** Window focus refreshes the count at most this often (tab switching is frequent). */
const FOCUS_REFRESH_MS = 5_000;

/**
 * The signed-in member's unread count and the bell's short list, kept live over graphql-ws
 * while someone is signed in (connected on sign-in, closed on sign-out). The count is the
 * server's exact `unreadNotificationCount`, adjusted locally on arrivals and on marking read;
 * it is fetched again each time the socket connects (what came before it listened was not
 * pushed) and on window focus, which also covers a socket that gave up.
 */
export const useNotifications = defineStore('notifications', () => {
  const session = useSession();
  const announcer = useAnnouncer();

  const unreadCount = ref(0);
  /** The bell's list, newest first; undefined until first loaded. */
  const recent = shallowRef<readonly NotificationItem[]>();
  const recentError = shallowRef<ApiError>();
  /** The latest live arrival (pages showing a list refresh on it). */
  const lastArrival = shallowRef<NotificationItem>();
  /** Marked read in this session, whichever list showed them (lists may hold older copies). */
  const readIds = shallowRef<ReadonlySet<string>>(new Set());

  // Bumped by every local change to the count: a count answer asked for before it is stale.
  let version = 0;
  let lastCountAt = 0;
  let connection: LiveConnection | undefined;
  const seen = new Set<string>();
  // No `invalidates`: the store keeps what was marked read itself (readIds), so lists on screen stay put.
  const markReadMutation = useMutation(MarkNotificationReadDocument);
  const markAllReadMutation = useMutation(MarkAllNotificationsReadDocument);

  function isRead(notification: NotificationItem): boolean {
    return notification.read || readIds.value.has(notification.id);
  }

  function setCount(next: number): void {
    version += 1;
    unreadCount.value = Math.max(0, next);
  }

  function setRead(ids: readonly string[], read: boolean): void {
    const next = new Set(readIds.value);
    for (const id of ids) {
      if (read) next.add(id);
      else next.delete(id);
    }
    readIds.value = next;
  }

  async function refreshCount(): Promise<void> {
    const asked = version;
    lastCountAt = Date.now();
    try {
      const { unreadNotificationCount } = await request(UnreadNotificationCountDocument);
      if (asked === version && connection) unreadCount.value = unreadNotificationCount;
    } catch {
      // Keep the last known count; the next focus or reconnect asks again.
    }
  }

  async function loadRecent(): Promise<void> {
    try {
      const { notifications } = await request(NotificationsDocument, { first: RECENT_SIZE });
      recent.value = notifications.edges.map((edge) => edge.node);
      recentError.value = undefined;
    } catch (caught) {
      recentError.value = toApiError(caught);
    }
  }

  /** A live arrival: counted once, listed first, announced politely. */
  function received(notification: NotificationItem): void {
    if (seen.has(notification.id) || recent.value?.some((item) => item.id === notification.id)) return;
    seen.add(notification.id);
    if (!notification.read) setCount(unreadCount.value + 1);
    if (recent.value) recent.value = [notification, ...recent.value].slice(0, RECENT_SIZE);
    lastArrival.value = notification;
    announcer.announce(`New notification: ${notification.message}`);
  }

  /** Marks one read (at once on screen; undone if the API refuses). False when it failed. */
  async function markRead(notification: NotificationItem): Promise<boolean> {
    if (isRead(notification)) return true;
    setRead([notification.id], true);
    setCount(unreadCount.value - 1);
    try {
      await markReadMutation.runOrThrow({ id: notification.id });
      return true;
    } catch {
      setRead([notification.id], false);
      setCount(unreadCount.value + 1);
      return false;
    }
  }

  async function markAllRead(): Promise<boolean> {
    const before = { count: unreadCount.value, recent: recent.value };
    setCount(0);
    if (recent.value)
      setRead(
        recent.value.map((item) => item.id),
        true,
      );
    try {
      await markAllReadMutation.runOrThrow();
      return true;
    } catch {
      setCount(before.count);
      if (before.recent)
        setRead(
          before.recent.filter((item) => !item.read).map((item) => item.id),
          false,
        );
      return false;
    }
  }

  function onFocus(): void {
    if (document.visibilityState === 'hidden' || Date.now() - lastCountAt < FOCUS_REFRESH_MS) return;
    void refreshCount();
  }

  function start(): void {
    if (connection) return;
    connection = connectLiveNotifications({
      onNotification: received,
      onConnected: () => {
        void refreshCount();
        if (recent.value) void loadRecent();
      },
    });
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    void refreshCount();
  }

  function stop(): void {
    connection?.close();
    connection = undefined;
    window.removeEventListener('focus', onFocus);
    document.removeEventListener('visibilitychange', onFocus);
    setCount(0);
    recent.value = undefined;
    recentError.value = undefined;
    lastArrival.value = undefined;
    readIds.value = new Set();
    seen.clear();
  }

  // One socket per signed-in member: a new viewer (or none) closes the previous one.
  watch(
    () => session.viewer?.id,
    (id, previous) => {
      if (previous) stop();
      if (id) start();
    },
    { immediate: true },
  );

  return {
    unreadCount,
    recent,
    recentError,
    lastArrival,
    isRead,
    refreshCount,
    loadRecent,
    received,
    markRead,
    markAllRead,
  };
});

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useNotifications, import.meta.hot));
