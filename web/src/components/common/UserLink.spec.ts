import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testRouter } from '@/testing/router';
import UserLink from './UserLink.vue';

// UserLink is a plain <a href> with useLinkNavigation: what RouterLink would do, for less work per link.
async function mountLink() {
  const router = await testRouter('/b/feedback');
  const wrapper = mount(UserLink, {
    props: { user: { id: 'user 7', displayName: 'Maya Patel' } },
    global: { plugins: [router] },
    attachTo: document.body,
  });
  return { router, wrapper, link: wrapper.get('a') };
}

describe('UserLink', () => {
  it("links to the member's profile", async () => {
    const { link, wrapper } = await mountLink();
    expect(link.attributes('href')).toBe('/u/user%207');
    expect(link.text()).toBe('Maya Patel');
    wrapper.unmount();
  });

  it('navigates inside the app on a plain click', async () => {
    const { link, router, wrapper } = await mountLink();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.element.dispatchEvent(click);
    await flushPromises();
    expect(click.defaultPrevented).toBe(true);
    expect(router.currentRoute.value.fullPath).toBe('/u/user%207');
    wrapper.unmount();
  });

  it('leaves a modified click (new tab, new window) to the browser', async () => {
    const { link, router, wrapper } = await mountLink();
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey'] as const) {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, [modifier]: true });
      link.element.addEventListener('click', (event) => event.preventDefault(), { once: true }); // jsdom would navigate
      link.element.dispatchEvent(click);
    }
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/b/feedback');
    wrapper.unmount();
  });
});
