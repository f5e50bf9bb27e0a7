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

// `npm test` builds the client first (pretest), so the server has client/dist to serve.
describe('the web client, served by the same server', () => {
  const page = (path: string, accept = 'text/html,application/xhtml+xml') =>
    fetch(`${baseUrl()}${path}`, { headers: { accept } });

  it('serves the app at / and at its own routes, so a reload keeps the page', async () => {
    for (const path of ['/', '/cohorts/8d5e6a8e-1111-4a5b-9c4e-2f0f4d1e7a11/report', '/signup']) {
      const res = await page(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const html = await res.text();
      expect(html).toContain('<div id="root">');
    }
  });

  it('serves the built scripts, and answers 404 for a file that does not exist', async () => {
    const html = await (await page('/')).text();
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\//);
    const js = await fetch(`${baseUrl()}${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${baseUrl()}/assets/missing-file.js`)).status).toBe(404);
  });

  it('leaves the API paths to the API', async () => {
    const health = await page('/health');
    expect(health.headers.get('content-type')).toMatch(/application\/json/);
    const ics = await page('/sessions/8d5e6a8e-1111-4a5b-9c4e-2f0f4d1e7a11.ics');
    expect(ics.status).toBe(401);
    const csv = await page('/reports/8d5e6a8e-1111-4a5b-9c4e-2f0f4d1e7a11.csv');
    expect(csv.status).toBe(401);
    const gql = await graphql<{ __typename: string }>('{ __typename }');
    expect(gql.data?.__typename).toBe('Query');
  });
});
