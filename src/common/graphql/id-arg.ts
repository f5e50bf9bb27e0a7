import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { badInput } from '../errors/app-error';
import { isUuid } from '../ids';

export { isUuid };

@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) {
      throw badInput(metadata.data ?? 'id', 'is not a valid id');
    }
    return value.toLowerCase();
  }
}

// An `ID!` argument that must be one of our uuids: `@IdArg('cohortId') cohortId: string`.
export const IdArg = (name: string) => Args(name, { type: () => ID }, UuidPipe);
