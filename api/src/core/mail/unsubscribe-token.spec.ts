import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.js';

describe('unsubscribe tokens', () => {
  const secret = 'a'.repeat(43);
  const userId = '6f1c1a52-3a3b-4a39-9a3e-0c1c2f5d7e11';

  it('verifies a token it signed', () => {
    expect(verifyUnsubscribeToken(secret, signUnsubscribeToken(secret, userId))).toBe(userId);
  });

  it('refuses a token for another member, another secret or altered bytes', () => {
    const token = signUnsubscribeToken(secret, userId);
    const other = '6f1c1a52-3a3b-4a39-9a3e-0c1c2f5d7e12';
    expect(verifyUnsubscribeToken(secret, `${other}.${token.split('.')[1]}`)).toBeNull();
    expect(verifyUnsubscribeToken('b'.repeat(43), token)).toBeNull();
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(verifyUnsubscribeToken(secret, token.slice(0, -1) + last)).toBeNull();
    expect(verifyUnsubscribeToken(secret, 'garbage')).toBeNull();
  });
});
