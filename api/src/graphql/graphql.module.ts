import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { GqlContext } from './context.js';
import { formatError } from './errors.js';
import { queryLimitsPlugin } from './limits/query-limits.plugin.js';
import { LoadersFactory } from './loaders.js';
import { AuthService } from '../modules/auth/auth.service.js';

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
    context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
      const viewer = await auth.resolveViewer(req);
      return { req, res, viewer, loaders: loaders.create(viewer) };
    },
  }),
});
