import { describe, expect, it } from 'vitest';
import { normaliseTag } from './tags';

describe('normaliseTag', () => {
  it('follows the API tag rules', () => {
    expect(normaliseTag('  Dark Mode! ')).toBe('dark-mode');
    expect(normaliseTag('<script>')).toBe('script');
    expect(normaliseTag('--a  b--')).toBe('a-b');
    expect(normaliseTag('x'.repeat(40))).toHaveLength(30);
  });
});
