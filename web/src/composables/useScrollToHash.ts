import { onBeforeUnmount, watch } from 'vue';
import { useRoute } from 'vue-router';

/** How long to wait for the target to render (it usually comes with a query's answer). */
const WAIT_MS = 10_000;

/**
 * Brings the element named by the URL's #hash into view and focus once it renders: links from
 * notifications and mails point at comments (`/ideas/:id#comment-:id`) that load after the page.
 */
export function useScrollToHash(): void {
  const route = useRoute();
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function stopWaiting(): void {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(timer);
  }

  function reveal(id: string): boolean {
    const target = document.getElementById(id);
    if (!target) return false;
    stopWaiting();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.setAttribute('data-hash-target', '');
    target.addEventListener('blur', () => target.removeAttribute('data-hash-target'), { once: true });
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }

  watch(
    () => route.hash,
    (hash) => {
      stopWaiting();
      const id = decodeURIComponent(hash.slice(1));
      if (!id || reveal(id)) return;
      observer = new MutationObserver(() => reveal(id));
      observer.observe(document.body, { childList: true, subtree: true });
      timer = setTimeout(stopWaiting, WAIT_MS);
    },
    { immediate: true },
  );

  onBeforeUnmount(stopWaiting);
}
