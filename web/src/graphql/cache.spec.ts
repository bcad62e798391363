import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchQuery, invalidateQueries, queryKey, readCache, seedQuery } from './cache';
import { BoardDocument } from './generated/graphql';

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
    invalidateQueries();
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
    invalidateQueries();
    await expect(fetchQuery(BoardDocument, variables)).resolves.toEqual(fromNetwork);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
