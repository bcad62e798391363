import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Context as GraphqlWsContext } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../core/errors.js';
import { RequestLoaders } from '../core/request-loaders.js';
import type { Viewer } from '../core/viewer.js';
import { credentialsOf } from '../http/request-credentials.js';
import { AuthService } from '../modules/auth/auth.service.js';
import type { GqlContext } from './context.js';
import { formatError, toGraphQLError } from './errors.js';
import { queryLimitsPlugin } from './limits/query-limits.plugin.js';

/** A graphql-ws connection context; `extra.viewer` is set once in onConnect. */
type WsContext = GraphqlWsContext<Record<string, unknown>, { request: IncomingMessage; viewer?: Viewer | null }>;

/** Apollo Server 5 on Express 5, code-first schema built in memory (see schema-file.ts for the artifact). */
export const ChorusGraphQLModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  inject: [APP_CONFIG, DataSource, AuthService],
  useFactory: (config: AppConfig, db: DataSource, auth: AuthService): ApolloDriverConfig => {
    /** The viewer of an HTTP request; a domain error here (a revoked token) answers as a GraphQL error. */
    const viewerOf = async (req: Request): Promise<Viewer | null> => {
      try {
        return await auth.viewerFrom(credentialsOf(req));
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
      plugins: [queryLimitsPlugin()],
      formatError: (formatted, error) => formatError(formatted, error, config.nodeEnv !== 'production'),
      context: async (args: { req: Request; res: Response } | WsContext): Promise<GqlContext> => {
        if ('extra' in args) {
          // graphql-ws: the viewer was authenticated once, from the upgrade request, in onConnect.
          const viewer = args.extra.viewer ?? null;
          return {
            req: args.extra.request as Request,
            res: undefined as never,
            viewer,
            loaders: new RequestLoaders(db, viewer),
          };
        }
        const viewer = await viewerOf(args.req);
        return { req: args.req, res: args.res, viewer, loaders: new RequestLoaders(db, viewer) };
      },
      // Live updates (notificationAdded) over graphql-ws on the same path. The session cookie of
      // the upgrade request authenticates the socket (and its Origin must match, as for HTTP).
      subscriptions: {
        'graphql-ws': {
          path: '/graphql',
          onConnect: async (connection: GraphqlWsContext) => {
            const ctx = connection as WsContext;
            try {
              ctx.extra.viewer = await viewerOf(ctx.extra.request as Request);
            } catch {
              return false;
            }
            return ctx.extra.viewer !== null;
          },
        },
      },
    };
  },
});
