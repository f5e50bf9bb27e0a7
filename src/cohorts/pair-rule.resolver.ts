import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/graphql/gql-context';
import { Participant } from '../participants/dto/participant.type';
import { ParticipantsService } from '../participants/participants.service';
import type { PairRuleEntity } from './cohort.entity';
import { PairRule } from './dto/cohort.types';

// The two people of a pair rule, by name for the lead's list (rules are LEAD only).
@Resolver(() => PairRule)
export class PairRuleResolver {
  constructor(private readonly participants: ParticipantsService) {}

  @ResolveField(() => Participant)
  mentor(@Parent() rule: PairRuleEntity, @Context() ctx: GqlContext) {
    return this.participants.loader(ctx).load(rule.mentorId);
  }

  @ResolveField(() => Participant)
  mentee(@Parent() rule: PairRuleEntity, @Context() ctx: GqlContext) {
    return this.participants.loader(ctx).load(rule.menteeId);
  }
}
