// The program's defaults and limits, as the API applies them: the client has no copy.
import { graphql } from '../gql';

export const ProgramDefaultsQuery = graphql(`
  query ProgramDefaults {
    programDefaults {
      weights {
        language
        availability
        interests
        goals
        equity
      }
      minOverlapMinutes
      targetOverlapMinutes
      expiryDays
      cohort {
        nameMax
        maxDays
        weightMin
        weightMax
        equityMaxRatio
        minOverlapMin
        minOverlapMax
        targetOverlapMin
        targetOverlapMax
        expiryDaysMin
        expiryDaysMax
      }
      profile {
        windowsMin
        windowsMax
        interestsMin
        interestsMax
        goalsMax
        tagLength
        aboutLength
        capacityMin
        capacityMax
        passwordMin
        passwordMax
        displayNameMax
      }
    }
  }
`);
