import { ref, shallowRef } from 'vue';
import { ApiError, errorMessage, type FieldErrors } from '@/graphql/errors';

/**
 * A form's errors: a message per field (shown next to it, the field marked aria-invalid) and
 * one for the whole form. Field errors move focus to the first invalid field of `form()`, so
 * keyboard and screen-reader users land on what to fix.
 */
export function useFormErrors(form: () => HTMLElement | null | undefined) {
  const fields = shallowRef<FieldErrors>({});
  const formError = ref('');

  function clear(): void {
    fields.value = {};
    formError.value = '';
  }

  /** Field messages, found before sending or by the API: shown, and focus goes to the first field. */
  function refuse(found: FieldErrors): void {
    fields.value = found;
    requestAnimationFrame(() => form()?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  /** A failure: its field messages when it has some (`'fields'`), else one message for the form (`'form'`). */
  function show(error: unknown): 'fields' | 'form' {
    if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
      refuse(error.fields);
      return 'fields';
    }
    formError.value = errorMessage(error);
    return 'form';
  }

  return { fields, formError, clear, refuse, show };
}
