import type { Role } from '../../common/auth/roles.js';
import type { User } from './user.entity.js';
import type { UserModel } from './user.model.js';

export function toUserModel(user: User): UserModel {
  return {
    id: user.id,
    displayName: user.displayName,
    role: user.role as Role,
    reputation: user.reputation,
    createdAt: user.createdAt,
    email: user.email,
  };
}
