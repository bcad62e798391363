import { ref, type InjectionKey, type Ref } from 'vue';
import type { CacheKey } from '@/graphql/cache';
import { errorMessage } from '@/graphql/errors';
import { useAnnouncer } from '@/stores/announcer';
import {
  ApproveIdeaDocument,
  DeleteSpamDocument,
  DismissFlagsDocument,
  FlagContentDocument,
  HideCommentDocument,
  HideIdeaDocument,
  LockCommentsDocument,
  SuspendMemberDocument,
  UnhideCommentDocument,
  UnhideIdeaDocument,
  UnlockCommentsDocument,
  UnsuspendMemberDocument,
  type FlagReason,
  type TypedDocumentString,
} from '@/graphql/generated/graphql';
import { IDEA_QUERIES, MODERATION_QUERIES } from '../queryGroups';
import { useMutation, type Mutation } from '../useMutation';

/** Why members can report something, in the order the report dialog offers them. */
export const FLAG_REASONS: ReadonlyArray<{ value: FlagReason; label: string; hint: string }> = [
  { value: 'SPAM', label: 'Spam', hint: 'Advertising, junk or scams.' },
  { value: 'ABUSIVE', label: 'Abusive', hint: 'Insulting, hateful or harassing.' },
  { value: 'OFF_TOPIC', label: 'Off-topic', hint: 'Not about this product.' },
  { value: 'OTHER', label: 'Something else', hint: 'Tell the moderators in the note.' },
];

export function reasonLabel(reason: FlagReason): string {
  return FLAG_REASONS.find((r) => r.value === reason)?.label ?? reason;
}

/** Hiding, showing, approving or deleting an idea: whether (and where) it is listed, and the queues. */
const IDEA_VISIBILITY = [...IDEA_QUERIES, ...MODERATION_QUERIES, 'BoardAnalytics'] as const;
/** Hiding or showing a comment: the thread, comment counts, helpful answers, the queue. */
const COMMENT_VISIBILITY = ['IdeaComments', 'IdeaDetail', 'BoardIdeas', 'UserAnswers', 'ModerationQueue'] as const;
/** Locking or unlocking an idea's comments: the idea and the queue show it. */
const COMMENTS_LOCK = ['IdeaDetail', 'ModerationQueue'] as const;

interface ModerationMutation {
  document: TypedDocumentString<unknown, { id: string }>;
  invalidates: readonly CacheKey[];
}

/** Moderator actions that take one id; each answers with whatever, and invalidates what it changes. */
const ACTIONS = {
  dismissFlags: { document: DismissFlagsDocument, invalidates: ['ModerationQueue'] },
  deleteSpam: { document: DeleteSpamDocument, invalidates: [...IDEA_VISIBILITY, ...COMMENT_VISIBILITY] },
  hideIdea: { document: HideIdeaDocument, invalidates: IDEA_VISIBILITY },
  unhideIdea: { document: UnhideIdeaDocument, invalidates: IDEA_VISIBILITY },
  approveIdea: { document: ApproveIdeaDocument, invalidates: IDEA_VISIBILITY },
  lockComments: { document: LockCommentsDocument, invalidates: COMMENTS_LOCK },
  unlockComments: { document: UnlockCommentsDocument, invalidates: COMMENTS_LOCK },
  hideComment: { document: HideCommentDocument, invalidates: COMMENT_VISIBILITY },
  unhideComment: { document: UnhideCommentDocument, invalidates: COMMENT_VISIBILITY },
} satisfies Record<string, ModerationMutation>;

export type ModerationAction = keyof typeof ACTIONS;

/**
 * The moderator actions for one component: `moderate(action, id)` sends one through its
 * useMutation (made when first used) and rejects with the ApiError when refused.
 */
export function useModerationActions(): (action: ModerationAction, id: string) => Promise<unknown> {
  const made = new Map<ModerationAction, Mutation<unknown, { id: string }>>();
  return (action, id) => {
    let mutation = made.get(action);
    if (!mutation) {
      const { document, invalidates }: ModerationMutation = ACTIONS[action];
      mutation = useMutation(document, { invalidates });
      made.set(action, mutation);
    }
    return mutation.runOrThrow({ id });
  };
}

/** A suspension shows on the flagged items of the member and on their profile. */
const SUSPENSION = ['ModerationQueue', 'UserProfile'] as const;

export const useSuspendMember = () => useMutation(SuspendMemberDocument, { invalidates: SUSPENSION });
export const useUnsuspendMember = () => useMutation(UnsuspendMemberDocument, { invalidates: SUSPENSION });
/** A report adds to the moderation queue. */
export const useFlagContent = () => useMutation(FlagContentDocument, { invalidates: ['ModerationQueue'] });

/**
 * One running action at a time for a group of buttons: `busy` names it (for "Hiding…" labels and
 * aria-disabled), `error` holds a plain-words message when it failed.
 */
export function useActionRunner() {
  const busy = ref<string>();
  const error = ref('');

  async function run(key: string, work: () => Promise<unknown>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = key;
    error.value = '';
    try {
      await work();
      return true;
    } catch (caught) {
      error.value = errorMessage(caught);
      return false;
    } finally {
      busy.value = undefined;
    }
  }

  return { busy, error, run };
}

/**
 * The end of a suspension from a date field (yyyy-mm-dd, the member's local day): the end of
 * that day as an ISO instant, null for "until lifted" (empty), or an error for a day not in the future.
 */
export function suspensionEnd(day: string, now: Date = new Date()): { until: string | null } | { error: string } {
  const trimmed = day.trim();
  if (!trimmed) return { until: null };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return { error: 'Pick a date, or leave it empty to suspend until you lift it.' };
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const end = new Date(year, month - 1, date, 23, 59, 59, 999);
  if (end.getMonth() !== month - 1 || end.getDate() !== date) return { error: 'That date doesn’t exist.' };
  const endOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59, 999);
  if (end.getTime() <= endOfToday.getTime()) return { error: 'Pick a day after today.' };
  return { until: end.toISOString() };
}

/** A far-future end (the API's "indefinite") reads as "until lifted". */
export function isIndefinite(until: string): boolean {
  return new Date(until).getFullYear() >= 9000;
}

/** Provided by the comment thread: whether a moderator locked the discussion (replies hide then). */
export const COMMENTS_LOCKED: InjectionKey<Readonly<Ref<boolean>>> = Symbol('comments-locked');

/** Runs moderator actions on ids one at a time; on success announces `done` and calls `onDone`. */
export function useModerate(onDone: () => void) {
  const announcer = useAnnouncer();
  const runner = useActionRunner();
  const moderate = useModerationActions();

  async function act(action: ModerationAction, id: string, done: string): Promise<boolean> {
    const ok = await runner.run(action, () => moderate(action, id));
    if (ok) {
      announcer.announce(done);
      onDone();
    }
    return ok;
  }

  return { ...runner, act };
}
