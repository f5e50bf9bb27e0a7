import {
  ValidationPipe,
  type ArgumentMetadata,
  type PipeTransform,
  type ValidationError,
} from '@nestjs/common';
import { InvalidInputError, type FieldError } from './errors/app-error';
import { cleanText } from './text-rules';

// What people send: GraphQL arguments (and REST bodies, queries and route parameters).
// Parents, contexts and the current user are ours, not input: nothing to check there.
const isInput = (metadata: ArgumentMetadata) =>
  (metadata.type as string) === 'args' ||
  metadata.type === 'body' ||
  metadata.type === 'query' ||
  metadata.type === 'param';

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

// No control characters in any text argument; text normalised to NFC (text-rules.ts).
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!isInput(metadata)) {
      return value;
    }
    const errors: FieldError[] = [];
    // Fields inside an input object are named as class-validator names them ("about"),
    // a scalar argument by its own name ("reason").
    const root = value && typeof value === 'object' && !Array.isArray(value) ? '' : metadata.data;
    const clean = cleanText(value, root ?? '', errors);
    if (errors.length) {
      throw new InvalidInputError(errors);
    }
    return clean;
  }
}

// class-validator runs on inputs only, not on every field resolver's parent or context.
class InputValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return isInput(metadata) ? super.transform(value, metadata) : Promise.resolve(value);
  }
}

export const validationPipe = () =>
  new InputValidationPipe({
    whitelist: true,
    // GraphQL itself refuses unknown arguments; an args class sits beside single @Args.
    forbidNonWhitelisted: false,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new InvalidInputError(flattenValidationErrors(errors)),
  });
