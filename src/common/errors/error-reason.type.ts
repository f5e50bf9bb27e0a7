import { registerEnumType } from '@nestjs/graphql';
import { ERROR_REASONS, type ErrorReason } from './error-reason';

// The GraphQL enum of error reasons (extensions.reason carries one of these names).
export const ErrorReasonEnum = Object.fromEntries(ERROR_REASONS.map((r) => [r, r])) as {
  [K in ErrorReason]: K;
};
registerEnumType(ErrorReasonEnum, {
  name: 'ErrorReason',
  description: 'Why a request was refused: extensions.reason of an error',
});
