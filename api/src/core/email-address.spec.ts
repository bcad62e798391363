import { isEmailAddress } from './email-address.js';

describe(isEmailAddress.name, () => {
  it('accepts plain addresses', () => {
    for (const ok of ['a@b.co', 'first.last+tag@mail.example.org', 'x@.a.b']) expect(isEmailAddress(ok)).toBe(true);
  });

  it('refuses what the old pattern refused', () => {
    for (const bad of ['', 'a@b', 'a@b.', '@b.co', 'a@@b.co', 'a@b@c.co', 'a b@c.co', 'a@b .co', 'ab.co'])
      expect(isEmailAddress(bad)).toBe(false);
  });

  it('decides on a hostile 100,000-character input at once, by its length', () => {
    const start = performance.now();
    expect(isEmailAddress(`a@${'.'.repeat(100_000)}@`)).toBe(false);
    expect(isEmailAddress(`${'a'.repeat(250)}@b.co`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(20);
  });
});
