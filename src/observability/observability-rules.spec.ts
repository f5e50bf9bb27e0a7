import {
  bearerMatches,
  graphqlFactsOf,
  graphqlOutcome,
  isRoutinePath,
  operationLabel,
  pathOf,
  recordGraphqlFacts,
  REDACT_PATHS,
  requestIdFrom,
} from './observability-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('keeps a plain id the caller sent', () => {
    expect(requestIdFrom('req-42.a:b_C')).toBe('req-42.a:b_C');
    expect(requestIdFrom(['first', 'second'])).toBe('first');
  });

  it.each([
    ['none', undefined],
    ['empty', ''],
    ['a new line (log injection)', 'abc\n{"level":60}'],
    ['spaces', 'a b'],
    ['too long', 'x'.repeat(129)],
  ])('generates a uuid for %s', (_name, header) => {
    expect(requestIdFrom(header)).toMatch(UUID);
  });
});

describe('paths', () => {
  it('drops the query string', () => {
    expect(pathOf('/graphql?query=x&variables={"password":"p"}')).toBe('/graphql');
    expect(pathOf(undefined)).toBe('');
  });

  it('knows the routine paths', () => {
    expect(['/health', '/health/ready', '/metrics'].map(isRoutinePath)).toEqual([true, true, true]);
    expect(['/graphql', '/healthy', '/metrics/x'].map(isRoutinePath)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('operation labels', () => {
  it('names unnamed and malformed operations', () => {
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel(null)).toBe('anonymous');
    expect(operationLabel('')).toBe('anonymous');
    expect(operationLabel('Login')).toBe('Login');
    expect(operationLabel('_private_1')).toBe('_private_1');
    expect(operationLabel('1st')).toBe('invalid');
    expect(operationLabel('a-b')).toBe('invalid');
    expect(operationLabel('x'.repeat(65))).toBe('invalid');
    expect(operationLabel('x'.repeat(64))).toBe('x'.repeat(64));
  });

  it('caps the number of distinct names', () => {
    const known = new Set<string>();
    expect(operationLabel('A', known, 2)).toBe('A');
    expect(operationLabel('B', known, 2)).toBe('B');
    expect(operationLabel('C', known, 2)).toBe('other');
    // Names already seen keep their label.
    expect(operationLabel('A', known, 2)).toBe('A');
    expect([...known]).toEqual(['A', 'B']);
  });
});

describe('GraphQL outcomes', () => {
  it('is ok without errors', () => {
    expect(graphqlOutcome(undefined)).toEqual({ outcome: 'ok', errorCode: null });
    expect(graphqlOutcome([])).toEqual({ outcome: 'ok', errorCode: null });
  });

  it("is the first error's code in lower case", () => {
    expect(
      graphqlOutcome([
        { extensions: { code: 'BAD_USER_INPUT' } },
        { extensions: { code: 'FORBIDDEN' } },
      ]),
    ).toEqual({ outcome: 'bad_user_input', errorCode: 'BAD_USER_INPUT' });
    expect(graphqlOutcome([{ extensions: { code: 'UNAUTHENTICATED' } }]).outcome).toBe(
      'unauthenticated',
    );
  });

  it('is "error" when the code is missing or not a code', () => {
    expect(graphqlOutcome([{}])).toEqual({ outcome: 'error', errorCode: null });
    expect(graphqlOutcome([{ extensions: null }])).toEqual({ outcome: 'error', errorCode: null });
    expect(graphqlOutcome([{ extensions: { code: 42 } }]).outcome).toBe('error');
    expect(graphqlOutcome([{ extensions: { code: 'not a code' } }]).outcome).toBe('error');
  });
});

describe('the metrics token', () => {
  const token = 'a-long-metrics-token-0123456789';

  it('accepts the bearer token and nothing else', () => {
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(undefined, token)).toBe(false);
    expect(bearerMatches(token, token)).toBe(false);
    expect(bearerMatches(`Basic ${token}`, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token.slice(1)}`, token)).toBe(false);
    expect(bearerMatches('Bearer ', token)).toBe(false);
  });
});

describe('redaction', () => {
  it('covers credentials and request bodies', () => {
    expect(REDACT_PATHS).toEqual(
      expect.arrayContaining([
        'req.headers.authorization',
        'req.headers.cookie',
        'req.body',
        '*.variables',
        '*.password',
      ]),
    );
  });
});

describe('GraphQL facts of a request', () => {
  it('are found by the request object', () => {
    const req = {};
    expect(graphqlFactsOf(req)).toBeUndefined();
    const facts = { operationName: 'Login', userId: null, outcome: 'ok', errorCode: null };
    recordGraphqlFacts(req, facts);
    expect(graphqlFactsOf(req)).toBe(facts);
    expect(graphqlFactsOf({})).toBeUndefined();
  });
});
