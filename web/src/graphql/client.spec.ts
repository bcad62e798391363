// @vitest-environment node
// (No DOM needed: skips the cost of setting up jsdom for this file.)
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockGraphQL } from '@/testing/graphql';
import { request } from './client';
import { ApiError, messageFor } from './errors';
import { BoardDocument, BoardsDocument } from './generated/graphql';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('request', () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
  });

  it('posts the operation to /graphql with same-origin credentials and returns data', async () => {
    const fetchMock = mockGraphQL(() => jsonResponse({ data: { board: null } }));

    await expect(request(BoardDocument, { slug: 'feedback' })).resolves.toEqual({ board: null });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(JSON.parse(String(init?.body))).toMatchObject({
      operationName: 'Board',
      variables: { slug: 'feedback' },
      query: expect.stringContaining('fragment BoardSummary on Board'),
    });
  });

  it('lets operations without variables omit them', async () => {
    const fetchMock = mockGraphQL(() => jsonResponse({ data: { boards: [] } }));
    await request(BoardsDocument);
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toMatchObject({
      operationName: 'Boards',
      variables: {},
    });
  });

  it('turns a GraphQL error into an ApiError with code, reason and a plain message', async () => {
    mockGraphQL(() =>
      jsonResponse({
        data: null,
        errors: [{ message: 'Idea 7 was not found', extensions: { code: 'NOT_FOUND', reason: 'IDEA_NOT_FOUND' } }],
      }),
    );
    const error = await failure(request(BoardDocument, { slug: 'x' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.reason).toBe('IDEA_NOT_FOUND');
    expect(error.message).toBe(messageFor('NOT_FOUND'));
    expect(error.message).not.toContain('Idea 7'); // server wording is not shown as is
  });

  it('keeps field-level validation messages', async () => {
    mockGraphQL(() =>
      jsonResponse(
        {
          errors: [
            {
              message: 'Title is too short.',
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'INVALID_INPUT',
                fields: { title: 'Title is too short.', body: 3 },
              },
            },
          ],
        },
        400,
      ),
    );
    const error = await failure(request(BoardDocument, { slug: 'x' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual({ title: 'Title is too short.' });
    expect(error.message).toBe('Title is too short.');
  });

  it('says how long to wait when the API answers RATE_LIMITED with retryAfter', async () => {
    mockGraphQL(() =>
      jsonResponse({
        errors: [
          {
            message: 'Too many sign-in attempts',
            extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_SIGN_IN_ATTEMPTS', retryAfter: 40 },
          },
        ],
      }),
    );
    const error = await failure(request(BoardsDocument));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfter).toBe(40);
    expect(error.message).toBe('Too many attempts. Try again in 40 seconds.');
  });

  it('reports a failed connection as NETWORK_ERROR', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await failure(request(BoardsDocument));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toMatch(/couldn’t reach Chorus/);
  });

  it('maps a non-GraphQL answer by its HTTP status', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('Too many requests', { status: 429 })));
    expect((await failure(request(BoardsDocument))).code).toBe('RATE_LIMITED');

    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 })));
    const error = await failure(request(BoardsDocument));
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.reason).toBe('HTTP_502');
  });

  it('treats an unknown error code as an internal error but keeps it as the reason', async () => {
    mockGraphQL(() => jsonResponse({ errors: [{ message: 'boom', extensions: { code: 'SOMETHING_NEW' } }] }));
    const error = await failure(request(BoardsDocument));
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.reason).toBe('SOMETHING_NEW');
  });

  it('rethrows an abort untouched so callers can ignore it', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new DOMException('The operation was aborted.', 'AbortError')));
    await expect(request(BoardsDocument, {}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
