import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Public, Roles } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Role } from '../common/enums';
import { IdArg } from '../common/graphql/id-arg';
import type { GqlContext } from '../common/graphql/gql-context';
import { ParticipantConnection } from './dto/participant-connection.type';
import { ParticipantsArgs } from './dto/participant-filter.input';
import { Participant } from './dto/participant.type';
import { Taxonomy } from './dto/taxonomy.type';
import { UpdateProfileInput } from './dto/update-profile.input';
import { ParticipantEntity } from './participant.entity';
import { ParticipantsService } from './participants.service';
import { GOAL_TAGS, INTEREST_TAXONOMY } from './taxonomy';

@Resolver(() => Participant)
export class ParticipantsResolver {
  constructor(private readonly service: ParticipantsService) {}

  @Authenticated()
  @Query(() => Participant, { description: 'Your own profile' })
  me(@CurrentUser() user: AuthUser): Promise<ParticipantEntity> {
    return this.service.get(user.id);
  }

  @Authenticated()
  @Query(() => Participant, { description: "A profile: your own, or anyone's for leads" })
  participant(@CurrentUser() user: AuthUser, @IdArg('id') id: string): Promise<ParticipantEntity> {
    return this.service.getFor(user, id);
  }

  @Roles(Role.LEAD)
  @Query(() => ParticipantConnection, { description: 'LEAD only' })
  participants(@Args() args: ParticipantsArgs): Promise<ParticipantConnection> {
    return this.service.list(args.filter ?? {}, args.first, args.after);
  }

  @Authenticated()
  @Mutation(() => Participant, { description: 'Change your own profile' })
  updateProfile(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateProfileInput,
  ): Promise<ParticipantEntity> {
    return this.service.updateProfile(user, input);
  }

  @Public()
  @Query(() => Taxonomy, { description: 'Interest tags and goals offered at sign-up' })
  taxonomy(): Taxonomy {
    return { interests: [...INTEREST_TAXONOMY], goals: [...GOAL_TAGS] };
  }

  // Guards do not run on fields: the private ones ask the access policy (in the service).
  @ResolveField(() => String, { nullable: true, description: 'Seen by the person and leads' })
  async email(
    @Parent() p: ParticipantEntity,
    @Context() ctx: GqlContext,
    @CurrentUser() viewer?: AuthUser,
  ): Promise<string> {
    await this.service.assertCanReadEmail(viewer, p, ctx);
    return p.email;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Has the person confirmed their email address: seen by the person and leads',
  })
  async emailVerified(
    @Parent() p: ParticipantEntity,
    @Context() ctx: GqlContext,
    @CurrentUser() viewer?: AuthUser,
  ): Promise<boolean> {
    await this.service.assertCanReadEmail(viewer, p, ctx);
    return p.emailVerifiedAt !== null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Private self-identification: seen by the person alone',
  })
  underrepresented(
    @Parent() p: ParticipantEntity,
    @CurrentUser() viewer?: AuthUser,
  ): boolean | null {
    this.service.assertCanReadSelfIdentification(viewer, p);
    return p.underrepresented;
  }
}
