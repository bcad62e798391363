import { computed, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { IdeaChangedDocument, type IdeaChangedSubscription } from '@/graphql/generated/graphql';
import { subscribeLive } from '@/graphql/live';
import { useAnnouncer } from '@/stores/announcer';
import { useSession } from '@/stores/session';
import { countLabel } from '@/utils/format';
import type { IdeaFilters } from '../ideas/ideaFilters';

export type IdeaChange = IdeaChangedSubscription['ideaChanged'];
/** What a push says of an idea now, read with the viewer's rights. */
export type LiveIdea = NonNullable<IdeaChange['idea']>;
/** The fields of an idea a push updates. */
export type LiveFields = Pick<LiveIdea, 'voteCount' | 'viewerHasVoted' | 'commentCount' | 'status'>;

/** How long changes gather before one polite announcement (a burst of votes is read once). */
export const ANNOUNCE_AFTER_MS = 1_500;

/**
 * Follows `ideaChanged` on a board while the viewer is signed in (the API takes sockets with a
 * session only); closes when the board changes, the viewer signs out or the caller's scope ends.
 * `onReconnected`: the socket was down a while, so changes may have been missed.
 */
export function useIdeaChanges(
  boardSlug: MaybeRefOrGetter<string | undefined>,
  onChange: (change: IdeaChange) => void,
  onReconnected?: () => void,
) {
  const session = useSession();
  watch(
    () => [toValue(boardSlug), session.signedIn] as const,
    ([slug, signedIn], _before, onCleanup) => {
      if (!slug || !signedIn) return;
      const connection = subscribeLive(
        IdeaChangedDocument,
        { boardSlug: slug },
        {
          onData: (data) => onChange(data.ideaChanged),
          onConnected: (reconnected) => (reconnected ? onReconnected?.() : undefined),
        },
      );
      onCleanup(() => connection.close());
    },
    { immediate: true },
  );
}

/** What a reader is told of a change to an idea they see (nothing for their own vote). */
export function describeChange(title: string, before: LiveFields, after: LiveFields): string[] {
  const said: string[] = [];
  if (after.status.key !== before.status.key) said.push(`“${title}” moved to ${after.status.name}`);
  if (after.voteCount !== before.voteCount && after.viewerHasVoted === before.viewerHasVoted)
    said.push(`“${title}” has ${countLabel(after.voteCount, 'vote')}`);
  if (after.commentCount > before.commentCount)
    said.push(`“${title}” has ${countLabel(after.commentCount, 'comment')}`);
  return said;
}

/** Whether a new idea belongs in the list the reader has open (its filters). */
export function matchesFilters(idea: LiveIdea, filters: IdeaFilters): boolean {
  if (filters.status && idea.status.key !== filters.status) return false;
  if (filters.tag && !idea.tags.includes(filters.tag)) return false;
  if (filters.search) {
    const text = `${idea.title} ${idea.body}`.toLowerCase();
    return filters.search
      .toLowerCase()
      .split(/\s+/)
      .every((word) => text.includes(word));
  }
  return true;
}

/** Polite announcements gathered for a moment and read as one (at most three, then a count). */
export function useGatheredAnnouncements() {
  const announcer = useAnnouncer();
  let gathered: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const shown = gathered.slice(0, 3);
    const more = gathered.length - shown.length;
    gathered = [];
    if (shown.length)
      announcer.announce([...shown, ...(more > 0 ? [`and ${countLabel(more, 'more change')}`] : [])].join('. '));
  };
  onScopeDispose(() => clearTimeout(timer));
  return (...sentences: string[]) => {
    if (sentences.length === 0) return;
    gathered.push(...sentences);
    timer ??= setTimeout(flush, ANNOUNCE_AFTER_MS);
  };
}

interface ListedIdea extends LiveFields {
  id: string;
  title: string;
}

/**
 * A board's list kept live: the ideas shown get the counts and status each push brings, in place
 * (no card moves, whatever the order); new ideas that match the filters are counted, not
 * inserted, until the reader asks for them (`showNew`). Changes are announced politely.
 */
export function useLiveBoardList<T extends ListedIdea>(
  boardSlug: MaybeRefOrGetter<string>,
  shown: MaybeRefOrGetter<readonly T[]>,
  filters: MaybeRefOrGetter<IdeaFilters>,
) {
  const announce = useGatheredAnnouncements();
  const patches = shallowRef(new Map<string, LiveFields>());
  const newIds = ref<string[]>([]);

  // Every change is pushed, the viewer's own included, so what was pushed stays the newest word on
  // an idea even when the list is read again (a read under way may predate the push).
  watch(
    () => toValue(shown),
    () => {
      const listed = new Set(toValue(shown).map((idea) => idea.id));
      newIds.value = newIds.value.filter((id) => !listed.has(id));
    },
  );
  watch(
    () => toValue(filters),
    () => (newIds.value = []),
  );
  useIdeaChanges(boardSlug, (change) => {
    const listed = toValue(shown).find((idea) => idea.id === change.ideaId);
    if (change.kind === 'ADDED') {
      if (listed || !change.idea || newIds.value.includes(change.ideaId)) return;
      if (!matchesFilters(change.idea, toValue(filters))) return;
      newIds.value = [...newIds.value, change.ideaId];
      announce(`${countLabel(newIds.value.length, 'new idea')} on this board. Use the Show button to see them`);
      return;
    }
    if (change.kind === 'REMOVED') {
      // A card stays where it is until the list is read again; a new one not shown yet is forgotten.
      newIds.value = newIds.value.filter((id) => id !== change.ideaId);
      return;
    }
    if (!listed || !change.idea) return;
    const before = patches.value.get(listed.id) ?? listed;
    const { voteCount, viewerHasVoted, commentCount, status } = change.idea;
    const after = { voteCount, viewerHasVoted, commentCount, status };
    patches.value = new Map(patches.value).set(listed.id, after);
    announce(...describeChange(listed.title, before, after));
  });

  return {
    /** The ideas shown, with what pushes said since they were read. */
    items: computed(() =>
      toValue(shown).map((idea) => {
        const patch = patches.value.get(idea.id);
        return patch ? { ...idea, ...patch } : idea;
      }),
    ),
    /** New ideas the reader has not asked to see yet. */
    newCount: computed(() => newIds.value.length),
    newIds: computed(() => newIds.value as readonly string[]),
    /** Forgets the new ideas counted (the caller reads the list again). */
    clearNew: () => (newIds.value = []),
  };
}
