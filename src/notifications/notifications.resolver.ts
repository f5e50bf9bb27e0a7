import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { Authenticated } from '../common/auth/access.decorators';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { NotificationConnection, NotificationsArgs } from './dto/notification.types';
import { NotificationsService } from './notifications.service';

@ArgsType()
class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Which notices; all unread ones when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'each id must be a notification id' })
  ids?: string[];
}

@Resolver()
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Authenticated()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  myNotifications(@CurrentUser() user: AuthUser, @Args() args: NotificationsArgs) {
    return this.notifications.list(user, args.first, args.after, args.unreadOnly ?? false);
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Mark your notifications as read; returns how many changed' })
  markNotificationsRead(
    @CurrentUser() user: AuthUser,
    @Args() args: MarkReadArgs,
    @Context() ctx: GqlContext,
  ) {
    return this.notifications.markRead(user, args.ids ?? null, ctx.now);
  }
}
