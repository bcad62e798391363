import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearQueryCache,
  fetchQuery,
  invalidateQueries,
  queryKey,
  readCache,
  resetQueries,
  seedQuery,
  trackActiveQuery,
  writeCache,
} from './cache';
import { BoardDocument, BoardsDocument } from './generated/graphql';

const variables = { slug: 'feedback' };
const key = queryKey(BoardDocument, variables);
const fromNetwork = { board: { name: 'From the network' } };

function stubFetch() {
  const fetchMock = vi.fn(async () => Response.json({ data: fromNetwork }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('seeded answers (data embedded by the server)', () => {
  afterEach(() => {
    clearQueryCache();
    vi.unstubAllGlobals();
  });

  it('answers the first fetch without a request, and later ones from the network', async () => {
    const fetchMock = stubFetch();
    seedQuery(key, { board: { name: 'Embedded' } });
    await expect(fetchQuery(BoardDocument, variables)).resolves.toEqual({ board: { name: 'Embedded' } });
    expect(fetchMock).not.toHaveBeenCalled();
    await expect(fetchQuery(BoardDocument, variables)).resolves.toEqual(fromNetwork);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('is not handed out again once a reader took it from the cache, or after an invalidation', async () => {
    const fetchMock = stubFetch();
    seedQuery(key, { board: { name: 'Embedded' } });
    expect(readCache(key)?.value).toEqual({ board: { name: 'Embedded' } });
    await expect(fetchQuery(BoardDocument, variables)).resolves.toEqual(fromNetwork);
    seedQuery(key, { board: { name: 'Embedded' } });
    void invalidateQueries(['Board']);
    await expect(fetchQuery(BoardDocument, variables)).resolves.toEqual(fromNetwork);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('invalidateQueries', () => {
  afterEach(() => {
    clearQueryCache();
    vi.unstubAllGlobals();
  });

  it('marks entries of the named queries stale and leaves the others fresh', () => {
    const boards = queryKey(BoardsDocument, {});
    writeCache(key, { board: { name: 'Cached' } });
    writeCache(boards, { boards: [] });

    void invalidateQueries(['Board']);

    expect(readCache(key)).toEqual({ value: { board: { name: 'Cached' } }, fresh: false });
    expect(readCache(boards)?.fresh).toBe(true);
  });

  it('refetches the matching queries on screen, once each, and resolves when they settled', async () => {
    let settled = 0;
    const board = { tags: () => ['Board'], refetch: () => Promise.resolve().then(() => void (settled += 1)) };
    const boards = { tags: () => ['Boards'], refetch: () => Promise.resolve().then(() => void (settled += 10)) };
    const stopBoard = trackActiveQuery(board);
    const stopBoards = trackActiveQuery(boards);

    await invalidateQueries(['Board', 'IdeaDetail']);
    expect(settled).toBe(1);

    stopBoard();
    await invalidateQueries(['Board']);
    expect(settled).toBe(1);
    stopBoards();
  });

  it('does not store an answer that was on its way when the query was invalidated', async () => {
    let release: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (release = resolve))),
    );
    const before = fetchQuery(BoardDocument, variables);

    void invalidateQueries(['Board']);
    release(Response.json({ data: { board: { name: 'From before the change' } } }));

    await expect(before).resolves.toEqual({ board: { name: 'From before the change' } });
    expect(readCache(key)).toBeUndefined();
  });

  it('forgets everything on resetQueries() and refetches every query on screen', async () => {
    writeCache(key, { board: { name: 'Cached' } });
    let refetched = 0;
    const stop = trackActiveQuery({ tags: () => ['Boards'], refetch: async () => void (refetched += 1) });

    await resetQueries();

    expect(readCache(key)).toBeUndefined();
    expect(refetched).toBe(1);
    stop();
  });
});
