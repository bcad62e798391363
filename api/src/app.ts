import 'reflect-metadata';
import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { bodyParserErrors } from './http/body-errors.js';
import { DomainErrorFilter } from './http/domain-error.filter.js';
import { serveGraphqlIde } from './graphql/ide/graphql-ide.js';
import { securityHeaders } from './http/security-headers.js';
import { serveSpa } from './http/spa/spa.js';

/** Builds the Nest application (not yet listening); shared by main.ts and the tests. */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(quietBoot(app.get(Logger)));
  app.useGlobalFilters(new DomainErrorFilter());
  // gzip/brotli for the SPA's assets and GraphQL responses (a phone on a slow network feels every kB).
  app.use(compression({ threshold: 1024 }));
  // The largest legitimate body is an idea of 10,000 characters (at most ~60 KB as JSON): parsing
  // more would only spend CPU on an attacker's behalf.
  app.useBodyParser('json', { limit: '100kb' });
  app.use(bodyParserErrors);
  // X-Forwarded-For decides the address sign-in and sign-up limits count against: believe only
  // the proxies TRUST_PROXY names (none by default).
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders(config.publicUrl));
  if (config.nodeEnv === 'development') serveGraphqlIde(app.getHttpAdapter().getInstance());
  serveSpa(app.getHttpAdapter().getInstance(), config.webDistDir);
  await app.init();
  return app;
}

/** Nest's own boot chatter (a line per module and per route): debug, not info. */
const BOOT_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule']);

function quietBoot(logger: Logger): LoggerService {
  return {
    log: (message: unknown, ...rest: unknown[]) =>
      BOOT_CONTEXTS.has(String(rest.at(-1))) ? logger.debug(message, ...rest) : logger.log(message, ...rest),
    error: (message: unknown, ...rest: unknown[]) => logger.error(message, ...rest),
    warn: (message: unknown, ...rest: unknown[]) => logger.warn(message, ...rest),
    debug: (message: unknown, ...rest: unknown[]) => logger.debug(message, ...rest),
    verbose: (message: unknown, ...rest: unknown[]) => logger.verbose(message, ...rest),
    fatal: (message: unknown, ...rest: unknown[]) => logger.fatal(message, ...rest),
  };
}
