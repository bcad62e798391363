import { ref, watch, type Ref } from 'vue';
import { useRouter } from 'vue-router';
import { errorMessage } from '@/graphql/errors';
import { useAnnouncer } from '@/stores/announcer';
import { useSession } from '@/stores/session';
import { signInLocation } from '@/utils/authRedirect';

export interface FollowToggleOptions {
  /** The server's answer; undefined while loading. */
  serverState: Ref<boolean | undefined>;
  /** Sends follow (true) or unfollow (false) through its useMutation; resolves with the new server state. */
  send: (follow: boolean) => Promise<boolean>;
  /** Where a visitor comes back to after signing in. */
  returnTo: () => string;
  /** "this idea", "this board": for the announcements. */
  what: string;
}

/** A Follow/Following toggle: optimistic, undone with a message when refused; visitors sign in first. */
export function useFollowToggle(options: FollowToggleOptions) {
  const session = useSession();
  const router = useRouter();
  const announcer = useAnnouncer();
  const following = ref(options.serverState.value ?? false);
  const pending = ref(false);
  const error = ref('');
  // Known once the first answer came; a refetch (after any change) keeps the button on screen.
  const ready = ref(options.serverState.value !== undefined);

  watch(options.serverState, (next) => {
    if (next === undefined) return;
    ready.value = true;
    if (!pending.value) following.value = next;
  });

  async function toggle(): Promise<void> {
    if (pending.value) return;
    if (!session.signedIn) {
      await router.push(signInLocation(options.returnTo()));
      return;
    }
    const next = !following.value;
    following.value = next;
    pending.value = true;
    error.value = '';
    try {
      following.value = await options.send(next);
      announcer.announce(following.value ? `You follow ${options.what}` : `You no longer follow ${options.what}`);
    } catch (caught) {
      following.value = !next;
      error.value = `${next ? 'Following' : 'Unfollowing'} didn’t work. ${errorMessage(caught)}`;
    } finally {
      pending.value = false;
    }
  }

  return { following, pending, error, ready, toggle };
}
