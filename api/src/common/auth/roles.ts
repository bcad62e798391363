import { registerEnumType } from '@nestjs/graphql';
import type { Viewer } from '../../graphql/context.js';
import { forbidden, unauthenticated } from '../../graphql/errors.js';
import type { RoleName } from '../../modules/users/user.entity.js';

/** GraphQL face of the roles; values are the database names. */
export enum Role {
  MEMBER = 'member',
  MODERATOR = 'moderator',
  PRODUCT_MANAGER = 'product_manager',
  ADMIN = 'admin',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a person may do; each role includes the ones before it.',
  valuesMap: {
    MEMBER: { description: 'Proposes, votes and comments.' },
    MODERATOR: { description: 'Also keeps the conversation civil.' },
    PRODUCT_MANAGER: { description: 'Also changes statuses and answers officially.' },
    ADMIN: { description: 'Also manages boards, statuses and roles.' },
  },
});

const RANK: Record<RoleName, number> = { member: 0, moderator: 1, product_manager: 2, admin: 3 };

export function hasRole(viewer: Viewer | null, atLeast: RoleName): boolean {
  return viewer !== null && RANK[viewer.role] >= RANK[atLeast];
}

export const isStaff = (viewer: Viewer | null) => hasRole(viewer, 'moderator');

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
