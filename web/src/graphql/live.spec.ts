import { describe, expect, it } from 'vitest';
import { retryDelayMs, socketUrl } from './live';

describe('live', () => {
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
