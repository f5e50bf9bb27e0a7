import { registerEnumType } from '@nestjs/graphql';

export enum Language {
  EN = 'EN',
  ES = 'ES',
}
export enum Role {
  MENTEE = 'MENTEE',
  MENTOR = 'MENTOR',
  LEAD = 'LEAD',
}
export enum Weekday {
  MON = 'MON',
  TUE = 'TUE',
  WED = 'WED',
  THU = 'THU',
  FRI = 'FRI',
  SAT = 'SAT',
  SUN = 'SUN',
}

registerEnumType(Language, { name: 'Language' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(Weekday, { name: 'Weekday' });
