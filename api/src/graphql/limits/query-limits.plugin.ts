import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { measureOperation, type QueryCost } from './query-cost.js';

export interface QueryLimits {
  /** Deepest nesting of fields, e.g. `ideas { edges { node { author { id } } } }` is 5. */
  maxDepth: number;
  /** Upper bound of fields resolved (lists multiplied by their page size). */
  maxComplexity: number;
  /** Aliased fields and top-level fields, each (stops "the same expensive field 500 times"). */
  maxAliases: number;
  maxRootFields: number;
  /** Nesting allowed inside `__schema`/`__type`, enough for GraphQL tools' introspection query. */
  maxIntrospectionDepth: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxComplexity: 10_000,
  maxAliases: 30,
  maxRootFields: 30,
  maxIntrospectionDepth: 15,
};

/**
 * Tokens the parser reads before giving up (graphql-js `maxTokens`): the standard introspection
 * query is about 200 and the web app's largest operation under 100, so a document that needs more
 * is refused before any tree is built, which bounds everything after (validation, the cost walk).
 */
export const MAX_DOCUMENT_TOKENS = 1500;

/** The limit an operation passes as a GraphQL error: BAD_USER_INPUT with a machine reason and HTTP 400. */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): GraphQLError | undefined {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const problem = firstProblem(measureOperation(schema, operation, fragments, variables, limits), limits);
  if (!problem) return undefined;
  return new GraphQLError(problem.message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason: problem.reason,
      limit: problem.limit,
      actual: problem.actual,
      http: { status: 400 },
    },
  });
}

/**
 * Rejects abusive operations after parsing and validation, before any resolver runs:
 * BAD_USER_INPUT with a machine reason, a message naming the limit, and HTTP 400.
 */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, operation, request }) => {
        if (!operation) return;
        const problem = checkQueryLimits(schema, document, operation, request.variables ?? {}, limits);
        if (problem) throw problem;
      },
    }),
  };
}

interface Problem {
  reason: 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX' | 'QUERY_TOO_WIDE' | 'FRAGMENT_CYCLE';
  message: string;
  limit: number;
  actual: number;
}

/**
 * The first limit a measured cost passes. When the walk stopped early (measureOperation with
 * bounds), `actual` is what was counted when it stopped: already over the limit, maybe not all.
 */
export function firstProblem(cost: QueryCost, limits: QueryLimits): Problem | undefined {
  if (cost.fragmentCycle)
    return {
      reason: 'FRAGMENT_CYCLE',
      limit: 0,
      actual: 1,
      message: `Fragment "${cost.fragmentCycle}" spreads itself; fragments cannot form cycles.`,
    };
  if (cost.depth > limits.maxDepth)
    return {
      reason: 'QUERY_TOO_DEEP',
      limit: limits.maxDepth,
      actual: cost.depth,
      message: `This query is nested ${cost.depth} levels deep; the limit is ${limits.maxDepth}. Split it into several queries.`,
    };
  if (cost.introspectionDepth > limits.maxIntrospectionDepth)
    return {
      reason: 'QUERY_TOO_DEEP',
      limit: limits.maxIntrospectionDepth,
      actual: cost.introspectionDepth,
      message: `This introspection query is nested ${cost.introspectionDepth} levels deep; the limit is ${limits.maxIntrospectionDepth}.`,
    };
  if (cost.rootFields > limits.maxRootFields)
    return {
      reason: 'QUERY_TOO_WIDE',
      limit: limits.maxRootFields,
      actual: cost.rootFields,
      message: `This query asks for ${cost.rootFields} top-level fields; the limit is ${limits.maxRootFields}.`,
    };
  if (cost.aliases > limits.maxAliases)
    return {
      reason: 'QUERY_TOO_WIDE',
      limit: limits.maxAliases,
      actual: cost.aliases,
      message: `This query uses ${cost.aliases} aliases; the limit is ${limits.maxAliases}.`,
    };
  if (cost.complexity > limits.maxComplexity)
    return {
      reason: 'QUERY_TOO_COMPLEX',
      limit: limits.maxComplexity,
      actual: cost.complexity,
      message: `This query could resolve up to ${cost.complexity} fields; the complexity limit is ${limits.maxComplexity}. Ask for smaller pages (first) or fewer fields.`,
    };
  return undefined;
}
