import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext, Viewer } from '../../graphql/context.js';

/** The signed-in viewer of this request, or null: `@CurrentViewer() viewer: Viewer | null`. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null =>
    GqlExecutionContext.create(context).getContext<GqlContext>().viewer,
);
