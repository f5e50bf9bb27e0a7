import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Taxonomy')
export class Taxonomy {
  @Field(() => [String], { description: 'Suggested interest tags; free tags are allowed too' })
  interests: string[];

  @Field(() => [String], {
    description: 'The closed list of goals (mentees) and expertise (mentors)',
  })
  goals: string[];
}
