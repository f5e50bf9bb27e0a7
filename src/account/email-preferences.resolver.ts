import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { forbidden } from '../common/errors/app-error';
import { Participant } from '../participants/dto/participant.type';
import type { ParticipantEntity } from '../participants/participant.entity';
import { readPreferences } from '../mail/mail-preferences';
import {
  EmailPreferencesInput,
  EmailPreferencesType,
  UnsubscribeArgs,
  UnsubscribeResult,
} from './dto/email-preferences.types';
import { choicesOf, EmailPreferencesService } from './email-preferences.service';

@Resolver(() => Participant)
export class EmailPreferencesResolver {
  constructor(private readonly prefs: EmailPreferencesService) {}

  // The person's own choices: nobody else's business, leads included.
  @ResolveField(() => EmailPreferencesType, {
    nullable: true,
    description: 'Which optional emails the person receives: seen by the person alone',
  })
  emailPreferences(@Parent() p: ParticipantEntity, @CurrentUser() viewer?: AuthUser) {
    if (!viewer || viewer.id !== p.id) {
      throw forbidden('Only the person sees their email preferences.', 'NOT_YOUR_PROFILE');
    }
    return choicesOf(readPreferences(p.emailPreferences));
  }

  @Authenticated()
  @Mutation(() => EmailPreferencesType, { description: 'Choose which optional emails you get' })
  updateEmailPreferences(
    @CurrentUser() user: AuthUser,
    @Args('input') input: EmailPreferencesInput,
  ) {
    return this.prefs.update(user.id, input);
  }

  @Public()
  @Mutation(() => UnsubscribeResult, {
    description: "Turn off (or back on) one kind of email with the link at an email's foot",
  })
  unsubscribe(@Args() args: UnsubscribeArgs) {
    return this.prefs.unsubscribe(args.token, args.resubscribe);
  }
}
