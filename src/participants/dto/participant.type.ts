import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Language, Role } from '../../common/enums';
import { Availability } from './availability.type';

@ObjectType('Participant')
export class Participant {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: `${Role}`;

  @Field(() => [Language])
  languages: `${Language}`[];

  @Field(() => Language)
  preferredLanguage: `${Language}`;

  @Field()
  timezone: string;

  @Field(() => [Availability])
  availability: Availability[];

  @Field(() => [String])
  interests: string[];

  @Field(() => [String])
  goals: string[];

  @Field(() => [String])
  expertise: string[];

  @Field(() => String, { nullable: true })
  about: string | null;

  @Field(() => Int, { nullable: true })
  capacity: number | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  // email and underrepresented are resolve-fields with access checks (participants.resolver).
}
