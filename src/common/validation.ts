import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputError, type FieldError } from './errors/app-error';

// Flattens class-validator's tree into one entry per invalid field: "availability[2].start".
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const segment = /^\d+$/.test(error.property) ? `[${error.property}]` : error.property;
    const path =
      prefix === '' ? segment : segment.startsWith('[') ? prefix + segment : `${prefix}.${segment}`;
    const own = Object.values(error.constraints ?? {})
      .slice(0, 1)
      .map((message) => ({ field: path, message: plain(message, error.property) }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

// class-validator starts messages with the property name; the field is reported apart.
function plain(message: string, property: string): string {
  return message.startsWith(property + ' ') ? message.slice(property.length + 1) : message;
}

export const validationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    // GraphQL itself refuses unknown arguments; an args class sits beside single @Args.
    forbidNonWhitelisted: false,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new InvalidInputError(flattenValidationErrors(errors)),
  });
