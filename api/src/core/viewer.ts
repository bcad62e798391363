import { forbidden, unauthenticated } from './errors.js';

/** The roles, weakest first; each includes the rights of the ones before it. */
export const ROLES = ['member', 'moderator', 'product_manager', 'admin'] as const;
export type RoleName = (typeof ROLES)[number];

/** Who is making a request; null for anonymous visitors. */
export interface Viewer {
  id: string;
  role: RoleName;
  /** Suspended by a moderator: may read, but not post ideas, comment or vote (see requireParticipant). */
  suspended?: boolean;
  /** Authenticated by an API token rather than a session: may not manage tokens (no token mints tokens). */
  viaToken?: boolean;
  /** The API token's scope (absent for sessions): `read` runs no mutations (graphql/token-scope.ts). */
  tokenScope?: TokenScope;
}

/**
 * What an API token may do, weakest first; each includes the ones before. `read`: queries and
 * subscriptions only; `write`: also mutations, except what needs the admin role; `admin`:
 * everything its owner may (only admins get such tokens).
 */
export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * The role a token acts with: its owner's, capped below admin unless the token has the admin
 * scope. A demoted owner's admin token loses the admin rights with them (the role is read on
 * every request).
 */
export function roleUnderScope(role: RoleName, scope: TokenScope): RoleName {
  const cap: RoleName = scope === 'admin' ? 'admin' : 'product_manager';
  return ROLES[Math.min(ROLES.indexOf(role), ROLES.indexOf(cap))];
}

export function hasRole(viewer: Viewer | null, atLeast: RoleName): boolean {
  return viewer !== null && ROLES.indexOf(viewer.role) >= ROLES.indexOf(atLeast);
}

/**
 * The one definition of staff: moderators and above. Staff see hidden and pending content and
 * every private board; product decisions (statuses, official answers, analytics) need
 * `hasRole(viewer, 'product_manager')` on top.
 */
export const STAFF_ROLE: RoleName = 'moderator';
export const isStaff = (viewer: Viewer | null): boolean => hasRole(viewer, STAFF_ROLE);

/** The staff roles as an SQL list (`u.role IN (...)`), derived from the same definition. */
export const STAFF_ROLES_SQL = ROLES.slice(ROLES.indexOf(STAFF_ROLE))
  .map((role) => `'${role}'`)
  .join(', ');

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** The signed-in viewer allowed to take part (post ideas, comment, vote), or UNAUTHENTICATED / FORBIDDEN SUSPENDED. */
export function requireParticipant(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.suspended) throw forbidden('Your account is suspended: you cannot post or vote for now.', 'SUSPENDED');
  return signedIn;
}

/** The signed-in viewer holding at least `role`, or UNAUTHENTICATED / FORBIDDEN. */
export function requireRole(viewer: Viewer | null, role: RoleName): Viewer {
  const signedIn = requireViewer(viewer);
  if (!hasRole(signedIn, role)) throw forbidden(`This needs the ${role.replace('_', ' ')} role`, 'ROLE_REQUIRED');
  return signedIn;
}
