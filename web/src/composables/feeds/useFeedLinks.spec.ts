import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { feedPair, feedPaths, useFeedLinks, type FeedLink } from './useFeedLinks';

function headLinks(): Array<Pick<HTMLLinkElement, 'type' | 'title'> & { href: string }> {
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"]')].map((link) => ({
    href: link.getAttribute('href') ?? '',
    type: link.type,
    title: link.title,
  }));
}

describe('useFeedLinks', () => {
  it('adds alternate links to the head, follows changes and removes them on unmount', async () => {
    const links = ref<FeedLink[]>(feedPair(feedPaths.idea('idea-7'), 'Updates on this idea'));
    const wrapper = mount(
      defineComponent({
        setup() {
          useFeedLinks(links);
          return () => h('div');
        },
      }),
    );
    expect(headLinks()).toEqual([
      { href: '/feeds/ideas/idea-7.atom', type: 'application/atom+xml', title: 'Updates on this idea (Atom)' },
      { href: '/feeds/ideas/idea-7.rss', type: 'application/rss+xml', title: 'Updates on this idea (RSS)' },
    ]);

    links.value = feedPair(feedPaths.boardChangelog('feedback'), 'Feedback: changelog');
    await nextTick();
    expect(headLinks().map((link) => link.href)).toEqual([
      '/feeds/boards/feedback/changelog.atom',
      '/feeds/boards/feedback/changelog.rss',
    ]);
    wrapper.unmount();
    expect(headLinks()).toEqual([]);
  });
});
