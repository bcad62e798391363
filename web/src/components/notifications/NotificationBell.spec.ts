import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationItem } from '@/stores/notifications';
import { useSession } from '@/stores/session';
import { jsonResponse, mockGraphQL } from '@/testing/graphql';
import { testRouter } from '@/testing/router';
import NotificationBell from './NotificationBell.vue';

vi.mock('@/composables/notifications/liveNotifications', () => ({
  connectLiveNotifications: () => ({ close: () => undefined }),
}));

const member = {
  id: 'u1',
  displayName: 'Maya Patel',
  email: 'maya@example.com',
  emailVerified: true,
  role: 'MEMBER' as const,
};
const planned: NotificationItem = {
  id: 'n-1',
  kind: 'REPLY',
  message: 'Sam replied to your comment on “Dark mode”',
  detail: 'Good point',
  read: false,
  createdAt: new Date().toISOString(),
  commentId: 'c-9',
  idea: { id: 'idea-7' },
};

async function mountBell() {
  const marked: string[] = [];
  mockGraphQL((operation) => {
    if (operation.operationName === 'UnreadNotificationCount')
      return jsonResponse({ data: { unreadNotificationCount: 3 } });
    if (operation.operationName === 'Notifications')
      return jsonResponse({
        data: {
          notifications: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [{ cursor: 'a', node: planned }],
          },
        },
      });
    marked.push(String(operation.variables.id));
    return jsonResponse({ data: { markNotificationRead: { id: planned.id, read: true } } });
  });
  const router = await testRouter('/b/feedback');
  const pinia = createPinia();
  setActivePinia(pinia);
  useSession().$patch({ viewer: member, loaded: true });
  const wrapper = mount(NotificationBell, { global: { plugins: [router, pinia] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router, marked, trigger: () => wrapper.get('[data-testid="notification-bell"]') };
}

describe('NotificationBell', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('names the unread count and shows it as a badge', async () => {
    const { wrapper, trigger } = await mountBell();
    expect(trigger().attributes('aria-label')).toBe('Notifications, 3 unread');
    expect(wrapper.get('[data-testid="notification-count"]').text()).toBe('3');
    wrapper.unmount();
  });

  it('opens with focus inside, closes on Escape back to the button', async () => {
    const { wrapper, trigger } = await mountBell();
    await trigger().trigger('click');
    await flushPromises();
    const panel = wrapper.get('[data-testid="notification-panel"]');
    expect(trigger().attributes('aria-expanded')).toBe('true');
    expect(panel.element.contains(document.activeElement)).toBe(true);
    expect(panel.text()).toContain('Sam replied to your comment');

    await panel.trigger('keydown', { key: 'Escape' });
    expect(trigger().attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger().element);
    wrapper.unmount();
  });

  it('a notification links to its comment, marks it read and closes', async () => {
    const { wrapper, trigger, router, marked } = await mountBell();
    await trigger().trigger('click');
    await flushPromises();
    const link = wrapper.get('[data-testid="notification"]');
    expect(link.attributes('href')).toBe('/ideas/idea-7#comment-c-9');
    expect(link.text()).toContain('Unread:');

    await link.trigger('click');
    await flushPromises();
    expect(marked).toEqual(['n-1']);
    expect(router.currentRoute.value.fullPath).toBe('/ideas/idea-7#comment-c-9');
    expect(trigger().attributes('aria-label')).toBe('Notifications, 2 unread');
    expect(trigger().attributes('aria-expanded')).toBe('false');
    wrapper.unmount();
  });
});
