import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { measureOperation } from './query-cost.js';
import { DEFAULT_QUERY_LIMITS, firstProblem } from './query-limits.plugin.js';

const schema = buildSchema(`
  type Query { node(id: ID!): Node  items(first: Int = 20): ItemConnection!  tags: [Tag!]! }
  interface Node { id: ID! }
  type Item implements Node { id: ID! name: String! parent: Item  children(first: Int): ItemConnection! }
  type Tag implements Node { id: ID! label: String! }
  type ItemConnection { edges: [ItemEdge!]! totalCount: Int! }
  type ItemEdge { cursor: String! node: Item! }
`);

function measure(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return measureOperation(schema, operation, fragments, variables);
}

describe(measureOperation.name, () => {
  it('measures depth through fragments and inline fragments', () => {
    const cost = measure(`{ node(id: 1) { ... on Item { parent { ...P } } } }
      fragment P on Item { parent { parent { id } } }`);
    expect(cost.depth).toBe(5);
  });

  it('multiplies by first (literal, variable or schema default) and treats edges as the page', () => {
    expect(measure(`{ items(first: 10) { edges { node { id name } } } }`).complexity).toBe(1 + 10 * 4);
    expect(measure(`query ($n: Int) { items(first: $n) { edges { node { id } } } }`, { n: 5 }).complexity).toBe(
      1 + 5 * 3,
    );
    expect(measure(`{ items { totalCount } }`).complexity).toBe(1 + 20);
    expect(measure(`{ tags { id } }`).complexity).toBe(1 + 20);
  });

  it('compounds nested pages', () => {
    const cost = measure(`{ items(first: 100) { edges { node { children(first: 100) { edges { node { id } } } } } } }`);
    expect(cost.complexity).toBe(1 + 100 * 3 + 100 * 100 * 3);
    expect(firstProblem(cost, DEFAULT_QUERY_LIMITS)?.reason).toBe('QUERY_TOO_COMPLEX');
  });

  it('rejects a query nested 11 levels deep', () => {
    const deep = `{ node(id: 1) { ... on Item { ${'parent { '.repeat(9)} id ${'} '.repeat(9)} } } }`;
    const cost = measure(deep);
    expect(cost.depth).toBe(11);
    expect(firstProblem(cost, DEFAULT_QUERY_LIMITS)).toMatchObject({ reason: 'QUERY_TOO_DEEP', limit: 10 });
  });

  it('counts aliases and root fields; introspection has its own depth', () => {
    const cost = measure(`{ a: tags { id } b: tags { id } __schema { types { name } } }`);
    expect(cost).toMatchObject({ aliases: 2, rootFields: 3, depth: 2, introspectionDepth: 3 });
  });

  it('multiplies a fragment by its uses instead of expanding it (2^200 copies measured at once)', () => {
    const lines = ['{ ...F200 }', 'fragment F0 on Query { tags { id } }'];
    for (let i = 1; i <= 200; i += 1) lines.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const cost = measure(lines.join('\n'));
    expect(cost.rootFields).toBe(2 ** 200);
    expect(cost.complexity).toBe(2 ** 200 * 21);
  });

  it('stops as soon as a bound is passed', () => {
    const lines = ['{ ...F50 }', 'fragment F0 on Query { a: tags { id } }'];
    for (let i = 1; i <= 50; i += 1) lines.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const document = parse(lines.join('\n'));
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const cost = measureOperation(schema, operation, fragments, {}, DEFAULT_QUERY_LIMITS);
    expect(cost.aliases).toBe(32); // the first count over 30, not 2^50
    expect(firstProblem(cost, DEFAULT_QUERY_LIMITS)?.reason).toBe('QUERY_TOO_WIDE');
  });

  it('reports a fragment cycle in an unvalidated document instead of looping', () => {
    const cost = measure(`{ ...A } fragment A on Query { tags { id } ...B } fragment B on Query { ...A }`);
    expect(cost.fragmentCycle).toBe('A');
    expect(firstProblem(cost, DEFAULT_QUERY_LIMITS)?.reason).toBe('FRAGMENT_CYCLE');
  });
});
