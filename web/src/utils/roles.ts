import type { Role } from '@/graphql/generated/graphql';

/** Roles in rising order: each includes what the ones before it may do. */
export const ROLE_ORDER: readonly Role[] = ['MEMBER', 'MODERATOR', 'PRODUCT_MANAGER', 'ADMIN'];

/** Whether `role` is at least `minimum`; false for visitors (no role). */
export function hasRole(role: Role | null | undefined, minimum: Role): boolean {
  if (!role) return false;
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(minimum);
}

/**
 * Staff, as the API means it (api/src/common/auth/roles.ts `isStaff`): moderators and above.
 * They see hidden content, moderate, merge, read internal notes and post in locked threads.
 */
export function isStaffRole(role: Role | null | undefined): boolean {
  return hasRole(role, 'MODERATOR');
}

/** Product managers and above: what the API gates at product_manager (statuses, official answers, analytics). */
export function isProductManagerRole(role: Role | null | undefined): boolean {
  return hasRole(role, 'PRODUCT_MANAGER');
}
