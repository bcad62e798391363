import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../../core/pagination/connection.js';

/** Page size assumed for a list field whose `first` is absent and has no schema default. */
export const DEFAULT_LIST_SIZE = 20;

export interface QueryCost {
  /** Deepest nesting of application fields (introspection excluded). */
  depth: number;
  /** Deepest nesting inside `__schema` / `__type` (the standard introspection query needs about 13). */
  introspectionDepth: number;
  /** Fields the server would resolve: each field counts once per parent instance. */
  complexity: number;
  /** Aliased fields anywhere in the operation (a fragment's count once per place it is spread). */
  aliases: number;
  /** Top-level fields of the operation. */
  rootFields: number;
  /** Set when a fragment spreads itself, directly or through others. */
  fragmentCycle?: string;
}

/** Bounds at which measuring stops early: the cost already passes them, whatever follows. */
export interface CostBounds {
  maxComplexity: number;
  maxAliases: number;
  maxRootFields: number;
}

type Fragments = Record<string, FragmentDefinitionNode>;

/** What one selection set costs relative to its own position (depth 1 = its direct fields). */
interface Summary {
  complexity: number;
  depth: number;
  introspectionDepth: number;
  aliases: number;
  /** Fields at this level, fragments included (the operation's top-level fields for the root). */
  fields: number;
}

/** Thrown inside the walk to stop it; caught by measureOperation. */
class StopWalk extends Error {
  constructor(
    readonly partial: Summary,
    /** Whether `partial` is the operation's own level (its `fields` are the top-level fields). */
    readonly atRoot: boolean,
    readonly fragmentCycle?: string,
  ) {
    super('stop');
  }
}

const empty = (): Summary => ({ complexity: 0, depth: 0, introspectionDepth: 0, aliases: 0, fields: 0 });

/** Adds a selection set that sits at the same level (an inline fragment or a spread). */
function addSameLevel(into: Summary, other: Summary): void {
  into.complexity += other.complexity;
  into.depth = Math.max(into.depth, other.depth);
  into.introspectionDepth = Math.max(into.introspectionDepth, other.introspectionDepth);
  into.aliases += other.aliases;
  into.fields += other.fields;
}

