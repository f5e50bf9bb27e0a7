import { mapSchema, MapperKind } from '@graphql-tools/utils';
import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

const EXAMPLE = '2027-01-22T16:30:00Z';

const refuse = (value: unknown): never => {
  const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
  throw new GraphQLError(
    `must be a real date and time with its offset, like ${EXAMPLE} (got ${shown})`,
    { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' } },
  );
};

const strict = (value: unknown): Date => {
  if (typeof value !== 'string') {
    return refuse(value);
  }
  try {
    return DateTimeResolver.parseValue(value);
  } catch {
    return refuse(value);
  }
};

// RFC 3339 date-times, strictly (graphql-scalars' validation): no impossible dates
// ("2027-02-30"), no missing time or offset, no numbers, arrays or trailing characters.
// Output stays the ISO form in UTC that clients already read.
export const StrictDateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: `A date-time string at UTC or with an offset (RFC 3339), e.g. ${EXAMPLE}`,
  serialize: (value) => (value instanceof Date ? value.toISOString() : strict(value).toISOString()),
  parseValue: strict,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? strict(ast.value) : refuse(ast.kind)),
});

// The code-first schema names Nest's DateTime scalar; this swaps in the strict one.
export const withStrictDateTime = (schema: GraphQLSchema): GraphQLSchema =>
  mapSchema(schema, {
    [MapperKind.SCALAR_TYPE]: (type) => (type.name === 'DateTime' ? StrictDateTime : type),
  });
