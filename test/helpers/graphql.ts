export type GqlError = {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    field?: string;
    reason?: string;
    fields?: { field: string; message: string }[];
  } & Record<string, unknown>;
};
export type GqlResponse<T> = { status: number; data?: T | null; errors?: GqlError[] };

export const baseUrl = () => {
  const url = process.env.PUENTE_TEST_URL;
  if (!url) {
    throw new Error('PUENTE_TEST_URL is not set: run the e2e suite through jest (global setup)');
  }
  return url;
};

// `graphql(query, variables, token)`: one POST to /graphql as a client would send it.
export async function graphql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  url = baseUrl(),
): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
  return { status: res.status, ...body };
}

// The data of a response that must have succeeded; otherwise the errors, for a clear failure.
export async function ok<T>(response: Promise<GqlResponse<T>>): Promise<T> {
  const r = await response;
  if (r.errors?.length || !r.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 2)}`);
  }
  return r.data;
}

export const firstError = (r: GqlResponse<unknown>): GqlError => {
  if (!r.errors?.length) {
    throw new Error(`expected an error, got data ${JSON.stringify(r.data)}`);
  }
  return r.errors[0];
};

// The same request as if made at another instant (honoured by test servers only).
export async function graphqlAt<T = Record<string, unknown>>(
  now: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse<T>> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-puente-test-now': now,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
  return { status: res.status, ...body };
}
