import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The stable codes clients switch on (`extensions.code`). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** Field-level validation messages, keyed by input field name. */
export type FieldErrors = Record<string, string>;

/**
 * The one error type services throw. `reason` is a machine-readable refinement of the
 * code (e.g. VOTING_CLOSED under CONFLICT) so clients can show a precise message.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, reason: string, message: string, fields?: FieldErrors) {
    super(message, { extensions: { code, reason, ...(fields ? { fields } : {}) } });
  }
}

export const notFound = (what: string, reason = 'NOT_FOUND') =>
  new AppError('NOT_FOUND', reason, `${what} was not found`);
export const forbidden = (message: string, reason = 'FORBIDDEN') => new AppError('FORBIDDEN', reason, message);
export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', 'SIGN_IN_REQUIRED', 'You need to sign in to do that');
export const badInput = (fields: FieldErrors) =>
  new AppError('BAD_USER_INPUT', 'INVALID_INPUT', Object.values(fields).join(' '), fields);

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

/**
 * Shapes every error leaving the server: known codes pass through; Apollo's request
 * errors become BAD_USER_INPUT (keeping the original in `reason`); anything else is an
 * internal error whose details stay in the log, never in the response.
 */
export function formatError(formatted: GraphQLFormattedError, exposeDetails: boolean): GraphQLFormattedError {
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
