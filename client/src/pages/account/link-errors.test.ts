import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { linkReason } from './link-errors';

const gqlError = (extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('no', { extensions })] });

describe('linkReason', () => {
  it('names what is wrong with an emailed link', () => {
    expect(linkReason(gqlError({ code: 'BAD_USER_INPUT', reason: 'TOKEN_EXPIRED' }))).toBe(
      'TOKEN_EXPIRED',
    );
    expect(linkReason(gqlError({ code: 'BAD_USER_INPUT', reason: 'TOKEN_USED' }))).toBe(
      'TOKEN_USED',
    );
  });

  it('leaves other problems to the form', () => {
    expect(linkReason(gqlError({ code: 'BAD_USER_INPUT', field: 'newPassword' }))).toBeNull();
    expect(linkReason(new CombinedError({ networkError: new Error('offline') }))).toBeNull();
    expect(linkReason(undefined)).toBeNull();
  });
});
