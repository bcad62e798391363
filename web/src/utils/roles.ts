import type { Role } from '@/graphql/generated/graphql';

/** Roles in rising order: each includes what the ones before it may do. */
export const ROLE_ORDER: readonly Role[] = ['MEMBER', 'MODERATOR', 'PRODUCT_MANAGER', 'ADMIN'];

/** Whether `role` is at least `minimum`; false for visitors (no role). */
export function hasRole(role: Role | null | undefined, minimum: Role): boolean {
  if (!role) return false;
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(minimum);
}
