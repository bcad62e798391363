import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Context as GraphqlWsContext } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { GqlContext, Viewer } from './context.js';
import { formatError } from './errors.js';
import { queryLimitsPlugin } from './limits/query-limits.plugin.js';
import { LoadersFactory } from './loaders.js';
import { AuthService } from '../modules/auth/auth.service.js';

/** A graphql-ws connection context; `extra.viewer` is set once in onConnect. */
type WsContext = GraphqlWsContext<Record<string, unknown>, { request: IncomingMessage; viewer?: Viewer | null }>;

@Global()
@Module({ providers: [LoadersFactory], exports: [LoadersFactory] })
class LoadersModule {}

/** Apollo Server 5 on Express 5, code-first schema built in memory (see schema-file.ts for the artifact). */
export const ChorusGraphQLModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  imports: [LoadersModule],
  inject: [APP_CONFIG, LoadersFactory, AuthService],
  useFactory: (config: AppConfig, loaders: LoadersFactory, auth: AuthService): ApolloDriverConfig => ({
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // One operation per HTTP request: a batch would multiply every limit below.
    allowBatchedHttpRequests: false,
    plugins: [queryLimitsPlugin()],
    formatError: (formatted) => formatError(formatted, config.nodeEnv !== 'production'),
    context: async (args: { req: Request; res: Response } | WsContext): Promise<GqlContext> => {
      if ('extra' in args) {
        // graphql-ws: the viewer was authenticated once, from the upgrade request, in onConnect.
        const viewer = args.extra.viewer ?? null;
        return { req: args.extra.request as Request, res: undefined as never, viewer, loaders: loaders.create(viewer) };
      }
      const viewer = await auth.resolveViewer(args.req);
      return { req: args.req, res: args.res, viewer, loaders: loaders.create(viewer) };
    },
    // Live updates (notificationAdded) over graphql-ws on the same path. The session cookie of
    // the upgrade request authenticates the socket (and its Origin must match, as for HTTP).
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (connection: GraphqlWsContext) => {
          const ctx = connection as WsContext;
          try {
            ctx.extra.viewer = await auth.resolveViewer(ctx.extra.request as Request);
          } catch {
            return false;
          }
          return ctx.extra.viewer !== null;
        },
      },
    },
  }),
});
