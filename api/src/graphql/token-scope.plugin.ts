import type { ApolloServerPlugin } from '@apollo/server';
import { forbidden } from '../core/errors.js';
import type { GqlContext } from './context.js';
import { toGraphQLError } from './errors.js';

/**
 * A read-scoped API token runs queries (and subscriptions, on the socket) but no mutation:
 * refused before any resolver runs, as FORBIDDEN TOKEN_SCOPE. (Admin-only actions need the admin
 * scope: AuthService.viewerFrom caps the role of other tokens below admin.)
 */
export function tokenScopePlugin(): ApolloServerPlugin<GqlContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, contextValue }) => {
        if (operation?.operation === 'mutation' && contextValue.viewer?.tokenScope === 'read') {
          throw toGraphQLError(forbidden('This API token has the read scope: it cannot make changes.', 'TOKEN_SCOPE'));
        }
      },
    }),
  };
}
