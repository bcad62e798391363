import { toValue, watchEffect, type MaybeRefOrGetter } from 'vue';

export const PRODUCT_NAME = 'Chorus';

export function formatTitle(title: string | undefined): string {
  return title ? `${title} · ${PRODUCT_NAME}` : PRODUCT_NAME;
}

/**
 * Keeps `document.title` in step with a page's (possibly still loading) title.
 * `undefined` shows the product name alone; `null` leaves the title to a child component
 * (e.g. the home page while it renders its only board).
 */
export function usePageTitle(title: MaybeRefOrGetter<string | null | undefined>): void {
  watchEffect(() => {
    const value = toValue(title);
    if (value !== null) document.title = formatTitle(value);
  });
}
