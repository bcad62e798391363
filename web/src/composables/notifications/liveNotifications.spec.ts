import { describe, expect, it } from 'vitest';
import { notificationPath } from './notificationPath';
import { retryDelayMs, socketUrl } from './liveNotifications';

describe('liveNotifications', () => {
  it('uses the page origin, secure when the page is', () => {
    expect(socketUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
    expect(socketUrl({ protocol: 'https:', host: 'ideas.example.com' })).toBe('wss://ideas.example.com/graphql');
  });

  it('backs off exponentially up to 30 s, plus up to 1 s of jitter', () => {
    expect(retryDelayMs(0, 0)).toBe(1_000);
    expect(retryDelayMs(3, 0.5)).toBe(8_500);
    expect(retryDelayMs(12, 1)).toBe(31_000);
  });
});

describe('notificationPath', () => {
  it('leads to the idea, at the comment when there is one, else to the list', () => {
    expect(notificationPath({ idea: { id: 'i1' }, commentId: null })).toBe('/ideas/i1');
    expect(notificationPath({ idea: { id: 'i1' }, commentId: 'c2' })).toBe('/ideas/i1#comment-c2');
    expect(notificationPath({ idea: null, commentId: null })).toBe('/notifications');
  });
});
