import { acceptHMRUpdate, defineStore } from 'pinia';
import { ref } from 'vue';

/**
 * Polite screen-reader announcements for changes that move no focus
 * ("Showing 40 of 52 ideas"). App.vue renders the live region once.
 * A notice is the same sentence shown on the page about to open, after an action that
 * leaves its own page ("Your idea was deleted" on the board): App.vue shows it above that
 * page until the next navigation.
 */
export const useAnnouncer = defineStore('announcer', () => {
  const message = ref('');
  let generation = 0;

  function announce(text: string): void {
    // Clear first, so that repeating the same sentence is still read out.
    const current = ++generation;
    message.value = '';
    setTimeout(() => {
      if (current === generation) message.value = text;
    }, 50);
  }

  const notice = ref<{ text: string; path: string }>();

  /** Announces `text` and shows it on the page at `path` (call before navigating there). */
  function noticeOn(path: string, text: string): void {
    notice.value = { text, path };
    announce(text);
  }

  function dismissNotice(): void {
    notice.value = undefined;
  }

  return { message, announce, notice, noticeOn, dismissNotice };
});

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAnnouncer, import.meta.hot));
