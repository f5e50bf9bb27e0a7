import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../common/graphql/connection';
import { Participant } from './participant.type';

@ObjectType('ParticipantConnection')
export class ParticipantConnection extends Paginated(Participant) {}
