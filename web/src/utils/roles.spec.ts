import { describe, expect, it } from 'vitest';
import type { Role } from '@/graphql/generated/graphql';
import { hasRole, isProductManagerRole, isStaffRole } from './roles';

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

describe('staff and product managers', () => {
  it('counts moderators and above as staff, as the API does', () => {
    expect(['MEMBER', 'MODERATOR', 'PRODUCT_MANAGER', 'ADMIN'].map((role) => isStaffRole(role as Role))).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(isStaffRole(null)).toBe(false);
  });

  it('leaves moderators out of what the API gates at product_manager', () => {
    expect(
      ['MEMBER', 'MODERATOR', 'PRODUCT_MANAGER', 'ADMIN'].map((role) => isProductManagerRole(role as Role)),
    ).toEqual([false, false, true, true]);
    expect(isProductManagerRole(undefined)).toBe(false);
  });
});
