/** The stable codes clients switch on (`extensions.code` in GraphQL, a status in HTTP). */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED';

/** Field-level validation messages, keyed by input field name. */
export type FieldErrors = Record<string, string>;

/**
 * The one error type the domain throws: a code, a machine `reason` refining it (e.g.
 * VOTING_CLOSED under CONFLICT) and a plain message. It knows no transport: the GraphQL
 * adapter (graphql/errors.ts) and the HTTP filter (http/domain-error.filter.ts) map it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    message: string,
    readonly fields?: FieldErrors,
    /** RATE_LIMITED: whole seconds until the same request may succeed. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** What a client may see besides the message (GraphQL `extensions`, an HTTP body). */
  get extensions(): { code: ErrorCode; reason: string; fields?: FieldErrors; retryAfter?: number } {
    return {
      code: this.code,
      reason: this.reason,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
    };
  }
}

export const notFound = (what: string, reason = 'NOT_FOUND') =>
  new DomainError('NOT_FOUND', reason, `${what} was not found`);
export const forbidden = (message: string, reason = 'FORBIDDEN') => new DomainError('FORBIDDEN', reason, message);
export const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', 'SIGN_IN_REQUIRED', 'You need to sign in to do that');
export const conflict = (reason: string, message: string, fields?: FieldErrors) =>
  new DomainError('CONFLICT', reason, message, fields);
export const rateLimited = (reason: string, retryAfterSeconds: number) => {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return new DomainError('RATE_LIMITED', reason, `Too many attempts. Try again in ${wait}.`, undefined, seconds);
};
export const badInput = (fields: FieldErrors) =>
  new DomainError('BAD_USER_INPUT', 'INVALID_INPUT', Object.values(fields).join(' '), fields);

/** Whether a PostgreSQL error is a unique violation (a concurrent insert won). */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === '23505';
