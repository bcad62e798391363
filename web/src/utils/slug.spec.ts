import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('turns a name into lower-case words joined by "-"', () => {
    expect(slugify('Mobile app — iOS')).toBe('mobile-app-ios');
    expect(slugify('  Café Ideas!! ')).toBe('cafe-ideas');
    expect(slugify('***')).toBe('');
  });

  it('stays within 60 characters without a trailing "-"', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});
