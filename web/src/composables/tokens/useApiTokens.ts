import { computed } from 'vue';
import {
  ApiTokensDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  type ApiTokenFieldsFragment,
} from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

export type ApiToken = ApiTokenFieldsFragment;

/** The viewer's API tokens, with create and revoke. */
export function useApiTokens() {
  const query = useQuery(ApiTokensDocument, {});
  const create = useMutation(CreateApiTokenDocument, { invalidates: ['ApiTokens'] });
  const revoke = useMutation(RevokeApiTokenDocument, { invalidates: ['ApiTokens'] });
  return {
    ...query,
    tokens: computed(() => query.data.value?.apiTokens ?? []),
    create,
    revoke,
    /** Creates a token; resolves with its one-time secret, or undefined on failure (see create.error). */
    async createToken(name: string): Promise<{ token: string; apiToken: ApiToken } | undefined> {
      const result = await create.run({ name: name.trim() });
      if (result) await query.refetch();
      return result?.createApiToken;
    },
    async revokeToken(id: string): Promise<boolean> {
      const result = await revoke.run({ id });
      if (result) await query.refetch();
      return result !== undefined;
    },
  };
}
