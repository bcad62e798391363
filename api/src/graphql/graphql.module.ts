import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../core/errors.js';
import { RequestLoaders } from '../core/request-loaders.js';
import type { Viewer } from '../core/viewer.js';
import { credentialsOf } from '../http/request-credentials.js';
import { AuthService } from '../modules/auth/auth.service.js';
import type { GqlContext } from './context.js';
import { formatError, toGraphQLError } from './errors.js';
import { MAX_DOCUMENT_TOKENS, queryLimitsPlugin } from './limits/query-limits.plugin.js';
import { tokenScopePlugin } from './token-scope.plugin.js';

/** Apollo Server 5 on Express 5, code-first schema built in memory (see schema-file.ts for the artifact). */
export const ChorusGraphQLModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  inject: [APP_CONFIG, DataSource, AuthService],
  useFactory: (config: AppConfig, db: DataSource, auth: AuthService): ApolloDriverConfig => {
    /** The viewer of an HTTP request; a domain error here (a revoked token) answers as a GraphQL error. */
    const viewerOf = async (req: Request): Promise<Viewer | null> => {
      try {
        return await auth.viewerFrom(credentialsOf(req, config.publicUrl));
      } catch (error) {
        throw error instanceof DomainError ? toGraphQLError(error) : error;
      }
    };
    return {
      autoSchemaFile: true,
      sortSchema: true,
      graphiql: false,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      // One operation per HTTP request: a batch would multiply every limit below.
      allowBatchedHttpRequests: false,
      plugins: [queryLimitsPlugin(), tokenScopePlugin()],
      parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
      formatError: (formatted, error) => formatError(formatted, error, config.nodeEnv !== 'production'),
      // Live updates (graphql-ws on /graphql) are served by live-socket.ts, with the same limits.
      context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
        const viewer = await viewerOf(req);
        return { req, res, viewer, loaders: new RequestLoaders(db, viewer) };
      },
    };
  },
});
