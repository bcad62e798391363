import { ApiError, isErrorCode, type ErrorCode, type FieldErrors } from './errors';
import type { TypedDocumentString } from './generated/graphql';

/** Same-origin endpoint: the API serves the SPA in production and Vite proxies it in dev. */
export const GRAPHQL_ENDPOINT = '/graphql';

export interface RequestOptions {
  signal?: AbortSignal;
}

/** Operations without required variables may omit them. */
export type VariablesArgs<TVars> =
  Record<string, never> extends TVars
    ? [variables?: TVars, options?: RequestOptions]
    : [variables: TVars, options?: RequestOptions];

interface GraphQLErrorBody {
  message?: unknown;
  extensions?: { code?: unknown; reason?: unknown; fields?: unknown; retryAfter?: unknown };
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorBody[];
}

/**
 * Sends one typed operation to the API. Resolves with `data`; rejects with an `ApiError`
 * (or the AbortError of a cancelled request, which callers should ignore).
 */
export function request<TResult, TVars>(
  document: TypedDocumentString<TResult, TVars>,
  ...[variables, options]: VariablesArgs<TVars>
): Promise<TResult> {
  return execute(document, variables, options);
}

/** `request()` without the optional-variables convenience, for generic callers (composables). */
export async function execute<TResult, TVars>(
  document: TypedDocumentString<TResult, TVars>,
  variables: TVars | undefined,
  options?: RequestOptions,
): Promise<TResult> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables: variables ?? {}, operationName: operationNameOf(query) }),
      signal: options?.signal ?? null,
    });
  } catch (cause) {
    if (isAbort(cause)) throw cause;
    throw new ApiError({ code: 'NETWORK_ERROR', reason: 'FETCH_FAILED', cause });
  }

  const body = await readBody<TResult>(response);
  const first = body?.errors?.[0];
  if (first) throw toApiError(first, response.status);
  if (!body || body.data == null)
    throw new ApiError({
      code: codeForStatus(response.status),
      reason: `HTTP_${response.status}`,
      status: response.status,
    });
  return body.data;
}

async function readBody<TResult>(response: Response): Promise<GraphQLResponseBody<TResult> | undefined> {
  try {
    const parsed: unknown = await response.json();
    return typeof parsed === 'object' && parsed !== null ? (parsed as GraphQLResponseBody<TResult>) : undefined;
  } catch (cause) {
    if (isAbort(cause)) throw cause;
    return undefined; // e.g. an HTML error page from a proxy
  }
}

function toApiError(error: GraphQLErrorBody, status: number): ApiError {
  const extensions = error.extensions ?? {};
  const rawCode = extensions.code;
  const code: ErrorCode = isErrorCode(rawCode) ? rawCode : codeForStatus(status);
  const reason =
    typeof extensions.reason === 'string' ? extensions.reason : typeof rawCode === 'string' ? rawCode : code;
  const retryAfter = typeof extensions.retryAfter === 'number' ? extensions.retryAfter : undefined;
  return new ApiError({ code, reason, fields: toFields(extensions.fields), status, retryAfter, cause: error.message });
}

function toFields(value: unknown): FieldErrors {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 400) return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}

export function operationNameOf(query: string): string | undefined {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z]\w*)/.exec(query)?.[1];
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
