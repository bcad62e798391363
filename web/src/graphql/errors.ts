/**
 * Error codes the API puts in `extensions.code` (see api/src/graphql/errors.ts), plus
 * NETWORK_ERROR for requests that never got a GraphQL answer. The UI switches on these,
 * never on the server's free-text message.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'NETWORK_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field-level validation messages, keyed by input field name. */
export type FieldErrors = Readonly<Record<string, string>>;

export interface ApiErrorInit {
  code: ErrorCode;
  /** Machine refinement of the code, e.g. VOTING_CLOSED under CONFLICT. */
  reason: string;
  fields?: FieldErrors;
  /** HTTP status, when a response arrived. */
  status?: number;
  /** RATE_LIMITED: seconds until the API accepts the request again (`extensions.retryAfter`). */
  retryAfter?: number;
  cause?: unknown;
}

/** The one error type `request()` throws; `message` is already fit to show to people. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly reason: string;
  readonly fields: FieldErrors;
  readonly status: number | undefined;
  readonly retryAfter: number | undefined;

  constructor(init: ApiErrorInit) {
    super(messageFor(init.code, init.reason, init.fields ?? {}, init.retryAfter), { cause: init.cause });
    this.retryAfter = init.retryAfter;
    this.code = init.code;
    this.reason = init.reason;
    this.fields = init.fields ?? {};
    this.status = init.status;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Messages for specific reasons; more precise than the code's general message. */
const REASON_MESSAGES: Readonly<Record<string, string>> = {
  SIGN_IN_REQUIRED: 'Please sign in to do that.',
  INVALID_CREDENTIALS: 'That e-mail and password do not match an account.',
  VOTING_CLOSED: 'Voting is closed for this idea.',
  SLUG_TAKEN: 'Another board already uses that slug.',
  STATUS_KEY_TAKEN: 'This board already has a status with that key.',
  SUSPENDED: 'Your account is suspended, so you can’t post, comment or vote for now. You can still read everything.',
  COMMENTS_LOCKED: 'A moderator locked this discussion, so new comments can’t be posted.',
  IDEA_MERGED: 'This idea was merged into another one: vote there instead.',
  ALREADY_MERGED: 'This idea is already merged into another one.',
  TARGET_MERGED: 'That idea was itself merged into another one: merge into that one instead.',
  SOURCE_HAS_MERGES: 'Other ideas were merged into this one. Unmerge them first.',
  NOT_ENOUGH_REPUTATION: 'You need a little more reputation before suggesting duplicates.',
  ALREADY_RESOLVED: 'Someone already handled this.',
  NOT_IDEA_AUTHOR: 'Only the idea’s author or the product team can mark helpful answers.',
  OWN_COMMENT: 'You can’t mark your own comment as a helpful answer.',
  EDIT_WINDOW_CLOSED: 'The team has reviewed this idea, so it can no longer be edited.',
};

/** "40 seconds", "1 minute", "15 minutes": a wait, rounded up to what people read. */
export function waitLabel(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `${whole} ${whole === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(whole / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** Plain-word message for a code (and reason, when we know a better one). */
export function messageFor(code: ErrorCode, reason = '', fields: FieldErrors = {}, retryAfter?: number): string {
  if (code === 'RATE_LIMITED' && retryAfter !== undefined && Number.isFinite(retryAfter) && retryAfter > 0)
    return `Too many attempts. Try again in ${waitLabel(retryAfter)}.`;
  const known = REASON_MESSAGES[reason];
  if (known) return known;
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'Please sign in to continue.';
    case 'FORBIDDEN':
      return 'You don’t have permission to do that.';
    case 'NOT_FOUND':
      return 'We couldn’t find that. It may have been moved or deleted.';
    case 'BAD_USER_INPUT': {
      const details = Object.values(fields);
      return details.length > 0
        ? details.join(' ')
        : 'Some of the information isn’t valid. Please check it and try again.';
    }
    case 'CONFLICT':
      return 'That conflicts with a recent change. Refresh the page and try again.';
    case 'RATE_LIMITED':
      return 'You’re going a bit fast. Please wait a moment and try again.';
    case 'NETWORK_ERROR':
      return 'We couldn’t reach Chorus. Check your connection and try again.';
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on our side. Please try again.';
    default:
      return assertNever(code);
  }
}

/** Message for anything caught in a UI handler. */
/** Normalises anything thrown by a request into an ApiError the UI can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ code: 'INTERNAL_SERVER_ERROR', reason: 'CLIENT', cause: error });
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return messageFor('INTERNAL_SERVER_ERROR');
}

function assertNever(value: never): never {
  throw new Error(`Unhandled error code: ${String(value)}`);
}
