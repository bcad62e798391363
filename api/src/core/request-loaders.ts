import type { DataSource } from 'typeorm';
import type { Viewer } from './viewer.js';

/** Builds one request's DataLoaders of a feature, for that request's viewer. */
export type LoaderFactory<T> = (db: DataSource, viewer: Viewer | null) => T;

/**
 * A feature's per-request loaders, declared where the feature keeps its SQL:
 *
 * ```ts
 * export const voteLoaders = defineLoaders((db, viewer) => ({ viewerHasVoted: new DataLoader(...) }));
 * // in a resolver:
 * ctx.loaders.get(voteLoaders).viewerHasVoted.load(idea.id)
 * ```
 *
 * The definition itself is the key, so nothing central lists every feature's loaders.
 */
export function defineLoaders<T>(factory: LoaderFactory<T>): LoaderFactory<T> {
  return factory;
}

/**
 * The loaders of one request (never shared across requests: no cross-user caching). A feature's
 * set is built on first use, so a request pays only for the loaders it touches.
 */
export class RequestLoaders {
  private readonly built = new Map<LoaderFactory<unknown>, unknown>();

  constructor(
    private readonly db: DataSource,
    readonly viewer: Viewer | null,
  ) {}

  get<T>(definition: LoaderFactory<T>): T {
    let set = this.built.get(definition) as T | undefined;
    if (set === undefined) {
      set = definition(this.db, this.viewer);
      this.built.set(definition, set);
    }
    return set;
  }

  /**
   * Forgets everything loaded so far. A subscription keeps one context for all its events;
   * it clears before each so that every event is read afresh, never from an earlier one.
   */
  clear(): void {
    this.built.clear();
  }
}
