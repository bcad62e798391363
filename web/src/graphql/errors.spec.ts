// @vitest-environment node
// (No DOM needed: skips the cost of setting up jsdom for this file.)
import { describe, expect, it } from 'vitest';
import { ApiError, ERROR_CODES, errorMessage, messageFor } from './errors';

describe('messageFor', () => {
  it('has its own plain message for every code', () => {
    const messages = ERROR_CODES.map((code) => messageFor(code));
    for (const message of messages) {
      expect(message).toMatch(/^[A-Z].+\.$/);
      expect(message).not.toMatch(/[A-Z]{2,}_[A-Z]+/); // no raw codes leak into the words
    }
    expect(new Set(messages).size).toBe(ERROR_CODES.length);
  });

  it.each([
    ['UNAUTHENTICATED', /sign in/],
    ['FORBIDDEN', /permission/],
    ['NOT_FOUND', /couldn’t find/],
    ['CONFLICT', /recent change/],
    ['RATE_LIMITED', /wait a moment/],
    ['NETWORK_ERROR', /connection/],
    ['INTERNAL_SERVER_ERROR', /on our side/],
  ] as const)('%s says what happened', (code, pattern) => {
    expect(messageFor(code)).toMatch(pattern);
  });

  it('prefers a known reason over the general code message', () => {
    expect(messageFor('CONFLICT', 'VOTING_CLOSED')).toBe('Voting is closed for this idea.');
    expect(messageFor('CONFLICT', 'SOME_OTHER_REASON')).toBe(messageFor('CONFLICT'));
  });

  it('lists field messages for invalid input', () => {
    expect(
      messageFor('BAD_USER_INPUT', 'INVALID_INPUT', { title: 'Title is too short.', body: 'Body is required.' }),
    ).toBe('Title is too short. Body is required.');
    expect(messageFor('BAD_USER_INPUT')).toMatch(/isn’t valid/);
  });
});

describe('waiting after RATE_LIMITED', () => {
  it.each([
    [1, 'Too many attempts. Try again in 1 second.'],
    [0.2, 'Too many attempts. Try again in 1 second.'],
    [40, 'Too many attempts. Try again in 40 seconds.'],
    [60, 'Too many attempts. Try again in 1 minute.'],
    [61, 'Too many attempts. Try again in 2 minutes.'],
    [900, 'Too many attempts. Try again in 15 minutes.'],
  ])('%s s: %s', (seconds, message) => {
    expect(messageFor('RATE_LIMITED', 'TOO_MANY_WRITES', {}, seconds)).toBe(message);
  });

  it('falls back to the general message without a usable retryAfter', () => {
    expect(messageFor('RATE_LIMITED', '', {}, Number.NaN)).toMatch(/wait a moment/);
    expect(messageFor('RATE_LIMITED')).toMatch(/wait a moment/);
  });
});

describe('errorMessage', () => {
  it('uses the ApiError message and hides anything else behind a generic one', () => {
    expect(errorMessage(new ApiError({ code: 'FORBIDDEN', reason: 'FORBIDDEN' }))).toBe(messageFor('FORBIDDEN'));
    expect(errorMessage(new Error('secret stack detail'))).toBe(messageFor('INTERNAL_SERVER_ERROR'));
  });
});
