import { registerEnumType } from '@nestjs/graphql';

/** GraphQL face of the roles (core/viewer.ts ROLES); values are the database names. */
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
