import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { invalidateQueries } from '@/graphql/cache';
import { execute } from '@/graphql/client';
import type { ApiError } from '@/graphql/errors';
import type { TypedDocumentString } from '@/graphql/generated/graphql';
import { toApiError } from './useQuery';

export interface MutationState<TResult, TVars> {
  /** Runs the mutation; resolves with its data, or undefined when it failed (see `error`). */
  run: (variables: TVars) => Promise<TResult | undefined>;
  pending: Readonly<Ref<boolean>>;
  error: Readonly<ShallowRef<ApiError | undefined>>;
  reset: () => void;
}

/**
 * One mutation with its pending and error state. A success forgets cached query results,
 * so pages reached next show fresh data.
 */
export function useMutationState<TResult, TVars>(
  document: TypedDocumentString<TResult, TVars>,
): MutationState<TResult, TVars> {
  const pending = ref(false);
  const error = shallowRef<ApiError>();

  async function run(variables: TVars): Promise<TResult | undefined> {
    pending.value = true;
    error.value = undefined;
    try {
      const result = await execute(document, variables);
      invalidateQueries();
      return result;
    } catch (caught) {
      error.value = toApiError(caught);
      return undefined;
    } finally {
      pending.value = false;
    }
  }

  return { run, pending, error, reset: () => (error.value = undefined) };
}
