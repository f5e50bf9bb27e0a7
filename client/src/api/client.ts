import { cacheExchange, Client, fetchExchange } from 'urql';

// One client per token: logging in or out starts from an empty cache, so nothing of the
// previous person's data can show. The API lives on the same origin at /graphql.
export function createApiClient(token: string | null): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // POST always: the server's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}
