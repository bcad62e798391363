import type { BadgeFieldsFragment, BadgeKind } from '@/graphql/generated/graphql';

export type Badge = BadgeFieldsFragment;

export interface BadgeState extends Badge {
  earned: boolean;
}

/** Most distinguished first: what a leaderboard row shows when a member has several. */
const PRESTIGE: readonly BadgeKind[] = ['HUNDRED_VOTES', 'SHIPPED', 'FIVE_HELPFUL_ANSWERS', 'FIRST_IDEA'];

/** The member's most distinguished badge; undefined when they have none. */
export function topBadge(badges: readonly Badge[]): Badge | undefined {
  const rank = (badge: Badge) => {
    const index = PRESTIGE.indexOf(badge.kind);
    return index < 0 ? PRESTIGE.length : index;
  };
  return [...badges].sort((a, b) => rank(a) - rank(b))[0];
}

/** Every badge of the catalog, in its order, marked earned or not (earned ones the catalog lacks come last). */
export function badgeStates(catalog: readonly Badge[], earned: readonly Badge[]): BadgeState[] {
  const earnedKinds = new Set(earned.map((badge) => badge.kind));
  const known = new Set(catalog.map((badge) => badge.kind));
  return [
    ...catalog.map((badge) => ({ ...badge, earned: earnedKinds.has(badge.kind) })),
    ...earned.filter((badge) => !known.has(badge.kind)).map((badge) => ({ ...badge, earned: true })),
  ];
}
