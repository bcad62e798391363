import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { invalidateQueries, type CacheKey } from '@/graphql/cache';
import { execute } from '@/graphql/client';
import { toApiError, type ApiError } from '@/graphql/errors';
import type { TypedDocumentString } from '@/graphql/generated/graphql';

/** Mutations without required variables may be run without them. */
export type MutationArgs<TVars> = Record<string, never> extends TVars ? [variables?: TVars] : [variables: TVars];

export interface MutationOptions<TResult, TVars> {
  /**
   * The queries whose answers a success changes, by operation name (or explicit key): their
   * cached answers turn stale and the ones on screen fetch again. A list, or a function of the
   * result and the variables. Nothing is invalidated after a failure.
   */
  invalidates?: readonly CacheKey[] | ((result: TResult, variables: TVars) => readonly CacheKey[]);
}

export interface Mutation<TResult, TVars> {
  /** Sends the mutation; resolves with its data, or with undefined when it failed (see `error`). Never rejects. */
  run: (...args: MutationArgs<TVars>) => Promise<TResult | undefined>;
  /** The same, for callers that branch in a `catch`: rejects with the ApiError (also kept in `error`). */
  runOrThrow: (...args: MutationArgs<TVars>) => Promise<TResult>;
  /** True while a request runs. */
  pending: Readonly<Ref<boolean>>;
  /** The last run's failure, cleared when the next run starts. */
  error: Readonly<ShallowRef<ApiError | undefined>>;
  reset: () => void;
}

/**
 * One typed GraphQL mutation with its pending and error state, and what a success invalidates.
 * Every mutation of the app goes through here. It uses no lifecycle hook, so it can be created
 * anywhere (a component, a composable, a store); a mutation that ends after its component
 * unmounted still invalidates.
 */
export function useMutation<TResult, TVars>(
  document: TypedDocumentString<TResult, TVars>,
  options: MutationOptions<TResult, TVars> = {},
): Mutation<TResult, TVars> {
  const pending = ref(false);
  const error = shallowRef<ApiError>();
  let running = 0;

  async function runOrThrow(...[variables]: MutationArgs<TVars>): Promise<TResult> {
    pending.value = ++running > 0;
    error.value = undefined;
    try {
      const result = await execute(document, variables);
      const { invalidates = [] } = options;
      const keys = typeof invalidates === 'function' ? invalidates(result, variables ?? ({} as TVars)) : invalidates;
      void invalidateQueries(keys);
      return result;
    } catch (caught) {
      error.value = toApiError(caught);
      throw error.value;
    } finally {
      pending.value = --running > 0;
    }
  }

  return {
    run: (...args) => runOrThrow(...args).catch(() => undefined),
    runOrThrow,
    pending,
    error,
    reset: () => (error.value = undefined),
  };
}
