import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { effectScope } from 'vue';
import { clearQueryCache, queryKey, readCache } from '@/graphql/cache';
import { ApiError } from '@/graphql/errors';
import { BoardDocument, BoardsDocument, CastVoteDocument, SignOutDocument } from '@/graphql/generated/graphql';
import { jsonResponse, mockGraphQL, type SentOperation } from '@/testing/graphql';
import { useMutation } from './useMutation';
import { useQuery } from './useQuery';

const castVote = { castVote: { id: 'idea-7', voteCount: 30, viewerHasVoted: true } };
const refused = { errors: [{ message: 'closed', extensions: { code: 'CONFLICT', reason: 'VOTING_CLOSED' } }] };

/** Answers queries with a board named after how many times it was asked, and votes with `vote`. */
function api(vote: () => unknown = () => ({ data: castVote })) {
  const sent: SentOperation[] = [];
  let boardAnswers = 0;
  mockGraphQL((operation) => {
    sent.push(operation);
    if (operation.operationName === 'Board')
      return jsonResponse({ data: { board: { name: `Board #${++boardAnswers}` } } });
    if (operation.operationName === 'Boards') return jsonResponse({ data: { boards: [] } });
    return jsonResponse(vote());
  });
  return { names: () => sent.map((operation) => operation.operationName) };
}

/** A query as a mounted component holds it (inside an effect scope, stopped when it unmounts). */
function onScreen<T>(use: () => T) {
  const scope = effectScope();
  const state = scope.run(use)!;
  return { state, unmount: () => scope.stop() };
}

describe('useMutation', () => {
  beforeEach(() => clearQueryCache());
  afterEach(() => clearQueryCache());

  it('runs the typed mutation and reports pending, then the data', async () => {
    const { names } = api();
    const mutation = useMutation(CastVoteDocument);

    const running = mutation.run({ ideaId: 'idea-7' });
    expect(mutation.pending.value).toBe(true);
    await expect(running).resolves.toEqual(castVote);
    expect(mutation.pending.value).toBe(false);
    expect(mutation.error.value).toBeUndefined();
    expect(names()).toEqual(['CastVote']);
  });

  it('keeps a refusal in `error`: run resolves undefined, runOrThrow rejects; reset or a success clears it', async () => {
    let answer: unknown = refused;
    api(() => answer);
    const mutation = useMutation(CastVoteDocument);

    await expect(mutation.run({ ideaId: 'idea-7' })).resolves.toBeUndefined();
    expect(mutation.error.value).toBeInstanceOf(ApiError);
    expect(mutation.error.value?.reason).toBe('VOTING_CLOSED');

    const thrown: unknown = await mutation.runOrThrow({ ideaId: 'idea-7' }).catch((caught: unknown) => caught);
    expect(thrown).toBe(mutation.error.value);

    mutation.reset();
    expect(mutation.error.value).toBeUndefined();

    await mutation.run({ ideaId: 'idea-7' });
    expect(mutation.error.value).toBeInstanceOf(ApiError);
    answer = { data: castVote };
    await mutation.run({ ideaId: 'idea-7' });
    expect(mutation.error.value).toBeUndefined();
  });

  it('runs a mutation without variables', async () => {
    mockGraphQL(() => jsonResponse({ data: { signOut: true } }));
    await expect(useMutation(SignOutDocument).run()).resolves.toEqual({ signOut: true });
  });

  it('refetches the queries on screen that it invalidates, and only those', async () => {
    const { names } = api();
    const board = onScreen(() => useQuery(BoardDocument, { slug: 'feedback' }));
    const boards = onScreen(() => useQuery(BoardsDocument, {}));
    await flushPromises();
    expect(board.state.data.value?.board?.name).toBe('Board #1');

    await useMutation(CastVoteDocument, { invalidates: ['Board'] }).run({ ideaId: 'idea-7' });
    await flushPromises();

    expect(names()).toEqual(['Board', 'Boards', 'CastVote', 'Board']);
    expect(board.state.data.value?.board?.name).toBe('Board #2');
    board.unmount();
    boards.unmount();
  });

  it('leaves an invalidated answer that is not on screen in the cache, stale, for going back', async () => {
    const { names } = api();
    const board = onScreen(() => useQuery(BoardDocument, { slug: 'feedback' }));
    await flushPromises();
    board.unmount(); // the reader moved on to another page

    await useMutation(CastVoteDocument, { invalidates: ['Board'] }).run({ ideaId: 'idea-7' });
    await flushPromises();
    expect(names()).toEqual(['Board', 'CastVote']);
    const key = queryKey(BoardDocument, { slug: 'feedback' });
    expect(readCache(key)).toEqual({ value: { board: { name: 'Board #1' } }, fresh: false });

    // Going back: the stale answer renders at once, and a fresh one replaces it.
    const back = onScreen(() => useQuery(BoardDocument, { slug: 'feedback' }));
    expect(back.state.data.value?.board?.name).toBe('Board #1');
    expect(back.state.loading.value).toBe(false);
    await flushPromises();
    expect(back.state.data.value?.board?.name).toBe('Board #2');
    back.unmount();
  });

  it('works out what to invalidate from the result and the variables', async () => {
    const { names } = api();
    const board = onScreen(() => useQuery(BoardDocument, { slug: 'feedback' }));
    await flushPromises();
    const seen: unknown[] = [];
    const mutation = useMutation(CastVoteDocument, {
      invalidates: (result, variables) => {
        seen.push(result, variables);
        return result.castVote.viewerHasVoted ? ['Board'] : [];
      },
    });

    await mutation.run({ ideaId: 'idea-7' });
    await flushPromises();

    expect(seen).toEqual([castVote, { ideaId: 'idea-7' }]);
    expect(names()).toEqual(['Board', 'CastVote', 'Board']);
    board.unmount();
  });

  it('invalidates nothing when it fails', async () => {
    const { names } = api(() => refused);
    const board = onScreen(() => useQuery(BoardDocument, { slug: 'feedback' }));
    await flushPromises();

    await useMutation(CastVoteDocument, { invalidates: ['Board'] }).run({ ideaId: 'idea-7' });
    await flushPromises();

    expect(names()).toEqual(['Board', 'CastVote']);
    expect(readCache(queryKey(BoardDocument, { slug: 'feedback' }))?.fresh).toBe(true);
    board.unmount();
  });

  it('refetches queries tagged with an explicit key it invalidates', async () => {
    const { names } = api();
    const tagged = onScreen(() => useQuery(BoardDocument, { slug: 'feedback' }, { keys: ['board:feedback'] }));
    const other = onScreen(() => useQuery(BoardDocument, { slug: 'other' }, { keys: ['board:other'] }));
    await flushPromises();

    await useMutation(CastVoteDocument, { invalidates: ['board:feedback'] }).run({ ideaId: 'idea-7' });
    await flushPromises();

    expect(names()).toEqual(['Board', 'Board', 'CastVote', 'Board']);
    expect(tagged.state.data.value?.board?.name).toBe('Board #3');
    tagged.unmount();
    other.unmount();
  });
});
