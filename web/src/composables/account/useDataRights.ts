import { computed } from 'vue';
import { AccountSignInDocument, DeleteAccountDocument, ExportMyDataDocument } from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

/** Download everything about you; delete your account (confirmed by password, or a fresh single sign-on). */
export function useDataRights() {
  const signIn = useQuery(AccountSignInDocument, {});
  const exportData = useMutation(ExportMyDataDocument);
  return {
    /** Undefined while loading. */
    hasPassword: computed(() => signIn.data.value?.viewer?.hasPassword ?? undefined),
    exportData,
    deleteAccount: useMutation(DeleteAccountDocument),
    /** Fetches the export and saves it as a file. */
    async download(): Promise<boolean> {
      const result = await exportData.run();
      if (!result) return false;
      const url = URL.createObjectURL(new Blob([result.exportMyData], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: `chorus-my-data-${new Date().toISOString().slice(0, 10)}.json`,
      });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    },
  };
}
