import { Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Request } from 'express';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type ExecutionArgs } from 'graphql';
import { CloseCode, type Context as WsContext, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { DataSource } from 'typeorm';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { RequestLoaders } from '../core/request-loaders.js';
import type { Viewer } from '../core/viewer.js';
import { credentialsOf } from '../http/request-credentials.js';
import { AuthService } from '../modules/auth/auth.service.js';
import type { GqlContext } from './context.js';
import { formatError } from './errors.js';
import { checkQueryLimits, MAX_DOCUMENT_TOKENS } from './limits/query-limits.plugin.js';

/** Largest frame a socket may send, before and after authentication (a subscribe message is far smaller). */
export const MAX_SOCKET_FRAME_BYTES = 16 * 1024;
const PATH = '/graphql';

type Extra = { socket: WebSocket; request: IncomingMessage };
type SocketContext = WsContext<Record<string, unknown> | undefined, Extra>;

const socketError = (message: string, code: string, reason: string) =>
  new GraphQLError(message, { extensions: { code, reason } });

/**
 * Live updates over graphql-ws on /graphql, served here rather than by the Apollo driver so the
 * socket gets what HTTP has: frames of at most 16 KiB (ws maxPayload, enforced before the
 * connection is authenticated), the parser's token cap, the query limits and error masking. It
 * runs subscriptions only (queries and mutations go over HTTP), and it re-reads the session on
 * every operation and every event: a socket whose session was revoked or expired, or whose
 * account was suspended or changed role, is closed (the client reconnects with its new rights).
 */
@Injectable()
export class LiveSocketServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private wss?: WebSocketServer;
  private dispose?: () => void | Promise<void>;
  private server?: Server;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== PATH || !this.wss) return void socket.destroy();
    this.wss.handleUpgrade(request, socket, head, (ws) => this.wss!.emit('connection', ws, request));
  };

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly auth: AuthService,
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // GraphQLModule keeps its schema host to itself; look it up across modules once it is built.
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    const exposeDetails = this.config.nodeEnv !== 'production';
    // The same masking as HTTP; `http` (a status for Apollo) means nothing on a socket.
    const mask = (errors: readonly GraphQLError[]) =>
      errors.map((error) => {
        const { http: _http, ...extensions } = error.extensions;
        return formatError({ ...error.toJSON(), extensions }, error, exposeDetails);
      });

    this.wss = new WebSocketServer({ noServer: true, maxPayload: MAX_SOCKET_FRAME_BYTES });
    const { dispose } = useServer<Record<string, unknown> | undefined, Extra>(
      {
        schema,
        onConnect: async (ctx) => (await this.currentViewer(ctx)) !== null,
        onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
          const prepared = this.prepare(schema, payload);
          if (!('document' in prepared)) return prepared;
          const viewer = await this.currentViewer(ctx);
          if (!viewer) return sessionEnded(ctx);
          const contextValue: GqlContext = {
            req: ctx.extra.request as Request,
            res: undefined as never,
            viewer,
            loaders: new RequestLoaders(this.db, viewer),
          };
          return { ...prepared, contextValue };
        },
        onNext: async (ctx, _id, _payload, args, result) => {
          const subscribed = (args.contextValue as GqlContext).viewer;
          const viewer = await this.currentViewer(ctx);
          if (!viewer || !subscribed || !sameRights(viewer, subscribed)) return { errors: mask(sessionEnded(ctx)) };
          return result.errors ? { ...result, errors: mask(result.errors) } : undefined;
        },
        onError: (_ctx, _id, _payload, errors) => mask(errors) as unknown as GraphQLError[],
      },
      this.wss,
    );
    this.dispose = dispose;
    this.server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.server.on('upgrade', this.onUpgrade);
  }

  async onApplicationShutdown(): Promise<void> {
    this.server?.off('upgrade', this.onUpgrade);
    await this.dispose?.();
  }

  /** Parsed (token cap), validated, a subscription, and within the query limits; else the errors. */
  private prepare(
    schema: GraphQLSchemaHost['schema'],
    payload: SubscribePayload,
  ): Omit<ExecutionArgs, 'contextValue'> | readonly GraphQLError[] {
    let document;
    try {
      document = parse(payload.query, { maxTokens: MAX_DOCUMENT_TOKENS });
    } catch (error) {
      return [socketError((error as Error).message, 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_PARSE_FAILED')];
    }
    const invalid = validate(schema, document, specifiedRules, { maxErrors: 10 });
    if (invalid.length > 0) {
      return invalid.map(
        (error) =>
          new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      );
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation)
      return [socketError('Name the operation to run.', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE')];
    if (operation.operation !== 'subscription') {
      return [
        socketError(
          'This socket runs subscriptions only; send queries and mutations over HTTP POST /graphql.',
          'BAD_USER_INPUT',
          'SUBSCRIPTIONS_ONLY',
        ),
      ];
    }
    const variables = payload.variables ?? {};
    const problem = checkQueryLimits(schema, document, operation, variables);
    if (problem) return [problem];
    return { schema, document, operationName: payload.operationName, variableValues: variables };
  }

  /** The viewer the upgrade request's credentials stand for now (null: signed out, revoked, expired). */
  private async currentViewer(ctx: SocketContext): Promise<Viewer | null> {
    try {
      return await this.auth.viewerFrom(credentialsOf(ctx.extra.request as Request, this.config.publicUrl));
    } catch {
      return null;
    }
  }
}

/** Closes the socket right after this answer: its session is gone or its rights changed. */
function sessionEnded(ctx: SocketContext): GraphQLError[] {
  setImmediate(() => ctx.extra.socket.close(CloseCode.Forbidden, 'Session ended'));
  return [socketError('Your session ended or changed. Sign in again.', 'UNAUTHENTICATED', 'SESSION_ENDED')];
}

const sameRights = (a: Viewer, b: Viewer): boolean =>
  a.id === b.id && a.role === b.role && Boolean(a.suspended) === Boolean(b.suspended);

@Module({ providers: [LiveSocketServer] })
export class LiveSocketModule {}
