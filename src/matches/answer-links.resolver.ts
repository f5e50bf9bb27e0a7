import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators';
import type { GqlContext } from '../common/graphql/gql-context';
import { AnswerLinksService } from './answer-links.service';
import { AnswerByLinkArgs, AnswerLinkArgs, ProposalByLink } from './dto/answer-link.types';

@Resolver(() => ProposalByLink)
export class AnswerLinksResolver {
  constructor(private readonly links: AnswerLinksService) {}

  // Public: the signed link is the credential, for this one proposal and its mentor.
  @Public()
  @Query(() => ProposalByLink, {
    description: 'What an answer link from a proposal email shows (reads only)',
  })
  proposalByLink(@Args() args: AnswerLinkArgs, @Context() ctx: GqlContext) {
    return this.links.view(args.token, ctx.now);
  }

  @Public()
  @Mutation(() => ProposalByLink, {
    description:
      'Accept or decline a proposal with the link from its email, without a login; works once, while the proposal waits',
  })
  answerProposalByLink(@Args() args: AnswerByLinkArgs, @Context() ctx: GqlContext) {
    return this.links.answer(args.token, args.accept, args.reason, args.note, ctx.now);
  }
}
