import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { Weekday } from '../../common/enums';

@InputType('AvailabilityInput')
export class AvailabilityInput {
  @Field(() => Weekday)
  @IsEnum(Weekday)
  day: Weekday;

  @Field({ description: 'Local time "HH:MM" in the person\'s own time zone, 15-minute grid' })
  @IsString()
  @MaxLength(5)
  start: string;

  @Field({ description: 'Local time "HH:MM", later than start; "24:00" ends at midnight' })
  @IsString()
  @MaxLength(5)
  end: string;
}

@ObjectType('Availability')
export class Availability {
  @Field(() => Weekday)
  day: `${Weekday}`;

  @Field()
  start: string;

  @Field()
  end: string;
}
