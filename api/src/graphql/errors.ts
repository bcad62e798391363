import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../core/errors.js';

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
]);
// Apollo's own codes for requests that never reached a resolver.
const CLIENT_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** HTTP statuses of errors that refuse a whole request before it runs. */
const REQUEST_STATUS: Readonly<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * A domain error as a GraphQL error, for code that refuses a whole request before it runs
 * (context creation, plugins): the response gets a fitting HTTP status, not Apollo's default 500.
 */
export function toGraphQLError(error: DomainError): GraphQLError {
  const status = REQUEST_STATUS[error.code];
  const http = status ? { http: { status } } : {};
  return new GraphQLError(error.message, { extensions: { ...error.extensions, ...http } });
}

/**
 * Shapes every error leaving the server: domain errors become `extensions { code, reason,
 * fields }`; known codes pass through; Apollo's request errors become BAD_USER_INPUT (keeping
 * the original in `reason`); anything else is an internal error whose details stay in the log,
 * never in the response.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  exposeDetails: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: original.extensions,
    };
  }
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (KNOWN_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (CLIENT_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', reason: code },
    };
  }
  return {
    message: exposeDetails ? formatted.message : 'Something went wrong on our side. Please try again.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' },
  };
}
