import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
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
  /** Aliased fields anywhere in the operation. */
  aliases: number;
  /** Top-level fields of the operation. */
  rootFields: number;
}

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * Measures an operation against the schema before it runs. Fragments are expanded; for
 * abstract types every possible branch is counted (an upper bound). A field with a `first`
 * argument multiplies the cost of everything below it by that page size (variables
 * resolved); a list of objects without `first` directly under such a page (a connection's
 * `edges`) is the page itself, elsewhere it counts as DEFAULT_LIST_SIZE items.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  variables: Record<string, unknown> = {},
): QueryCost {
  const cost: QueryCost = { depth: 0, introspectionDepth: 0, complexity: 0, aliases: 0, rootFields: 0 };
  const root = schema.getRootType(operation.operation);
  if (!root) return cost;
  cost.rootFields = collectFields(schema, root, operation.selectionSet, fragments).length;

  const walk = (
    parent: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    depth: number,
    multiplier: number,
    paged: boolean,
    introspection: boolean,
  ): void => {
    for (const { node, field } of collectFields(schema, parent, selectionSet, fragments)) {
      if (node.alias) cost.aliases += 1;
      const inIntrospection = introspection || node.name.value.startsWith('__');
      if (inIntrospection) cost.introspectionDepth = Math.max(cost.introspectionDepth, depth);
      else {
        cost.depth = Math.max(cost.depth, depth);
        cost.complexity += multiplier;
      }
      const type = field ? getNamedType(field.type) : undefined;
      if (!node.selectionSet || !field || !isCompositeType(type)) continue;
      const first = pageArgument(field, node, variables);
      const isList = isListType(getNullableType(field.type));
      const factor = first ?? (isList && !paged ? DEFAULT_LIST_SIZE : 1);
      walk(type, node.selectionSet, depth + 1, multiplier * factor, first !== undefined, inIntrospection);
    }
  };
  walk(root, operation.selectionSet, 1, 1, false, false);
  return cost;
}

interface CollectedField {
  node: FieldNode;
  field: GraphQLField<unknown, unknown> | undefined;
}

/** The fields selected on `parent`, with inline fragments and fragment spreads expanded. */
function collectFields(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  fragments: Fragments,
  seen = new Set<string>(),
): CollectedField[] {
  const result: CollectedField[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const fields = isObjectType(parent) || !isAbstractType(parent) ? parent.getFields() : {};
      const name = selection.name.value;
      const field = name === '__typename' ? undefined : (fields[name] ?? metaField(schema, name));
      result.push({ node: selection, field });
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
    if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
    const typeName = fragment.typeCondition?.name.value;
    const target = typeName ? schema.getType(typeName) : parent;
    if (!target || !isCompositeType(target)) continue;
    const nextSeen = selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen;
    const targets = isAbstractType(target) ? schema.getPossibleTypes(target) : [target];
    for (const each of targets) result.push(...collectFields(schema, each, fragment.selectionSet, fragments, nextSeen));
  }
  return result;
}

function metaField(schema: GraphQLSchema, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__schema') return { name, type: schema.getType('__Schema') } as GraphQLField<unknown, unknown>;
  if (name === '__type') return { name, type: schema.getType('__Type') } as GraphQLField<unknown, unknown>;
  return undefined;
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
