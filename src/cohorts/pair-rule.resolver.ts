import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/graphql/gql-context';
import { Participant } from '../participants/dto/participant.type';
import { ParticipantsService } from '../participants/participants.service';
import type { PairRuleRow } from './cohorts.repository';
import { PairRule } from './dto/cohort.types';

// The two people of a pair rule, by name for the lead's list (rules are LEAD only).
@Resolver(() => PairRule)
export class PairRuleResolver {
  constructor(private readonly participants: ParticipantsService) {}

  @ResolveField(() => Participant)
  mentor(@Parent() rule: PairRuleRow, @Context() ctx: GqlContext) {
    return this.participants.loader(ctx).load(rule.mentorId);
  }

  @ResolveField(() => Participant)
  mentee(@Parent() rule: PairRuleRow, @Context() ctx: GqlContext) {
    return this.participants.loader(ctx).load(rule.menteeId);
  }
}
