import { ref, type InjectionKey, type Ref } from 'vue';
import { invalidateQueries } from '@/graphql/cache';
import { execute } from '@/graphql/client';
import { errorMessage } from '@/graphql/errors';
import { useAnnouncer } from '@/stores/announcer';
import {
  ApproveIdeaDocument,
  DeleteSpamDocument,
  DismissFlagsDocument,
  HideCommentDocument,
  HideIdeaDocument,
  LockCommentsDocument,
  UnhideCommentDocument,
  UnhideIdeaDocument,
  UnlockCommentsDocument,
  UnsuspendMemberDocument,
  type FlagReason,
  type TypedDocumentString,
} from '@/graphql/generated/graphql';

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

/** Moderator actions that take one id; each answers with whatever, the lists are refetched after. */
const ACTIONS = {
  dismissFlags: DismissFlagsDocument,
  deleteSpam: DeleteSpamDocument,
  hideIdea: HideIdeaDocument,
  unhideIdea: UnhideIdeaDocument,
  approveIdea: ApproveIdeaDocument,
  lockComments: LockCommentsDocument,
  unlockComments: UnlockCommentsDocument,
  hideComment: HideCommentDocument,
  unhideComment: UnhideCommentDocument,
} satisfies Record<string, TypedDocumentString<unknown, { id: string }>>;

export type ModerationAction = keyof typeof ACTIONS;

export async function moderate(action: ModerationAction, id: string): Promise<void> {
  await execute<unknown, { id: string }>(ACTIONS[action], { id });
  invalidateQueries();
}

export async function unsuspend(userId: string): Promise<void> {
  await execute(UnsuspendMemberDocument, { userId });
  invalidateQueries();
}

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
