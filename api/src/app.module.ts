import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/config.js';
import { EventsModule } from './core/events/events.module.js';
import { RUN_JOB_WORKERS } from './core/jobs/job-queue.js';
import { ConfigModule } from './config/config.module.js';
import { ChorusGraphQLModule } from './graphql/graphql.module.js';
import { LiveSocketModule } from './graphql/live-socket.js';
import { HealthController } from './http/health.controller.js';
import { redactRequest } from './http/log-redaction.js';
import { AnalyticsModule } from './modules/analytics/analytics.module.js';
import { ApiTokensModule } from './modules/api-tokens/api-tokens.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { BoardsModule } from './modules/boards/boards.module.js';
import { CommentsModule } from './modules/comments/comments.module.js';
import { IdeasModule } from './modules/ideas/ideas.module.js';
import { LiveBoardsModule } from './modules/live-boards/live-boards.module.js';
import { InternalNotesModule } from './modules/internal-notes/internal-notes.module.js';
import { MergesModule } from './modules/merges/merges.module.js';
import { ModerationModule } from './modules/moderation/moderation.module.js';
import { StatusesModule } from './modules/statuses/statuses.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { VotesModule } from './modules/votes/votes.module.js';
import { FeedsModule } from './modules/feeds/feeds.module.js';
import { FollowsModule } from './modules/follows/follows.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { MaintenanceModule } from './modules/maintenance/maintenance.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { ReputationModule } from './modules/reputation/reputation.module.js';
import { WebhooksModule } from './modules/webhooks/webhooks.module.js';
import { SsoModule } from './modules/sso/sso.module.js';
import { RateLimitsModule } from './modules/rate-limits/rate-limits.module.js';
import { ChangelogModule } from './modules/changelog/changelog.module.js';
import { VotesOnBehalfModule } from './modules/votes-on-behalf/votes-on-behalf.module.js';
import { PrioritisationModule } from './modules/prioritisation/prioritisation.module.js';

/**
 * A terminal's log line: time, level, [context] message, and for requests method, path (tokens
 * already redacted by the serializer), status and time taken; nothing else of the JSON object.
 */
const PRETTY_LOGS = {
  target: 'pino-pretty',
  options: {
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context,req,res,responseTime,reqId',
    messageFormat:
      '{if context}[{context}] {end}{msg}{if req} {req.method} {req.url} → {res.statusCode} in {responseTime} ms{end}',
  },
};

const QUIET_PATHS = /^\/(?:health|ready|assets\/|favicon)/;

@Module({})
export class AppModule {
  /** The whole application around an already-connected DataSource (owned by the caller). */
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req: IncomingMessage) => {
              const given = req.headers['x-request-id'];
              return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
            },
            autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.test(req.url ?? '') },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            // Unsubscribe links carry their token in the query string.
            serializers: { req: redactRequest },
            ...(config.logFormat === 'pretty' ? { transport: PRETTY_LOGS } : {}),
          },
        }),
        EventsModule,
        RateLimitsModule,
        AuthModule,
        ChorusGraphQLModule,
        LiveSocketModule,
        UsersModule,
        ApiTokensModule,
        BoardsModule,
        IdeasModule,
        LiveBoardsModule,
        StatusesModule,
        VotesModule,
        CommentsModule,
        FollowsModule,
        NotificationsModule,
        MailModule,
        FeedsModule,
        ReputationModule,
        SsoModule,
        AuditModule,
        MergesModule,
        ModerationModule,
        InternalNotesModule,
        AnalyticsModule,
        MaintenanceModule,
        WebhooksModule,
        ChangelogModule,
        VotesOnBehalfModule,
        PrioritisationModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: RUN_JOB_WORKERS, useValue: config.jobWorkers },
      ],
      exports: [DataSource, RUN_JOB_WORKERS],
    };
  }
}
