import { acceptHMRUpdate, defineStore } from 'pinia';
import { ref } from 'vue';

/**
 * Polite screen-reader announcements for changes that move no focus
 * ("Showing 40 of 52 ideas"). App.vue renders the live region once.
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

  return { message, announce };
});

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAnnouncer, import.meta.hot));
