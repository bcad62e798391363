import { toValue, type MaybeRefOrGetter } from 'vue';
import {
  ChangelogDocument,
  ChangelogEntryDocument,
  CreateChangelogEntryDocument,
  DeleteChangelogEntryDocument,
  PublishChangelogEntryDocument,
  UpdateChangelogEntryDocument,
  type ChangelogEntryFieldsFragment,
} from '@/graphql/generated/graphql';
import { IDEA_QUERIES } from '../queryGroups';
import { useMutation } from '../useMutation';
import { usePagedQuery } from '../usePagedQuery';
import { useQuery } from '../useQuery';

export type ChangelogEntry = ChangelogEntryFieldsFragment;

/** Release notes show in the changelog lists and on their own page. */
const CHANGELOG_QUERIES = ['Changelog', 'ChangelogEntry'] as const;

/** Published release notes (or, for product managers, drafts), newest release first. */
export function useChangelog(drafts: MaybeRefOrGetter<boolean> = false) {
  return usePagedQuery(
    ChangelogDocument,
    () => ({ first: 10, drafts: toValue(drafts) }),
    (data) => data.changelog,
  );
}

export function useChangelogEntry(id: MaybeRefOrGetter<string>) {
  return useQuery(ChangelogEntryDocument, () => ({ id: toValue(id) }));
}

export const useCreateChangelogEntry = () =>
  useMutation(CreateChangelogEntryDocument, { invalidates: CHANGELOG_QUERIES });
export const useUpdateChangelogEntry = () =>
  useMutation(UpdateChangelogEntryDocument, { invalidates: CHANGELOG_QUERIES });
export const useDeleteChangelogEntry = () =>
  useMutation(DeleteChangelogEntryDocument, { invalidates: CHANGELOG_QUERIES });
/** Publishing can move ideas to Done: every idea list and the notifications change too. */
export const usePublishChangelogEntry = () =>
  useMutation(PublishChangelogEntryDocument, { invalidates: [...CHANGELOG_QUERIES, ...IDEA_QUERIES] });

/** A release date (YYYY-MM-DD, a calendar day with no time zone) as the reader's long date. */
export function releaseDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}
