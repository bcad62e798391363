import type { NextFunction, Request, Response } from 'express';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

const ANSWERS: Record<string, { status: number; reason: string; message: string }> = {
  'entity.parse.failed': { status: 400, reason: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, reason: 'BODY_TOO_LARGE', message: 'The request body is larger than 100 kB.' },
  'encoding.unsupported': {
    status: 415,
    reason: 'UNSUPPORTED_ENCODING',
    message: 'The request body uses an unsupported encoding.',
  },
  'charset.unsupported': {
    status: 415,
    reason: 'UNSUPPORTED_CHARSET',
    message: 'The request body uses an unsupported charset.',
  },
};

/**
 * Express error handler for body-parser failures, installed right after the parser: answers
 * with a GraphQL-shaped JSON body (clients parse one format) instead of Express' HTML page.
 * Other errors continue to the next handler.
 */
export function bodyParserErrors(error: BodyParserError, _req: Request, res: Response, next: NextFunction): void {
  const answer = error.type ? ANSWERS[error.type] : undefined;
  if (!answer || res.headersSent) return next(error);
  res.status(answer.status).json({
    errors: [{ message: answer.message, extensions: { code: 'BAD_USER_INPUT', reason: answer.reason } }],
  });
}
