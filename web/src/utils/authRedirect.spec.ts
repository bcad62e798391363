import { describe, expect, it } from 'vitest';
import { afterSignIn, intentFrom, safeNext, signInLocation } from './authRedirect';

describe('auth redirects', () => {
  it('sends visitors to sign in with the page and the pending action', () => {
    expect(signInLocation('/ideas/42', 'vote')).toEqual({
      name: 'sign-in',
      query: { next: '/ideas/42', intent: 'vote' },
    });
    expect(signInLocation('/b/feedback/new')).toEqual({ name: 'sign-in', query: { next: '/b/feedback/new' } });
  });

  it('returns only to paths on this site', () => {
    expect(safeNext({ next: '/ideas/42' })).toBe('/ideas/42');
    expect(safeNext({ next: '//evil.example/x' })).toBe('/');
    expect(safeNext({ next: 'https://evil.example' })).toBe('/');
    expect(safeNext({ next: '/\\evil.example' })).toBe('/');
    expect(safeNext({})).toBe('/');
  });

  it('carries a known intent back to the page', () => {
    expect(afterSignIn({ next: '/ideas/42', intent: 'vote' })).toBe('/ideas/42?intent=vote');
    expect(afterSignIn({ next: '/ideas/42?x=1', intent: 'comment' })).toBe('/ideas/42?x=1&intent=comment');
    expect(afterSignIn({ next: '/ideas/42', intent: 'delete-everything' })).toBe('/ideas/42');
    expect(intentFrom({ intent: ['vote', 'comment'] })).toBe('vote');
  });
});
