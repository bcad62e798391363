import { seal, unseal } from './secret-box.js';

describe('secret box', () => {
  const secret = 'a'.repeat(32);

  it('opens what it sealed, and nothing sealed under another secret or altered', () => {
    const sealed = seal(secret, 'client-secret-ü');
    expect(sealed).not.toContain('client-secret');
    expect(unseal(secret, sealed)).toBe('client-secret-ü');
    expect(seal(secret, 'same')).not.toBe(seal(secret, 'same'));
    expect(unseal('b'.repeat(32), sealed)).toBeNull();
    const parts = sealed.split('.');
    parts[3] = `${parts[3].slice(0, -2)}AA`;
    expect(unseal(secret, parts.join('.'))).toBeNull();
    expect(unseal(secret, 'garbage')).toBeNull();
  });
});
