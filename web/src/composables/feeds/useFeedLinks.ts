import { onBeforeUnmount, toValue, watch, type MaybeRefOrGetter } from 'vue';

export type FeedFormat = 'atom' | 'rss';

export interface FeedLink {
  /** Same-origin path of the feed, e.g. /feeds/boards/feedback/ideas.atom. */
  href: string;
  title: string;
  format: FeedFormat;
}

export const FEED_TYPES: Record<FeedFormat, string> = { atom: 'application/atom+xml', rss: 'application/rss+xml' };
export const FEED_FORMAT_NAMES: Record<FeedFormat, string> = { atom: 'Atom', rss: 'RSS' };

/** Both formats of one feed (the API serves each feed as `.atom` and `.rss`). */
export function feedPair(path: string, title: string): FeedLink[] {
  return (['atom', 'rss'] as const).map((format) => ({
    href: `${path}.${format}`,
    title: `${title} (${FEED_FORMAT_NAMES[format]})`,
    format,
  }));
}

export const feedPaths = {
  boardIdeas: (slug: string) => `/feeds/boards/${encodeURIComponent(slug)}/ideas`,
  boardChangelog: (slug: string) => `/feeds/boards/${encodeURIComponent(slug)}/changelog`,
  idea: (id: string) => `/feeds/ideas/${encodeURIComponent(id)}`,
  releaseNotes: () => '/feeds/changelog',
};

/**
 * `<link rel="alternate">` tags in the document head for feed readers' autodiscovery, kept in
 * step with `links` and removed when the calling component unmounts (the route changes).
 */
export function useFeedLinks(links: MaybeRefOrGetter<readonly FeedLink[]>): void {
  let added: HTMLLinkElement[] = [];

  function clear(): void {
    for (const element of added) element.remove();
    added = [];
  }

  watch(
    () => toValue(links),
    (next) => {
      clear();
      added = next.map((link) => {
        const element = document.createElement('link');
        element.rel = 'alternate';
        element.type = FEED_TYPES[link.format];
        element.title = link.title;
        element.href = link.href;
        element.dataset.feed = '';
        document.head.append(element);
        return element;
      });
    },
    { immediate: true },
  );

  onBeforeUnmount(clear);
}
