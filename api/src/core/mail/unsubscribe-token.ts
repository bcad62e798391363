import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * One-click unsubscribe tokens: `<userId>.<hmac>` where hmac = HMAC-SHA256(secret,
 * "unsubscribe:" + userId), base64url. No expiry (an old mail's link keeps working, which is what
 * people expect of an unsubscribe link); it can only ever turn mail off for that one member.
 */
export function signUnsubscribeToken(secret: string, userId: string): string {
  return `${userId}.${mac(secret, userId)}`;
}

/** The member id the token was signed for, or null when it was altered or is malformed. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([\w-]{43})$/i.exec(token);
  if (!match) return null;
  const expected = Buffer.from(mac(secret, match[1]));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
}

function mac(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${userId.toLowerCase()}`).digest('base64url');
}

export function unsubscribeUrl(publicUrl: string, secret: string, userId: string): string {
  return `${publicUrl}/unsubscribe?token=${encodeURIComponent(signUnsubscribeToken(secret, userId))}`;
}
