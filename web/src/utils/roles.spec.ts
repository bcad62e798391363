import { describe, expect, it } from 'vitest';
import { hasRole } from './roles';

describe('hasRole', () => {
  it('includes the roles below', () => {
    expect(hasRole('ADMIN', 'PRODUCT_MANAGER')).toBe(true);
    expect(hasRole('PRODUCT_MANAGER', 'PRODUCT_MANAGER')).toBe(true);
    expect(hasRole('MODERATOR', 'MODERATOR')).toBe(true);
  });

  it('refuses lower roles and visitors', () => {
    expect(hasRole('MODERATOR', 'PRODUCT_MANAGER')).toBe(false);
    expect(hasRole('MEMBER', 'MODERATOR')).toBe(false);
    expect(hasRole(null, 'MEMBER')).toBe(false);
    expect(hasRole(undefined, 'MEMBER')).toBe(false);
  });
});
