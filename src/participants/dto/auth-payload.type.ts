import { Field, ObjectType } from '@nestjs/graphql';
import { Participant } from './participant.type';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field()
  token: string;

  @Field(() => Participant)
  me: Participant;
}
