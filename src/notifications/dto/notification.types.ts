import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../common/graphql/json.scalar';
import { IsBoolean, IsOptional } from 'class-validator';
import { ConnectionArgs, Paginated } from '../../common/graphql/connection';

@ObjectType('Notification')
export class Notification {
  @Field(() => ID) id: string;
  @Field({
    description:
      'MATCH_PROPOSED, MATCH_ACCEPTED, MATCH_DECLINED, MATCH_EXPIRED, MATCH_ENDED, MATCH_COMPLETED, …',
  })
  kind: string;
  @Field(() => GraphQLJSON, { description: 'Ids and names the message is about (never emails)' })
  payload: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: 'The cohort the notice is about' })
  cohortName: string | null;
  @Field(() => [String], {
    description:
      'The people the notice is about, by name, as far as you may know them (a mentee is not told who was proposed to her)',
  })
  people: string[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt: Date | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends Paginated(Notification) {
  @Field(() => Int) unreadCount: number;
}

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}
