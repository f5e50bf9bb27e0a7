import { baseUrl, firstError, graphql } from './helpers/graphql';

describe('the service', () => {
  it('reports its database status on GET /health', async () => {
    const res = await fetch(`${baseUrl()}/health`);
    expect(res.status).toBe(200);
    await expect(res.json()).resolves.toMatchObject({
      status: 'ok',
      database: { status: 'up', mode: process.env.DATABASE_URL ? 'server' : 'embedded' },
    });
  });

  it('contains the core public API of the contract', async () => {
    const r = await graphql<{
      __schema: {
        mutationType: { fields: { name: string }[] };
        queryType: { fields: { name: string }[] };
      };
    }>(`
      {
        __schema {
          queryType {
            fields {
              name
            }
          }
          mutationType {
            fields {
              name
            }
          }
        }
      }
    `);
    const queries = r.data?.__schema.queryType.fields.map((f) => f.name);
    const mutations = r.data?.__schema.mutationType.fields.map((f) => f.name);
    expect(queries).toEqual(
      expect.arrayContaining(['me', 'participants', 'participant', 'taxonomy']),
    );
    expect(mutations).toEqual(expect.arrayContaining(['signUp', 'login', 'updateProfile']));
  });

  it('blocks cross-site GET requests (CSRF prevention)', async () => {
    const res = await fetch(
      `${baseUrl()}/graphql?query=${encodeURIComponent('{ taxonomy { goals } }')}`,
    );
    expect(res.status).toBe(400);
    const allowed = await fetch(
      `${baseUrl()}/graphql?query=${encodeURIComponent('{ taxonomy { goals } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(allowed.status).toBe(200);
  });

  it('refuses queries with too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: taxonomy { goals }`).join(' ');
    const r = await graphql(`{ ${aliases} }`);
    expect(firstError(r).message).toMatch(/alias/i);
  });

  it('answers a malformed query with a parse error, not a crash', async () => {
    const r = await graphql('{ me { id ');
    expect(firstError(r).message).toMatch(/Syntax Error/);
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(
      firstError(r).extensions?.code,
    );
  });
});
