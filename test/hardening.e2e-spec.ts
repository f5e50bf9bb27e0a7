import { getIntrospectionQuery } from 'graphql';
import { firstError, graphql } from './helpers/graphql';

// Requests an attacker would send: each gets a clean refusal, nothing else.
describe('hostile GraphQL requests', () => {
  it('counts aliases of __typename like any other field (alias overloading)', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `t${i}: __typename`).join(' ');
    const r = await graphql(`{ ${aliases} }`);
    expect(r.data ?? null).toBeNull();
    expect(firstError(r).message).toMatch(/alias/i);
    // A handful is fine.
    const few = await graphql<Record<string, string>>('{ a: __typename b: __typename }');
    expect(few.data).toEqual({ a: 'Query', b: 'Query' });
  });

  it('answers the standard introspection query in development', async () => {
    const r = await graphql<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    expect(r.data?.__schema.queryType.name).toBe('Query');
  });

  it('limits the depth of introspection too', async () => {
    let selection = 'name';
    for (let i = 0; i < 25; i++) {
      selection = `name ofType { ${selection} }`;
    }
    const deep = `{ __schema { types { fields { type { ${selection} } } } } }`;
    const r = await graphql(deep);
    expect(r.data ?? null).toBeNull();
    expect(firstError(r).message).toMatch(/depth/i);
  });

  it('limits the cost of introspection too', async () => {
    // Within the depth limit, but wide: each alias walks fields of types ten levels down.
    let selection = 'name';
    for (let i = 0; i < 10; i++) {
      selection = `name fields { name type { ${selection} } }`;
    }
    const aliases = Array.from(
      { length: 5 },
      (_, i) => `s${i}: __schema { types { ${selection} } }`,
    ).join(' ');
    const r = await graphql(`{ ${aliases} }`);
    expect(r.data ?? null).toBeNull();
    expect(firstError(r).message).toMatch(/cost/i);
  });
});
