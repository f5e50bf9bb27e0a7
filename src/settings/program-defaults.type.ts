import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Default score weights of a new cohort' })
export class DefaultWeights {
  @Field(() => Float) language: number;
  @Field(() => Float) availability: number;
  @Field(() => Float) interests: number;
  @Field(() => Float) goals: number;
  @Field(() => Float) equity: number;
}

@ObjectType({ description: 'Limits of a cohort’s settings' })
export class CohortLimits {
  @Field(() => Int) nameMax: number;
  @Field(() => Int, { description: 'Longest cohort, in days' }) maxDays: number;
  @Field(() => Float) weightMin: number;
  @Field(() => Float) weightMax: number;
  @Field(() => Float, {
    description:
      'The equity weight is at most this share of the other weights together: it breaks ties, never outweighs them',
  })
  equityMaxRatio: number;
  @Field(() => Int) minOverlapMin: number;
  @Field(() => Int) minOverlapMax: number;
  @Field(() => Int) targetOverlapMin: number;
  @Field(() => Int) targetOverlapMax: number;
  @Field(() => Int) expiryDaysMin: number;
  @Field(() => Int) expiryDaysMax: number;
}

@ObjectType({ description: 'Limits of a profile' })
export class ProfileLimits {
  @Field(() => Int) windowsMin: number;
  @Field(() => Int) windowsMax: number;
  @Field(() => Int) interestsMin: number;
  @Field(() => Int) interestsMax: number;
  @Field(() => Int) goalsMax: number;
  @Field(() => Int) tagLength: number;
  @Field(() => Int) aboutLength: number;
  @Field(() => Int) capacityMin: number;
  @Field(() => Int) capacityMax: number;
  @Field(() => Int) passwordMin: number;
  @Field(() => Int) passwordMax: number;
  @Field(() => Int) displayNameMax: number;
}

@ObjectType({ description: 'The defaults and limits the API applies: clients read them here' })
export class ProgramDefaults {
  @Field(() => DefaultWeights) weights: DefaultWeights;
  @Field(() => Int) minOverlapMinutes: number;
  @Field(() => Int) targetOverlapMinutes: number;
  @Field(() => Int, { description: 'Days a mentor has to answer a proposal' }) expiryDays: number;
  @Field(() => CohortLimits) cohort: CohortLimits;
  @Field(() => ProfileLimits) profile: ProfileLimits;
}
