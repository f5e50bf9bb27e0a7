// The shapes of the API's defaults and limits (generated from the schema), for plain modules.
import type { ProgramDefaultsQuery } from '../gql/graphql';

export type ProgramDefaults = ProgramDefaultsQuery['programDefaults'];
export type ProfileLimits = ProgramDefaults['profile'];
export type CohortLimits = ProgramDefaults['cohort'];
