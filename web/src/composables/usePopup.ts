import { onBeforeUnmount, ref, type Ref } from 'vue';

/**
 * Open state of a popup anchored to a trigger (menu, popover): a press outside `root` closes
 * it; `hide()` gives focus back to the trigger unless told not to (Tab, a click outside).
 */
export function usePopup(root: Readonly<Ref<HTMLElement | null>>, trigger: Readonly<Ref<HTMLElement | null>>) {
  const open = ref(false);

  function onOutside(event: PointerEvent): void {
    if (event.target instanceof Node && root.value?.contains(event.target)) return;
    hide(false);
  }

  function show(): void {
    open.value = true;
    document.addEventListener('pointerdown', onOutside);
  }

  function hide(returnFocus = true): void {
    if (!open.value) return;
    open.value = false;
    document.removeEventListener('pointerdown', onOutside);
    if (returnFocus) trigger.value?.focus();
  }

  onBeforeUnmount(() => document.removeEventListener('pointerdown', onOutside));
  return { open, show, hide };
}
