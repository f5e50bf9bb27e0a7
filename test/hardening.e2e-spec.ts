import { getIntrospectionQuery } from 'graphql';
import { firstError, graphql, ok } from './helpers/graphql';
import { acceptedPair } from './helpers/pairs';

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

describe('date-times are strict (RFC 3339)', () => {
  const SCHEDULE = `mutation S($m: ID!, $at: DateTime!) {
    scheduleSession(matchId: $m, startsAt: $at, durationMinutes: 60) { id startsAt } }`;

  it('refuses impossible dates, missing parts and wrong types, and books nothing', async () => {
    const pair = await acceptedPair();
    const bad: unknown[] = [
      '2027-02-30T16:30:00Z',
      '2027-04-31T16:30:00Z',
      '2027-01-22',
      '2027',
      '2027-03-08T17:00:00Z\u0000',
      1_800_000_000_000,
      ['2027-03-08T17:00:00Z'],
    ];
    for (const at of bad) {
      const r = await graphql(SCHEDULE, { m: pair.matchId, at }, pair.mentee.token);
      expect({ at, code: firstError(r).extensions?.code }).toEqual({ at, code: 'BAD_USER_INPUT' });
      expect(firstError(r).message).toMatch(/\$at/);
    }
    // Written inline in the document, it fails the query's validation, with the same words.
    const inline = await graphql(
      `mutation { scheduleSession(matchId: "${pair.matchId}", startsAt: "2027-02-30T16:30:00Z", durationMinutes: 60) { id } }`,
      {},
      pair.mentee.token,
    );
    expect(firstError(inline).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(inline).message).toMatch(/real date and time/);
    const none = await ok(
      graphql<{ mySessions: unknown[] }>('{ mySessions { id } }', {}, pair.mentee.token),
    );
    expect(none.mySessions).toHaveLength(0);

    // A real one, with an offset, is booked at the right instant.
    const booked = await ok(
      graphql<{ scheduleSession: { startsAt: string } }>(
        SCHEDULE,
        { m: pair.matchId, at: '2027-03-08T12:00:00-05:00' },
        pair.mentee.token,
      ),
    );
    expect(booked.scheduleSession.startsAt).toBe('2027-03-08T17:00:00.000Z');
  });
});
