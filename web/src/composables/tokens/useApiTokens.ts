import { computed } from 'vue';
import {
  ApiTokensDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  type ApiTokenFieldsFragment,
  type ApiTokenScope,
} from '@/graphql/generated/graphql';
import { useMutation } from '../useMutation';
import { useQuery } from '../useQuery';

export type ApiToken = ApiTokenFieldsFragment;

/** The scopes in plain words, weakest first (each includes the ones before). */
export const TOKEN_SCOPES: ReadonlyArray<{ value: ApiTokenScope; label: string; hint: string; adminOnly?: boolean }> = [
  { value: 'READ', label: 'Read', hint: 'Read ideas, comments and your notifications; change nothing.' },
  { value: 'WRITE', label: 'Read and write', hint: 'Also post, vote and comment, and moderate if your role allows.' },
  { value: 'ADMIN', label: 'Admin', hint: 'Everything you can do as an admin, settings included.', adminOnly: true },
];

export const scopeLabel = (scope: ApiTokenScope): string =>
  TOKEN_SCOPES.find((choice) => choice.value === scope)?.label ?? scope;

/** Expiry choices in days; null: until revoked. */
export const TOKEN_EXPIRY_DAYS: ReadonlyArray<{ days: number | null; label: string }> = [
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 365, label: '1 year' },
  { days: null, label: 'Never' },
];

export interface NewApiToken {
  name: string;
  scope: ApiTokenScope;
  expiresInDays: number | null;
}

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
    async createToken(input: NewApiToken): Promise<{ token: string; apiToken: ApiToken } | undefined> {
      const result = await create.run({ ...input, name: input.name.trim() });
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
