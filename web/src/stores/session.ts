import { acceptHMRUpdate, defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { useMutation } from '@/composables/useMutation';
import { fetchQuery, queryKey, readCache, resetQueries } from '@/graphql/cache';
import { hasRole, isProductManagerRole, isStaffRole } from '@/utils/roles';
import {
  SignInDocument,
  SignOutDocument,
  SignOutEverywhereDocument,
  SignUpDocument,
  ViewerDocument,
  type Role,
  type SignInInput,
  type SignUpInput,
  type ViewerFieldsFragment,
  type ViewerQuery,
} from '@/graphql/generated/graphql';

export type Viewer = ViewerFieldsFragment;

export { isStaffRole };

/** "Product manager", "Admin", "Moderator"; undefined for members (no badge). */
export function roleLabel(role: Role | undefined): string | undefined {
  switch (role) {
    case 'ADMIN':
      return 'Admin';
    case 'PRODUCT_MANAGER':
      return 'Product manager';
    case 'MODERATOR':
      return 'Moderator';
    default:
      return undefined;
  }
}

/**
 * Who is signed in. Loaded once (the `viewer` query) and replaced by sign-in, sign-up and
 * sign-out, which also forget cached query results (they depend on the viewer).
 */
export const useSession = defineStore('session', () => {
  const viewer = shallowRef<Viewer | null>(null);
  /** True once the first `viewer` answer (or failure) arrived. */
  const loaded = ref(false);
  let loading: Promise<void> | undefined;
  // No `invalidates`: a new viewer resets every query (setViewer).
  const signInMutation = useMutation(SignInDocument);
  const signUpMutation = useMutation(SignUpDocument);
  const signOutMutation = useMutation(SignOutDocument);
  const signOutEverywhereMutation = useMutation(SignOutEverywhereDocument);

  const signedIn = computed(() => viewer.value !== null);
  const role = computed(() => viewer.value?.role);
  /** Staff, as the API means it: moderators and above (hidden content, moderation, merges, internal notes, triage). */
  const isStaff = computed(() => isStaffRole(role.value));
  /** Product managers and above: status changes, official answers, analytics. */
  const isProductManager = computed(() => isProductManagerRole(role.value));
  /** Admins: boards and statuses. */
  const isAdmin = computed(() => hasRole(role.value, 'ADMIN'));

  /**
   * Loads the viewer the first time it is called; later calls share that result. The answer the
   * server embedded in the page (prefetch.ts) is taken at once, so the header renders signed in
   * from the start.
   */
  function load(): Promise<void> {
    if (loading) return loading;
    const key = queryKey(ViewerDocument, {});
    const embedded = readCache<ViewerQuery>(key);
    if (embedded) {
      viewer.value = embedded.value.viewer ?? null;
      loaded.value = true;
      loading = Promise.resolve();
      return loading;
    }
    loading = fetchQuery(ViewerDocument, {}, key)
      .then((data) => {
        viewer.value = data.viewer ?? null;
      })
      .catch(() => {
        // Unknown: treat as a visitor; a later sign-in sets the viewer.
        viewer.value = null;
      })
      .finally(() => {
        loaded.value = true;
      });
    return loading;
  }

  function setViewer(next: Viewer | null): void {
    viewer.value = next;
    loaded.value = true;
    loading = Promise.resolve();
    void resetQueries();
  }

  /** Rejects with an ApiError (with `fields` for inline messages) when refused. */
  async function signIn(input: SignInInput): Promise<Viewer> {
    const { signIn: payload } = await signInMutation.runOrThrow({ input });
    setViewer(payload.user);
    return payload.user;
  }

  async function signUp(input: SignUpInput): Promise<Viewer> {
    const { signUp: payload } = await signUpMutation.runOrThrow({ input });
    setViewer(payload.user);
    return payload.user;
  }

  async function signOut(): Promise<void> {
    await signOutMutation.runOrThrow();
    setViewer(null);
  }

  /** Ends every session of the account, this one included. */
  async function signOutEverywhere(): Promise<void> {
    await signOutEverywhereMutation.runOrThrow();
    setViewer(null);
  }

  /** Asks who is signed in again (the account changed: a verified address, a new name, a revoked session). */
  async function refresh(): Promise<void> {
    const data = await fetchQuery(ViewerDocument, {});
    if ((data.viewer?.id ?? null) !== (viewer.value?.id ?? null)) setViewer(data.viewer ?? null);
    else viewer.value = data.viewer ?? null;
  }

  return {
    viewer,
    loaded,
    signedIn,
    isStaff,
    isProductManager,
    isAdmin,
    load,
    refresh,
    signIn,
    signUp,
    signOut,
    signOutEverywhere,
  };
});

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSession, import.meta.hot));