/**
 * Measures an operation against the schema in time linear in the document: each fragment is
 * measured once (per page context) and its cost multiplied at every place it is spread, never
 * re-expanded. A fragment on an abstract type is measured against that type's own fields (an
 * upper bound of its branches). A field with a `first` argument multiplies the cost of everything
 * below it by that page size (variables resolved); a list of objects without `first` directly
 * under such a page (a connection's `edges`) is the page itself, elsewhere it counts as
 * DEFAULT_LIST_SIZE items.
 *
 * With `bounds`, the walk stops as soon as one selection set alone passes a bound (every
 * multiplier is at least 1 but for `first: 0`, so the whole operation passes it too) and returns
 * the cost measured so far, which already exceeds that bound. Works on unvalidated documents:
 * unknown fields cost 1, unknown fragments nothing, and a fragment cycle is reported.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  variables: Record<string, unknown> = {},
  bounds?: CostBounds,
): QueryCost {
  const root = schema.getRootType(operation.operation);
  const noCost: QueryCost = { depth: 0, introspectionDepth: 0, complexity: 0, aliases: 0, rootFields: 0 };
  if (!root) return noCost;

  const memo = new Map<string, Summary>();
  const inProgress = new Set<string>();
  let rootLevel = true;

  const stopWhenPassed = (summary: Summary): void => {
    if (!bounds) return;
    if (
      summary.complexity > bounds.maxComplexity ||
      summary.aliases > bounds.maxAliases ||
      (rootLevel && summary.fields > bounds.maxRootFields)
    )
      throw new StopWalk(summary, rootLevel);
  };

  const fragmentSummary = (name: string, paged: boolean, introspection: boolean): Summary => {
    const fragment = fragments[name];
    if (!fragment) return empty();
    const key = `${name}|${paged}|${introspection}`;
    const known = memo.get(key);
    if (known) return known;
    if (inProgress.has(key)) throw new StopWalk(empty(), rootLevel, name);
    const target = schema.getType(fragment.typeCondition.name.value);
    if (!target || !isCompositeType(target)) return empty();
    inProgress.add(key);
    const summary = selectionSummary(target, fragment.selectionSet, paged, introspection);
    inProgress.delete(key);
    memo.set(key, summary);
    return summary;
  };

  const selectionSummary = (
    parent: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    paged: boolean,
    introspection: boolean,
  ): Summary => {
    const summary = empty();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        addSameLevel(summary, fragmentSummary(selection.name.value, paged, introspection));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const target = typeName ? schema.getType(typeName) : parent;
        if (target && isCompositeType(target))
          addSameLevel(summary, selectionSummary(target, selection.selectionSet, paged, introspection));
      } else {
        addField(summary, parent, selection, paged, introspection);
      }
      stopWhenPassed(summary);
    }
    return summary;
  };

  const addField = (
    summary: Summary,
    parent: GraphQLCompositeType,
    node: FieldNode,
    paged: boolean,
    introspection: boolean,
  ): void => {
    const field = fieldOf(schema, parent, node.name.value);
    const inIntrospection = introspection || node.name.value.startsWith('__');
    summary.fields += 1;
    if (node.alias) summary.aliases += 1;
    if (inIntrospection) summary.introspectionDepth = Math.max(summary.introspectionDepth, 1);
    else {
      summary.depth = Math.max(summary.depth, 1);
      summary.complexity += 1;
    }
    const type = field ? getNamedType(field.type) : undefined;
    if (!node.selectionSet || !field || !isCompositeType(type)) return;
    const first = pageArgument(field, node, variables);
    const isList = isListType(getNullableType(field.type));
    const factor = first ?? (isList && !paged ? DEFAULT_LIST_SIZE : 1);
    const wasRoot = rootLevel;
    rootLevel = false;
    const child = selectionSummary(type, node.selectionSet, first !== undefined, inIntrospection);
    rootLevel = wasRoot;
    summary.complexity += factor * child.complexity;
    summary.aliases += child.aliases;
    if (child.depth > 0) summary.depth = Math.max(summary.depth, 1 + child.depth);
    if (child.introspectionDepth > 0)
      summary.introspectionDepth = Math.max(summary.introspectionDepth, 1 + child.introspectionDepth);
  };

  const toCost = (summary: Summary, atRoot: boolean, fragmentCycle?: string): QueryCost => ({
    depth: summary.depth,
    introspectionDepth: summary.introspectionDepth,
    complexity: summary.complexity,
    aliases: summary.aliases,
    rootFields: atRoot ? summary.fields : 0,
    ...(fragmentCycle ? { fragmentCycle } : {}),
  });
  try {
    return toCost(selectionSummary(root, operation.selectionSet, false, false), true);
  } catch (error) {
    if (error instanceof StopWalk) return toCost(error.partial, error.atRoot, error.fragmentCycle);
    throw error;
  }
}

function fieldOf(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return undefined;
  if (name === '__schema') return { name, type: schema.getType('__Schema') } as GraphQLField<unknown, unknown>;
  if (name === '__type') return { name, type: schema.getType('__Type') } as GraphQLField<unknown, unknown>;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The page size asked for through `first` (literal or variable), its schema default, or undefined. */
function pageArgument(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | undefined {
  const definition = field.args?.find((arg) => arg.name === 'first');
  if (!definition) return undefined;
  const given = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
  const value = given ? valueOf(given, variables) : definition.defaultValue;
  // Larger pages are refused by the resolver with a precise field error; cost them at the maximum.
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.min(value, MAX_PAGE_SIZE)
    : DEFAULT_LIST_SIZE;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return undefined;
}
