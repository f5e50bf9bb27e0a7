/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ProfileFields on Participant {\n    id\n    displayName\n    role\n    email\n    emailVerified\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n    underrepresented\n    createdAt\n  }\n': typeof types.ProfileFieldsFragmentDoc;
  '\n  query Me {\n    me {\n      ...ProfileFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n': typeof types.VerifyEmailDocument;
  '\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n': typeof types.ResendVerificationEmailDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation Unsubscribe($token: String!, $resubscribe: Boolean!) {\n    unsubscribe(token: $token, resubscribe: $resubscribe) {\n      category\n      subscribed\n    }\n  }\n': typeof types.UnsubscribeDocument;
  '\n  fragment ProposalByLinkFields on ProposalByLink {\n    state\n    status\n    expiresAt\n    mentorName\n    mentorLanguage\n    mentorTimezone\n    mentee {\n      displayName\n      languages\n      timezone\n      interests\n      goals\n      about\n    }\n    sharedLanguages\n    sharedInterests\n    overlapMinutesPerWeek\n  }\n': typeof types.ProposalByLinkFieldsFragmentDoc;
  '\n  query ProposalByLink($token: String!) {\n    proposalByLink(token: $token) {\n      ...ProposalByLinkFields\n    }\n  }\n': typeof types.ProposalByLinkDocument;
  '\n  mutation AnswerProposalByLink(\n    $token: String!\n    $accept: Boolean!\n    $reason: String\n    $note: String\n  ) {\n    answerProposalByLink(token: $token, accept: $accept, reason: $reason, note: $note) {\n      ...ProposalByLinkFields\n    }\n  }\n': typeof types.AnswerProposalByLinkDocument;
  '\n  fragment CohortFields on Cohort {\n    id\n    name\n    status\n    startsOn\n    endsOn\n    minOverlapMinutes\n    targetOverlapMinutes\n    expiryDays\n    allowRepeatPairs\n    requireVerifiedEmail\n    weights {\n      language\n      availability\n      interests\n      goals\n      equity\n    }\n    myMembership {\n      role\n      capacity\n      joinedAt\n    }\n  }\n': typeof types.CohortFieldsFragmentDoc;
  '\n  query Cohorts {\n    cohorts {\n      ...CohortFields\n    }\n  }\n': typeof types.CohortsDocument;
  '\n  query LeadCohorts {\n    cohorts {\n      ...CohortFields\n      createdAt\n      counts {\n        mentees\n        mentors\n        capacity\n      }\n    }\n  }\n': typeof types.LeadCohortsDocument;
  '\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortFields\n      counts {\n        mentees\n        mentors\n        capacity\n      }\n    }\n  }\n': typeof types.CohortDocument;
  '\n  mutation JoinCohort($cohortId: ID!, $role: Role!, $capacity: Int) {\n    joinCohort(cohortId: $cohortId, role: $role, capacity: $capacity) {\n      ...CohortFields\n    }\n  }\n': typeof types.JoinCohortDocument;
  '\n  mutation SetMyCapacity($cohortId: ID!, $capacity: Int!) {\n    setMyCapacity(cohortId: $cohortId, capacity: $capacity) {\n      role\n      capacity\n      joinedAt\n    }\n  }\n': typeof types.SetMyCapacityDocument;
  '\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n': typeof types.CreateCohortDocument;
  '\n  mutation UpdateCohort($cohortId: ID!, $input: UpdateCohortInput!) {\n    updateCohort(cohortId: $cohortId, input: $input) {\n      ...CohortFields\n    }\n  }\n': typeof types.UpdateCohortDocument;
  '\n  mutation SetCohortStatus($cohortId: ID!, $status: CohortStatus!) {\n    setCohortStatus(cohortId: $cohortId, status: $status) {\n      ...CohortFields\n    }\n  }\n': typeof types.SetCohortStatusDocument;
  '\n  mutation OpenCohort($cohortId: ID!) {\n    openCohort(cohortId: $cohortId) {\n      ...CohortFields\n    }\n  }\n': typeof types.OpenCohortDocument;
  '\n  fragment ProposalPageFields on MatchConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        score\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n        breakdown {\n          overlapMinutesPerWeek\n        }\n      }\n    }\n  }\n': typeof types.ProposalPageFieldsFragmentDoc;
  '\n  fragment UnmatchedPageFields on UnmatchedMenteeConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        mentee {\n          id\n          displayName\n        }\n        reasons\n        compatibleMentors\n      }\n    }\n  }\n': typeof types.UnmatchedPageFieldsFragmentDoc;
  '\n  fragment MatchRunFields on MatchRun {\n    id\n    dryRun\n    matchedCount\n    totalScore\n    averageScore\n    menteeCount\n    mentorCount\n    inputHash\n    createdAt\n    durationMs\n    weights {\n      language\n      availability\n      interests\n      goals\n      equity\n    }\n    unmatchedCount\n    unmatchedReasons {\n      reason\n      count\n    }\n    unmatchedPage(first: 50) {\n      ...UnmatchedPageFields\n    }\n    proposalsPage(first: 50) {\n      ...ProposalPageFields\n    }\n  }\n': typeof types.MatchRunFieldsFragmentDoc;
  '\n  mutation RunMatching($cohortId: ID!, $dryRun: Boolean!, $weights: WeightsInput) {\n    runMatching(cohortId: $cohortId, dryRun: $dryRun, weights: $weights) {\n      ...MatchRunFields\n    }\n  }\n': typeof types.RunMatchingDocument;
  '\n  mutation MoreProposals($cohortId: ID!, $weights: WeightsInput, $after: String!) {\n    runMatching(cohortId: $cohortId, dryRun: true, weights: $weights) {\n      inputHash\n      proposalsPage(first: 50, after: $after) {\n        ...ProposalPageFields\n      }\n    }\n  }\n': typeof types.MoreProposalsDocument;
  '\n  mutation MoreUnmatched($cohortId: ID!, $weights: WeightsInput, $after: String!) {\n    runMatching(cohortId: $cohortId, dryRun: true, weights: $weights) {\n      inputHash\n      unmatchedPage(first: 50, after: $after) {\n        ...UnmatchedPageFields\n      }\n    }\n  }\n': typeof types.MoreUnmatchedDocument;
  '\n  query MatchRuns($cohortId: ID!) {\n    matchRuns(cohortId: $cohortId) {\n      id\n      dryRun\n      matchedCount\n      averageScore\n      menteeCount\n      mentorCount\n      createdAt\n    }\n  }\n': typeof types.MatchRunsDocument;
  '\n  query PairRules($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id\n      pairRules {\n        id\n        kind\n        createdAt\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.PairRulesDocument;
  '\n  query CohortMentors($cohortId: ID!, $name: String) {\n    participants(filter: { cohortId: $cohortId, role: MENTOR, name: $name }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          timezone\n        }\n      }\n    }\n  }\n': typeof types.CohortMentorsDocument;
  '\n  mutation AddPairRule($cohortId: ID!, $mentorId: ID!, $menteeId: ID!, $kind: PairRuleKind!) {\n    addPairRule(cohortId: $cohortId, mentorId: $mentorId, menteeId: $menteeId, kind: $kind) {\n      id\n      kind\n    }\n  }\n': typeof types.AddPairRuleDocument;
  '\n  mutation RemovePairRule($ruleId: ID!) {\n    removePairRule(ruleId: $ruleId)\n  }\n': typeof types.RemovePairRuleDocument;
  '\n  query CohortMatches(\n    $cohortId: ID!\n    $status: MatchStatus\n    $person: String\n    $first: Int\n    $after: String\n  ) {\n    cohortMatches(\n      cohortId: $cohortId\n      status: $status\n      person: $person\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          score\n          proposedAt\n          respondedAt\n          closedAt\n          declineReason\n          mentor {\n            id\n            displayName\n            email\n            timezone\n          }\n          mentee {\n            id\n            displayName\n            email\n            timezone\n          }\n          history {\n            id\n            from\n            to\n            reason\n            note\n            at\n            actor {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.CohortMatchesDocument;
  '\n  fragment PersonFields on Participant {\n    id\n    displayName\n    role\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n  }\n': typeof types.PersonFieldsFragmentDoc;
  '\n  fragment MatchFields on Match {\n    id\n    status\n    score\n    proposedAt\n    expiresAt\n    respondedAt\n    closedAt\n    declineReason\n    declineNote\n    endReason\n    cohort {\n      id\n      name\n      status\n      startsOn\n      endsOn\n    }\n    breakdown {\n      language\n      availability\n      interests\n      goals\n      equity\n      overlapMinutesPerWeek\n      sharedInterests\n      overlap {\n        mentor\n        mentee\n      }\n    }\n  }\n': typeof types.MatchFieldsFragmentDoc;
  '\n  query MyMatches {\n    myMatches {\n      ...MatchFields\n      mentor {\n        ...PersonFields\n      }\n      mentee {\n        ...PersonFields\n      }\n    }\n  }\n': typeof types.MyMatchesDocument;
  '\n  query MatchContact($id: ID!) {\n    match(id: $id) {\n      id\n      mentor {\n        id\n        email\n      }\n      mentee {\n        id\n        email\n      }\n    }\n  }\n': typeof types.MatchContactDocument;
  '\n  mutation AcceptMatch($matchId: ID!) {\n    acceptMatch(matchId: $matchId) {\n      ...MatchFields\n    }\n  }\n': typeof types.AcceptMatchDocument;
  '\n  mutation DeclineMatch($matchId: ID!, $reason: String!, $note: String) {\n    declineMatch(matchId: $matchId, reason: $reason, note: $note) {\n      ...MatchFields\n    }\n  }\n': typeof types.DeclineMatchDocument;
  '\n  mutation CompleteMatch($matchId: ID!) {\n    completeMatch(matchId: $matchId) {\n      ...MatchFields\n    }\n  }\n': typeof types.CompleteMatchDocument;
  '\n  mutation EndMatch($matchId: ID!, $reason: String!) {\n    endMatch(matchId: $matchId, reason: $reason) {\n      ...MatchFields\n    }\n  }\n': typeof types.EndMatchDocument;
  '\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          payload\n          cohortName\n          people\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n': typeof types.UnreadCountDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query Taxonomy {\n    taxonomy {\n      interests\n      goals\n    }\n  }\n': typeof types.TaxonomyDocument;
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  query MyEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        matchUpdates\n        sessions\n        program\n      }\n    }\n  }\n': typeof types.MyEmailPreferencesDocument;
  '\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      matchUpdates\n      sessions\n      program\n    }\n  }\n': typeof types.UpdateEmailPreferencesDocument;
  '\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n': typeof types.DeleteMyAccountDocument;
  '\n  query CohortReport($cohortId: ID!) {\n    cohortReport(cohortId: $cohortId) {\n      cohortId\n      cohort {\n        id\n        name\n        status\n      }\n      menteeCount\n      mentorCount\n      matchedMenteeCount\n      completedSessionCount\n      averageScore\n      averageRating\n      csvUrl\n      matchesByStatus {\n        status\n        count\n      }\n      equity {\n        group\n        mentees\n        matched\n        matchRate\n        medianHoursToMatch\n        averageRating\n      }\n      participation {\n        menteesByLanguage {\n          label\n          display\n          count\n        }\n        mentorsByLanguage {\n          label\n          display\n          count\n        }\n        menteesByOffset {\n          label\n          display\n          count\n        }\n        mentorsByOffset {\n          label\n          display\n          count\n        }\n        capacityOffered\n        capacityUsed\n        capacityPending\n      }\n      funnel {\n        proposed\n        accepted\n        declined\n        expired\n        completed\n        ended\n        medianHoursToAnswer\n        declinedByReason {\n          label\n          display\n          count\n        }\n      }\n      quality {\n        averageScore\n        averageLanguage\n        averageAvailability\n        averageInterests\n        averageGoals\n        averageEquity\n        overlapDistribution {\n          label\n          display\n          count\n        }\n        unmatched {\n          reason\n          language\n          offsetBand\n          count\n          summary\n        }\n      }\n      activity {\n        sessionsPerPair\n        mentoringHours\n        completionRate\n        noShowRate\n        scheduledSessionCount\n        cancelledSessionCount\n        pairsNeedingCheckIn\n        averageRating\n      }\n    }\n  }\n': typeof types.CohortReportDocument;
  '\n  query CohortCheckIns($cohortId: ID!) {\n    cohortReport(cohortId: $cohortId) {\n      cohortId\n      activity {\n        pairsNeedingCheckIn\n        checkIns {\n          reason\n          daysSince\n          match {\n            id\n            mentor {\n              displayName\n            }\n            mentee {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.CohortCheckInsDocument;
  '\n  fragment SessionFields on MentorshipSession {\n    id\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    agenda\n    cancelReason\n    completedAt\n    icsUrl\n    match {\n      id\n      status\n      cohort {\n        id\n        startsOn\n        endsOn\n      }\n    }\n    myView {\n      timezone\n      localStart\n      insideAvailability\n      person {\n        id\n        displayName\n      }\n    }\n    otherView {\n      timezone\n      localStart\n      insideAvailability\n      person {\n        id\n        displayName\n      }\n    }\n    myFeedback {\n      id\n      rating\n      comment\n    }\n  }\n': typeof types.SessionFieldsFragmentDoc;
  '\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n': typeof types.MySessionsDocument;
  '\n  mutation ScheduleSession(\n    $matchId: ID!\n    $localStart: String!\n    $timezone: String\n    $durationMinutes: Int!\n    $agenda: String\n  ) {\n    scheduleSessionLocal(\n      matchId: $matchId\n      localStart: $localStart\n      timezone: $timezone\n      durationMinutes: $durationMinutes\n      agenda: $agenda\n    ) {\n      ...SessionFields\n    }\n  }\n': typeof types.ScheduleSessionDocument;
  '\n  mutation CompleteSession($sessionId: ID!) {\n    completeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n': typeof types.CompleteSessionDocument;
  '\n  mutation CancelSession($sessionId: ID!, $reason: String!) {\n    cancelSession(sessionId: $sessionId, reason: $reason) {\n      ...SessionFields\n    }\n  }\n': typeof types.CancelSessionDocument;
  '\n  mutation MarkNoShow($sessionId: ID!) {\n    markNoShow(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n': typeof types.MarkNoShowDocument;
  '\n  mutation SubmitFeedback($sessionId: ID!, $rating: Int!, $comment: String) {\n    submitFeedback(sessionId: $sessionId, rating: $rating, comment: $comment) {\n      id\n      rating\n      comment\n    }\n  }\n': typeof types.SubmitFeedbackDocument;
  '\n  mutation RescheduleSession(\n    $sessionId: ID!\n    $localStart: String!\n    $timezone: String\n    $durationMinutes: Int\n  ) {\n    rescheduleSessionLocal(\n      sessionId: $sessionId\n      localStart: $localStart\n      timezone: $timezone\n      durationMinutes: $durationMinutes\n    ) {\n      ...SessionFields\n    }\n  }\n': typeof types.RescheduleSessionDocument;
  '\n  query ProgramDefaults {\n    programDefaults {\n      weights {\n        language\n        availability\n        interests\n        goals\n        equity\n      }\n      minOverlapMinutes\n      targetOverlapMinutes\n      expiryDays\n      cohort {\n        nameMax\n        maxDays\n        weightMin\n        weightMax\n        equityMaxRatio\n        minOverlapMin\n        minOverlapMax\n        targetOverlapMin\n        targetOverlapMax\n        expiryDaysMin\n        expiryDaysMax\n      }\n      profile {\n        windowsMin\n        windowsMax\n        interestsMin\n        interestsMax\n        goalsMax\n        tagLength\n        aboutLength\n        capacityMin\n        capacityMax\n        passwordMin\n        passwordMax\n        displayNameMax\n      }\n    }\n  }\n': typeof types.ProgramDefaultsDocument;
};
const documents: Documents = {
  '\n  fragment ProfileFields on Participant {\n    id\n    displayName\n    role\n    email\n    emailVerified\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n    underrepresented\n    createdAt\n  }\n':
    types.ProfileFieldsFragmentDoc,
  '\n  query Me {\n    me {\n      ...ProfileFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n':
    types.SignUpDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n':
    types.VerifyEmailDocument,
  '\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n':
    types.ResendVerificationEmailDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation Unsubscribe($token: String!, $resubscribe: Boolean!) {\n    unsubscribe(token: $token, resubscribe: $resubscribe) {\n      category\n      subscribed\n    }\n  }\n':
    types.UnsubscribeDocument,
  '\n  fragment ProposalByLinkFields on ProposalByLink {\n    state\n    status\n    expiresAt\n    mentorName\n    mentorLanguage\n    mentorTimezone\n    mentee {\n      displayName\n      languages\n      timezone\n      interests\n      goals\n      about\n    }\n    sharedLanguages\n    sharedInterests\n    overlapMinutesPerWeek\n  }\n':
    types.ProposalByLinkFieldsFragmentDoc,
  '\n  query ProposalByLink($token: String!) {\n    proposalByLink(token: $token) {\n      ...ProposalByLinkFields\n    }\n  }\n':
    types.ProposalByLinkDocument,
  '\n  mutation AnswerProposalByLink(\n    $token: String!\n    $accept: Boolean!\n    $reason: String\n    $note: String\n  ) {\n    answerProposalByLink(token: $token, accept: $accept, reason: $reason, note: $note) {\n      ...ProposalByLinkFields\n    }\n  }\n':
    types.AnswerProposalByLinkDocument,
  '\n  fragment CohortFields on Cohort {\n    id\n    name\n    status\n    startsOn\n    endsOn\n    minOverlapMinutes\n    targetOverlapMinutes\n    expiryDays\n    allowRepeatPairs\n    requireVerifiedEmail\n    weights {\n      language\n      availability\n      interests\n      goals\n      equity\n    }\n    myMembership {\n      role\n      capacity\n      joinedAt\n    }\n  }\n':
    types.CohortFieldsFragmentDoc,
  '\n  query Cohorts {\n    cohorts {\n      ...CohortFields\n    }\n  }\n': types.CohortsDocument,
  '\n  query LeadCohorts {\n    cohorts {\n      ...CohortFields\n      createdAt\n      counts {\n        mentees\n        mentors\n        capacity\n      }\n    }\n  }\n':
    types.LeadCohortsDocument,
  '\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortFields\n      counts {\n        mentees\n        mentors\n        capacity\n      }\n    }\n  }\n':
    types.CohortDocument,
  '\n  mutation JoinCohort($cohortId: ID!, $role: Role!, $capacity: Int) {\n    joinCohort(cohortId: $cohortId, role: $role, capacity: $capacity) {\n      ...CohortFields\n    }\n  }\n':
    types.JoinCohortDocument,
  '\n  mutation SetMyCapacity($cohortId: ID!, $capacity: Int!) {\n    setMyCapacity(cohortId: $cohortId, capacity: $capacity) {\n      role\n      capacity\n      joinedAt\n    }\n  }\n':
    types.SetMyCapacityDocument,
  '\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n':
    types.CreateCohortDocument,
  '\n  mutation UpdateCohort($cohortId: ID!, $input: UpdateCohortInput!) {\n    updateCohort(cohortId: $cohortId, input: $input) {\n      ...CohortFields\n    }\n  }\n':
    types.UpdateCohortDocument,
  '\n  mutation SetCohortStatus($cohortId: ID!, $status: CohortStatus!) {\n    setCohortStatus(cohortId: $cohortId, status: $status) {\n      ...CohortFields\n    }\n  }\n':
    types.SetCohortStatusDocument,
  '\n  mutation OpenCohort($cohortId: ID!) {\n    openCohort(cohortId: $cohortId) {\n      ...CohortFields\n    }\n  }\n':
    types.OpenCohortDocument,
  '\n  fragment ProposalPageFields on MatchConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        score\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n        breakdown {\n          overlapMinutesPerWeek\n        }\n      }\n    }\n  }\n':
    types.ProposalPageFieldsFragmentDoc,
  '\n  fragment UnmatchedPageFields on UnmatchedMenteeConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        mentee {\n          id\n          displayName\n        }\n        reasons\n        compatibleMentors\n      }\n    }\n  }\n':
    types.UnmatchedPageFieldsFragmentDoc,
  '\n  fragment MatchRunFields on MatchRun {\n    id\n    dryRun\n    matchedCount\n    totalScore\n    averageScore\n    menteeCount\n    mentorCount\n    inputHash\n    createdAt\n    durationMs\n    weights {\n      language\n      availability\n      interests\n      goals\n      equity\n    }\n    unmatchedCount\n    unmatchedReasons {\n      reason\n      count\n    }\n    unmatchedPage(first: 50) {\n      ...UnmatchedPageFields\n    }\n    proposalsPage(first: 50) {\n      ...ProposalPageFields\n    }\n  }\n':
    types.MatchRunFieldsFragmentDoc,
  '\n  mutation RunMatching($cohortId: ID!, $dryRun: Boolean!, $weights: WeightsInput) {\n    runMatching(cohortId: $cohortId, dryRun: $dryRun, weights: $weights) {\n      ...MatchRunFields\n    }\n  }\n':
    types.RunMatchingDocument,
  '\n  mutation MoreProposals($cohortId: ID!, $weights: WeightsInput, $after: String!) {\n    runMatching(cohortId: $cohortId, dryRun: true, weights: $weights) {\n      inputHash\n      proposalsPage(first: 50, after: $after) {\n        ...ProposalPageFields\n      }\n    }\n  }\n':
    types.MoreProposalsDocument,
  '\n  mutation MoreUnmatched($cohortId: ID!, $weights: WeightsInput, $after: String!) {\n    runMatching(cohortId: $cohortId, dryRun: true, weights: $weights) {\n      inputHash\n      unmatchedPage(first: 50, after: $after) {\n        ...UnmatchedPageFields\n      }\n    }\n  }\n':
    types.MoreUnmatchedDocument,
  '\n  query MatchRuns($cohortId: ID!) {\n    matchRuns(cohortId: $cohortId) {\n      id\n      dryRun\n      matchedCount\n      averageScore\n      menteeCount\n      mentorCount\n      createdAt\n    }\n  }\n':
    types.MatchRunsDocument,
  '\n  query PairRules($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id\n      pairRules {\n        id\n        kind\n        createdAt\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.PairRulesDocument,
  '\n  query CohortMentors($cohortId: ID!, $name: String) {\n    participants(filter: { cohortId: $cohortId, role: MENTOR, name: $name }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          timezone\n        }\n      }\n    }\n  }\n':
    types.CohortMentorsDocument,
  '\n  mutation AddPairRule($cohortId: ID!, $mentorId: ID!, $menteeId: ID!, $kind: PairRuleKind!) {\n    addPairRule(cohortId: $cohortId, mentorId: $mentorId, menteeId: $menteeId, kind: $kind) {\n      id\n      kind\n    }\n  }\n':
    types.AddPairRuleDocument,
  '\n  mutation RemovePairRule($ruleId: ID!) {\n    removePairRule(ruleId: $ruleId)\n  }\n':
    types.RemovePairRuleDocument,
  '\n  query CohortMatches(\n    $cohortId: ID!\n    $status: MatchStatus\n    $person: String\n    $first: Int\n    $after: String\n  ) {\n    cohortMatches(\n      cohortId: $cohortId\n      status: $status\n      person: $person\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          score\n          proposedAt\n          respondedAt\n          closedAt\n          declineReason\n          mentor {\n            id\n            displayName\n            email\n            timezone\n          }\n          mentee {\n            id\n            displayName\n            email\n            timezone\n          }\n          history {\n            id\n            from\n            to\n            reason\n            note\n            at\n            actor {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.CohortMatchesDocument,
  '\n  fragment PersonFields on Participant {\n    id\n    displayName\n    role\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n  }\n':
    types.PersonFieldsFragmentDoc,
  '\n  fragment MatchFields on Match {\n    id\n    status\n    score\n    proposedAt\n    expiresAt\n    respondedAt\n    closedAt\n    declineReason\n    declineNote\n    endReason\n    cohort {\n      id\n      name\n      status\n      startsOn\n      endsOn\n    }\n    breakdown {\n      language\n      availability\n      interests\n      goals\n      equity\n      overlapMinutesPerWeek\n      sharedInterests\n      overlap {\n        mentor\n        mentee\n      }\n    }\n  }\n':
    types.MatchFieldsFragmentDoc,
  '\n  query MyMatches {\n    myMatches {\n      ...MatchFields\n      mentor {\n        ...PersonFields\n      }\n      mentee {\n        ...PersonFields\n      }\n    }\n  }\n':
    types.MyMatchesDocument,
  '\n  query MatchContact($id: ID!) {\n    match(id: $id) {\n      id\n      mentor {\n        id\n        email\n      }\n      mentee {\n        id\n        email\n      }\n    }\n  }\n':
    types.MatchContactDocument,
  '\n  mutation AcceptMatch($matchId: ID!) {\n    acceptMatch(matchId: $matchId) {\n      ...MatchFields\n    }\n  }\n':
    types.AcceptMatchDocument,
  '\n  mutation DeclineMatch($matchId: ID!, $reason: String!, $note: String) {\n    declineMatch(matchId: $matchId, reason: $reason, note: $note) {\n      ...MatchFields\n    }\n  }\n':
    types.DeclineMatchDocument,
  '\n  mutation CompleteMatch($matchId: ID!) {\n    completeMatch(matchId: $matchId) {\n      ...MatchFields\n    }\n  }\n':
    types.CompleteMatchDocument,
  '\n  mutation EndMatch($matchId: ID!, $reason: String!) {\n    endMatch(matchId: $matchId, reason: $reason) {\n      ...MatchFields\n    }\n  }\n':
    types.EndMatchDocument,
  '\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          payload\n          cohortName\n          people\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n':
    types.UnreadCountDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query Taxonomy {\n    taxonomy {\n      interests\n      goals\n    }\n  }\n':
    types.TaxonomyDocument,
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  query MyEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        matchUpdates\n        sessions\n        program\n      }\n    }\n  }\n':
    types.MyEmailPreferencesDocument,
  '\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      matchUpdates\n      sessions\n      program\n    }\n  }\n':
    types.UpdateEmailPreferencesDocument,
  '\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n':
    types.DeleteMyAccountDocument,
  '\n  query CohortReport($cohortId: ID!) {\n    cohortReport(cohortId: $cohortId) {\n      cohortId\n      cohort {\n        id\n        name\n        status\n      }\n      menteeCount\n      mentorCount\n      matchedMenteeCount\n      completedSessionCount\n      averageScore\n      averageRating\n      csvUrl\n      matchesByStatus {\n        status\n        count\n      }\n      equity {\n        group\n        mentees\n        matched\n        matchRate\n        medianHoursToMatch\n        averageRating\n      }\n      participation {\n        menteesByLanguage {\n          label\n          display\n          count\n        }\n        mentorsByLanguage {\n          label\n          display\n          count\n        }\n        menteesByOffset {\n          label\n          display\n          count\n        }\n        mentorsByOffset {\n          label\n          display\n          count\n        }\n        capacityOffered\n        capacityUsed\n        capacityPending\n      }\n      funnel {\n        proposed\n        accepted\n        declined\n        expired\n        completed\n        ended\n        medianHoursToAnswer\n        declinedByReason {\n          label\n          display\n          count\n        }\n      }\n      quality {\n        averageScore\n        averageLanguage\n        averageAvailability\n        averageInterests\n        averageGoals\n        averageEquity\n        overlapDistribution {\n          label\n          display\n          count\n        }\n        unmatched {\n          reason\n          language\n          offsetBand\n          count\n          summary\n        }\n      }\n      activity {\n        sessionsPerPair\n        mentoringHours\n        completionRate\n        noShowRate\n        scheduledSessionCount\n        cancelledSessionCount\n        pairsNeedingCheckIn\n        averageRating\n      }\n    }\n  }\n':
    types.CohortReportDocument,
  '\n  query CohortCheckIns($cohortId: ID!) {\n    cohortReport(cohortId: $cohortId) {\n      cohortId\n      activity {\n        pairsNeedingCheckIn\n        checkIns {\n          reason\n          daysSince\n          match {\n            id\n            mentor {\n              displayName\n            }\n            mentee {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.CohortCheckInsDocument,
  '\n  fragment SessionFields on MentorshipSession {\n    id\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    agenda\n    cancelReason\n    completedAt\n    icsUrl\n    match {\n      id\n      status\n      cohort {\n        id\n        startsOn\n        endsOn\n      }\n    }\n    myView {\n      timezone\n      localStart\n      insideAvailability\n      person {\n        id\n        displayName\n      }\n    }\n    otherView {\n      timezone\n      localStart\n      insideAvailability\n      person {\n        id\n        displayName\n      }\n    }\n    myFeedback {\n      id\n      rating\n      comment\n    }\n  }\n':
    types.SessionFieldsFragmentDoc,
  '\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n':
    types.MySessionsDocument,
  '\n  mutation ScheduleSession(\n    $matchId: ID!\n    $localStart: String!\n    $timezone: String\n    $durationMinutes: Int!\n    $agenda: String\n  ) {\n    scheduleSessionLocal(\n      matchId: $matchId\n      localStart: $localStart\n      timezone: $timezone\n      durationMinutes: $durationMinutes\n      agenda: $agenda\n    ) {\n      ...SessionFields\n    }\n  }\n':
    types.ScheduleSessionDocument,
  '\n  mutation CompleteSession($sessionId: ID!) {\n    completeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n':
    types.CompleteSessionDocument,
  '\n  mutation CancelSession($sessionId: ID!, $reason: String!) {\n    cancelSession(sessionId: $sessionId, reason: $reason) {\n      ...SessionFields\n    }\n  }\n':
    types.CancelSessionDocument,
  '\n  mutation MarkNoShow($sessionId: ID!) {\n    markNoShow(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n':
    types.MarkNoShowDocument,
  '\n  mutation SubmitFeedback($sessionId: ID!, $rating: Int!, $comment: String) {\n    submitFeedback(sessionId: $sessionId, rating: $rating, comment: $comment) {\n      id\n      rating\n      comment\n    }\n  }\n':
    types.SubmitFeedbackDocument,
  '\n  mutation RescheduleSession(\n    $sessionId: ID!\n    $localStart: String!\n    $timezone: String\n    $durationMinutes: Int\n  ) {\n    rescheduleSessionLocal(\n      sessionId: $sessionId\n      localStart: $localStart\n      timezone: $timezone\n      durationMinutes: $durationMinutes\n    ) {\n      ...SessionFields\n    }\n  }\n':
    types.RescheduleSessionDocument,
  '\n  query ProgramDefaults {\n    programDefaults {\n      weights {\n        language\n        availability\n        interests\n        goals\n        equity\n      }\n      minOverlapMinutes\n      targetOverlapMinutes\n      expiryDays\n      cohort {\n        nameMax\n        maxDays\n        weightMin\n        weightMax\n        equityMaxRatio\n        minOverlapMin\n        minOverlapMax\n        targetOverlapMin\n        targetOverlapMax\n        expiryDaysMin\n        expiryDaysMax\n      }\n      profile {\n        windowsMin\n        windowsMax\n        interestsMin\n        interestsMax\n        goalsMax\n        tagLength\n        aboutLength\n        capacityMin\n        capacityMax\n        passwordMin\n        passwordMax\n        displayNameMax\n      }\n    }\n  }\n':
    types.ProgramDefaultsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProfileFields on Participant {\n    id\n    displayName\n    role\n    email\n    emailVerified\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n    underrepresented\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment ProfileFields on Participant {\n    id\n    displayName\n    role\n    email\n    emailVerified\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n    underrepresented\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...ProfileFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...ProfileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      me {\n        ...ProfileFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n',
): (typeof documents)['\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n',
): (typeof documents)['\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unsubscribe($token: String!, $resubscribe: Boolean!) {\n    unsubscribe(token: $token, resubscribe: $resubscribe) {\n      category\n      subscribed\n    }\n  }\n',
): (typeof documents)['\n  mutation Unsubscribe($token: String!, $resubscribe: Boolean!) {\n    unsubscribe(token: $token, resubscribe: $resubscribe) {\n      category\n      subscribed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProposalByLinkFields on ProposalByLink {\n    state\n    status\n    expiresAt\n    mentorName\n    mentorLanguage\n    mentorTimezone\n    mentee {\n      displayName\n      languages\n      timezone\n      interests\n      goals\n      about\n    }\n    sharedLanguages\n    sharedInterests\n    overlapMinutesPerWeek\n  }\n',
): (typeof documents)['\n  fragment ProposalByLinkFields on ProposalByLink {\n    state\n    status\n    expiresAt\n    mentorName\n    mentorLanguage\n    mentorTimezone\n    mentee {\n      displayName\n      languages\n      timezone\n      interests\n      goals\n      about\n    }\n    sharedLanguages\n    sharedInterests\n    overlapMinutesPerWeek\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProposalByLink($token: String!) {\n    proposalByLink(token: $token) {\n      ...ProposalByLinkFields\n    }\n  }\n',
): (typeof documents)['\n  query ProposalByLink($token: String!) {\n    proposalByLink(token: $token) {\n      ...ProposalByLinkFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerProposalByLink(\n    $token: String!\n    $accept: Boolean!\n    $reason: String\n    $note: String\n  ) {\n    answerProposalByLink(token: $token, accept: $accept, reason: $reason, note: $note) {\n      ...ProposalByLinkFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AnswerProposalByLink(\n    $token: String!\n    $accept: Boolean!\n    $reason: String\n    $note: String\n  ) {\n    answerProposalByLink(token: $token, accept: $accept, reason: $reason, note: $note) {\n      ...ProposalByLinkFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CohortFields on Cohort {\n    id\n    name\n    status\n    startsOn\n    endsOn\n    minOverlapMinutes\n    targetOverlapMinutes\n    expiryDays\n    allowRepeatPairs\n    requireVerifiedEmail\n    weights {\n      language\n      availability\n      interests\n      goals\n      equity\n    }\n    myMembership {\n      role\n      capacity\n      joinedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment CohortFields on Cohort {\n    id\n    name\n    status\n    startsOn\n    endsOn\n    minOverlapMinutes\n    targetOverlapMinutes\n    expiryDays\n    allowRepeatPairs\n    requireVerifiedEmail\n    weights {\n      language\n      availability\n      interests\n      goals\n      equity\n    }\n    myMembership {\n      role\n      capacity\n      joinedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Cohorts {\n    cohorts {\n      ...CohortFields\n    }\n  }\n',
): (typeof documents)['\n  query Cohorts {\n    cohorts {\n      ...CohortFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LeadCohorts {\n    cohorts {\n      ...CohortFields\n      createdAt\n      counts {\n        mentees\n        mentors\n        capacity\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LeadCohorts {\n    cohorts {\n      ...CohortFields\n      createdAt\n      counts {\n        mentees\n        mentors\n        capacity\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortFields\n      counts {\n        mentees\n        mentors\n        capacity\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortFields\n      counts {\n        mentees\n        mentors\n        capacity\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JoinCohort($cohortId: ID!, $role: Role!, $capacity: Int) {\n    joinCohort(cohortId: $cohortId, role: $role, capacity: $capacity) {\n      ...CohortFields\n    }\n  }\n',
): (typeof documents)['\n  mutation JoinCohort($cohortId: ID!, $role: Role!, $capacity: Int) {\n    joinCohort(cohortId: $cohortId, role: $role, capacity: $capacity) {\n      ...CohortFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMyCapacity($cohortId: ID!, $capacity: Int!) {\n    setMyCapacity(cohortId: $cohortId, capacity: $capacity) {\n      role\n      capacity\n      joinedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMyCapacity($cohortId: ID!, $capacity: Int!) {\n    setMyCapacity(cohortId: $cohortId, capacity: $capacity) {\n      role\n      capacity\n      joinedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCohort($cohortId: ID!, $input: UpdateCohortInput!) {\n    updateCohort(cohortId: $cohortId, input: $input) {\n      ...CohortFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCohort($cohortId: ID!, $input: UpdateCohortInput!) {\n    updateCohort(cohortId: $cohortId, input: $input) {\n      ...CohortFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCohortStatus($cohortId: ID!, $status: CohortStatus!) {\n    setCohortStatus(cohortId: $cohortId, status: $status) {\n      ...CohortFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCohortStatus($cohortId: ID!, $status: CohortStatus!) {\n    setCohortStatus(cohortId: $cohortId, status: $status) {\n      ...CohortFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenCohort($cohortId: ID!) {\n    openCohort(cohortId: $cohortId) {\n      ...CohortFields\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenCohort($cohortId: ID!) {\n    openCohort(cohortId: $cohortId) {\n      ...CohortFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProposalPageFields on MatchConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        score\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n        breakdown {\n          overlapMinutesPerWeek\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProposalPageFields on MatchConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        score\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n        breakdown {\n          overlapMinutesPerWeek\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UnmatchedPageFields on UnmatchedMenteeConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        mentee {\n          id\n          displayName\n        }\n        reasons\n        compatibleMentors\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment UnmatchedPageFields on UnmatchedMenteeConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        mentee {\n          id\n          displayName\n        }\n        reasons\n        compatibleMentors\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MatchRunFields on MatchRun {\n    id\n    dryRun\n    matchedCount\n    totalScore\n    averageScore\n    menteeCount\n    mentorCount\n    inputHash\n    createdAt\n    durationMs\n    weights {\n      language\n      availability\n      interests\n      goals\n      equity\n    }\n    unmatchedCount\n    unmatchedReasons {\n      reason\n      count\n    }\n    unmatchedPage(first: 50) {\n      ...UnmatchedPageFields\n    }\n    proposalsPage(first: 50) {\n      ...ProposalPageFields\n    }\n  }\n',
): (typeof documents)['\n  fragment MatchRunFields on MatchRun {\n    id\n    dryRun\n    matchedCount\n    totalScore\n    averageScore\n    menteeCount\n    mentorCount\n    inputHash\n    createdAt\n    durationMs\n    weights {\n      language\n      availability\n      interests\n      goals\n      equity\n    }\n    unmatchedCount\n    unmatchedReasons {\n      reason\n      count\n    }\n    unmatchedPage(first: 50) {\n      ...UnmatchedPageFields\n    }\n    proposalsPage(first: 50) {\n      ...ProposalPageFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RunMatching($cohortId: ID!, $dryRun: Boolean!, $weights: WeightsInput) {\n    runMatching(cohortId: $cohortId, dryRun: $dryRun, weights: $weights) {\n      ...MatchRunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RunMatching($cohortId: ID!, $dryRun: Boolean!, $weights: WeightsInput) {\n    runMatching(cohortId: $cohortId, dryRun: $dryRun, weights: $weights) {\n      ...MatchRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoreProposals($cohortId: ID!, $weights: WeightsInput, $after: String!) {\n    runMatching(cohortId: $cohortId, dryRun: true, weights: $weights) {\n      inputHash\n      proposalsPage(first: 50, after: $after) {\n        ...ProposalPageFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MoreProposals($cohortId: ID!, $weights: WeightsInput, $after: String!) {\n    runMatching(cohortId: $cohortId, dryRun: true, weights: $weights) {\n      inputHash\n      proposalsPage(first: 50, after: $after) {\n        ...ProposalPageFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoreUnmatched($cohortId: ID!, $weights: WeightsInput, $after: String!) {\n    runMatching(cohortId: $cohortId, dryRun: true, weights: $weights) {\n      inputHash\n      unmatchedPage(first: 50, after: $after) {\n        ...UnmatchedPageFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MoreUnmatched($cohortId: ID!, $weights: WeightsInput, $after: String!) {\n    runMatching(cohortId: $cohortId, dryRun: true, weights: $weights) {\n      inputHash\n      unmatchedPage(first: 50, after: $after) {\n        ...UnmatchedPageFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchRuns($cohortId: ID!) {\n    matchRuns(cohortId: $cohortId) {\n      id\n      dryRun\n      matchedCount\n      averageScore\n      menteeCount\n      mentorCount\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query MatchRuns($cohortId: ID!) {\n    matchRuns(cohortId: $cohortId) {\n      id\n      dryRun\n      matchedCount\n      averageScore\n      menteeCount\n      mentorCount\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PairRules($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id\n      pairRules {\n        id\n        kind\n        createdAt\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PairRules($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id\n      pairRules {\n        id\n        kind\n        createdAt\n        mentor {\n          id\n          displayName\n        }\n        mentee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CohortMentors($cohortId: ID!, $name: String) {\n    participants(filter: { cohortId: $cohortId, role: MENTOR, name: $name }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          timezone\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CohortMentors($cohortId: ID!, $name: String) {\n    participants(filter: { cohortId: $cohortId, role: MENTOR, name: $name }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          timezone\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPairRule($cohortId: ID!, $mentorId: ID!, $menteeId: ID!, $kind: PairRuleKind!) {\n    addPairRule(cohortId: $cohortId, mentorId: $mentorId, menteeId: $menteeId, kind: $kind) {\n      id\n      kind\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPairRule($cohortId: ID!, $mentorId: ID!, $menteeId: ID!, $kind: PairRuleKind!) {\n    addPairRule(cohortId: $cohortId, mentorId: $mentorId, menteeId: $menteeId, kind: $kind) {\n      id\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemovePairRule($ruleId: ID!) {\n    removePairRule(ruleId: $ruleId)\n  }\n',
): (typeof documents)['\n  mutation RemovePairRule($ruleId: ID!) {\n    removePairRule(ruleId: $ruleId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CohortMatches(\n    $cohortId: ID!\n    $status: MatchStatus\n    $person: String\n    $first: Int\n    $after: String\n  ) {\n    cohortMatches(\n      cohortId: $cohortId\n      status: $status\n      person: $person\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          score\n          proposedAt\n          respondedAt\n          closedAt\n          declineReason\n          mentor {\n            id\n            displayName\n            email\n            timezone\n          }\n          mentee {\n            id\n            displayName\n            email\n            timezone\n          }\n          history {\n            id\n            from\n            to\n            reason\n            note\n            at\n            actor {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CohortMatches(\n    $cohortId: ID!\n    $status: MatchStatus\n    $person: String\n    $first: Int\n    $after: String\n  ) {\n    cohortMatches(\n      cohortId: $cohortId\n      status: $status\n      person: $person\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          score\n          proposedAt\n          respondedAt\n          closedAt\n          declineReason\n          mentor {\n            id\n            displayName\n            email\n            timezone\n          }\n          mentee {\n            id\n            displayName\n            email\n            timezone\n          }\n          history {\n            id\n            from\n            to\n            reason\n            note\n            at\n            actor {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonFields on Participant {\n    id\n    displayName\n    role\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n  }\n',
): (typeof documents)['\n  fragment PersonFields on Participant {\n    id\n    displayName\n    role\n    languages\n    preferredLanguage\n    timezone\n    availability {\n      day\n      start\n      end\n    }\n    interests\n    goals\n    expertise\n    about\n    capacity\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MatchFields on Match {\n    id\n    status\n    score\n    proposedAt\n    expiresAt\n    respondedAt\n    closedAt\n    declineReason\n    declineNote\n    endReason\n    cohort {\n      id\n      name\n      status\n      startsOn\n      endsOn\n    }\n    breakdown {\n      language\n      availability\n      interests\n      goals\n      equity\n      overlapMinutesPerWeek\n      sharedInterests\n      overlap {\n        mentor\n        mentee\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment MatchFields on Match {\n    id\n    status\n    score\n    proposedAt\n    expiresAt\n    respondedAt\n    closedAt\n    declineReason\n    declineNote\n    endReason\n    cohort {\n      id\n      name\n      status\n      startsOn\n      endsOn\n    }\n    breakdown {\n      language\n      availability\n      interests\n      goals\n      equity\n      overlapMinutesPerWeek\n      sharedInterests\n      overlap {\n        mentor\n        mentee\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyMatches {\n    myMatches {\n      ...MatchFields\n      mentor {\n        ...PersonFields\n      }\n      mentee {\n        ...PersonFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyMatches {\n    myMatches {\n      ...MatchFields\n      mentor {\n        ...PersonFields\n      }\n      mentee {\n        ...PersonFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchContact($id: ID!) {\n    match(id: $id) {\n      id\n      mentor {\n        id\n        email\n      }\n      mentee {\n        id\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MatchContact($id: ID!) {\n    match(id: $id) {\n      id\n      mentor {\n        id\n        email\n      }\n      mentee {\n        id\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptMatch($matchId: ID!) {\n    acceptMatch(matchId: $matchId) {\n      ...MatchFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptMatch($matchId: ID!) {\n    acceptMatch(matchId: $matchId) {\n      ...MatchFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineMatch($matchId: ID!, $reason: String!, $note: String) {\n    declineMatch(matchId: $matchId, reason: $reason, note: $note) {\n      ...MatchFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclineMatch($matchId: ID!, $reason: String!, $note: String) {\n    declineMatch(matchId: $matchId, reason: $reason, note: $note) {\n      ...MatchFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteMatch($matchId: ID!) {\n    completeMatch(matchId: $matchId) {\n      ...MatchFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteMatch($matchId: ID!) {\n    completeMatch(matchId: $matchId) {\n      ...MatchFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndMatch($matchId: ID!, $reason: String!) {\n    endMatch(matchId: $matchId, reason: $reason) {\n      ...MatchFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EndMatch($matchId: ID!, $reason: String!) {\n    endMatch(matchId: $matchId, reason: $reason) {\n      ...MatchFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          payload\n          cohortName\n          people\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          payload\n          cohortName\n          people\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  query UnreadCount {\n    myNotifications(first: 1, unreadOnly: true) {\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Taxonomy {\n    taxonomy {\n      interests\n      goals\n    }\n  }\n',
): (typeof documents)['\n  query Taxonomy {\n    taxonomy {\n      interests\n      goals\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ProfileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        matchUpdates\n        sessions\n        program\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        matchUpdates\n        sessions\n        program\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      matchUpdates\n      sessions\n      program\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEmailPreferences($input: EmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      matchUpdates\n      sessions\n      program\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n',
): (typeof documents)['\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CohortReport($cohortId: ID!) {\n    cohortReport(cohortId: $cohortId) {\n      cohortId\n      cohort {\n        id\n        name\n        status\n      }\n      menteeCount\n      mentorCount\n      matchedMenteeCount\n      completedSessionCount\n      averageScore\n      averageRating\n      csvUrl\n      matchesByStatus {\n        status\n        count\n      }\n      equity {\n        group\n        mentees\n        matched\n        matchRate\n        medianHoursToMatch\n        averageRating\n      }\n      participation {\n        menteesByLanguage {\n          label\n          display\n          count\n        }\n        mentorsByLanguage {\n          label\n          display\n          count\n        }\n        menteesByOffset {\n          label\n          display\n          count\n        }\n        mentorsByOffset {\n          label\n          display\n          count\n        }\n        capacityOffered\n        capacityUsed\n        capacityPending\n      }\n      funnel {\n        proposed\n        accepted\n        declined\n        expired\n        completed\n        ended\n        medianHoursToAnswer\n        declinedByReason {\n          label\n          display\n          count\n        }\n      }\n      quality {\n        averageScore\n        averageLanguage\n        averageAvailability\n        averageInterests\n        averageGoals\n        averageEquity\n        overlapDistribution {\n          label\n          display\n          count\n        }\n        unmatched {\n          reason\n          language\n          offsetBand\n          count\n          summary\n        }\n      }\n      activity {\n        sessionsPerPair\n        mentoringHours\n        completionRate\n        noShowRate\n        scheduledSessionCount\n        cancelledSessionCount\n        pairsNeedingCheckIn\n        averageRating\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CohortReport($cohortId: ID!) {\n    cohortReport(cohortId: $cohortId) {\n      cohortId\n      cohort {\n        id\n        name\n        status\n      }\n      menteeCount\n      mentorCount\n      matchedMenteeCount\n      completedSessionCount\n      averageScore\n      averageRating\n      csvUrl\n      matchesByStatus {\n        status\n        count\n      }\n      equity {\n        group\n        mentees\n        matched\n        matchRate\n        medianHoursToMatch\n        averageRating\n      }\n      participation {\n        menteesByLanguage {\n          label\n          display\n          count\n        }\n        mentorsByLanguage {\n          label\n          display\n          count\n        }\n        menteesByOffset {\n          label\n          display\n          count\n        }\n        mentorsByOffset {\n          label\n          display\n          count\n        }\n        capacityOffered\n        capacityUsed\n        capacityPending\n      }\n      funnel {\n        proposed\n        accepted\n        declined\n        expired\n        completed\n        ended\n        medianHoursToAnswer\n        declinedByReason {\n          label\n          display\n          count\n        }\n      }\n      quality {\n        averageScore\n        averageLanguage\n        averageAvailability\n        averageInterests\n        averageGoals\n        averageEquity\n        overlapDistribution {\n          label\n          display\n          count\n        }\n        unmatched {\n          reason\n          language\n          offsetBand\n          count\n          summary\n        }\n      }\n      activity {\n        sessionsPerPair\n        mentoringHours\n        completionRate\n        noShowRate\n        scheduledSessionCount\n        cancelledSessionCount\n        pairsNeedingCheckIn\n        averageRating\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CohortCheckIns($cohortId: ID!) {\n    cohortReport(cohortId: $cohortId) {\n      cohortId\n      activity {\n        pairsNeedingCheckIn\n        checkIns {\n          reason\n          daysSince\n          match {\n            id\n            mentor {\n              displayName\n            }\n            mentee {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CohortCheckIns($cohortId: ID!) {\n    cohortReport(cohortId: $cohortId) {\n      cohortId\n      activity {\n        pairsNeedingCheckIn\n        checkIns {\n          reason\n          daysSince\n          match {\n            id\n            mentor {\n              displayName\n            }\n            mentee {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionFields on MentorshipSession {\n    id\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    agenda\n    cancelReason\n    completedAt\n    icsUrl\n    match {\n      id\n      status\n      cohort {\n        id\n        startsOn\n        endsOn\n      }\n    }\n    myView {\n      timezone\n      localStart\n      insideAvailability\n      person {\n        id\n        displayName\n      }\n    }\n    otherView {\n      timezone\n      localStart\n      insideAvailability\n      person {\n        id\n        displayName\n      }\n    }\n    myFeedback {\n      id\n      rating\n      comment\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionFields on MentorshipSession {\n    id\n    startsAt\n    endsAt\n    durationMinutes\n    status\n    agenda\n    cancelReason\n    completedAt\n    icsUrl\n    match {\n      id\n      status\n      cohort {\n        id\n        startsOn\n        endsOn\n      }\n    }\n    myView {\n      timezone\n      localStart\n      insideAvailability\n      person {\n        id\n        displayName\n      }\n    }\n    otherView {\n      timezone\n      localStart\n      insideAvailability\n      person {\n        id\n        displayName\n      }\n    }\n    myFeedback {\n      id\n      rating\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleSession(\n    $matchId: ID!\n    $localStart: String!\n    $timezone: String\n    $durationMinutes: Int!\n    $agenda: String\n  ) {\n    scheduleSessionLocal(\n      matchId: $matchId\n      localStart: $localStart\n      timezone: $timezone\n      durationMinutes: $durationMinutes\n      agenda: $agenda\n    ) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleSession(\n    $matchId: ID!\n    $localStart: String!\n    $timezone: String\n    $durationMinutes: Int!\n    $agenda: String\n  ) {\n    scheduleSessionLocal(\n      matchId: $matchId\n      localStart: $localStart\n      timezone: $timezone\n      durationMinutes: $durationMinutes\n      agenda: $agenda\n    ) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteSession($sessionId: ID!) {\n    completeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteSession($sessionId: ID!) {\n    completeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelSession($sessionId: ID!, $reason: String!) {\n    cancelSession(sessionId: $sessionId, reason: $reason) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelSession($sessionId: ID!, $reason: String!) {\n    cancelSession(sessionId: $sessionId, reason: $reason) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNoShow($sessionId: ID!) {\n    markNoShow(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkNoShow($sessionId: ID!) {\n    markNoShow(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitFeedback($sessionId: ID!, $rating: Int!, $comment: String) {\n    submitFeedback(sessionId: $sessionId, rating: $rating, comment: $comment) {\n      id\n      rating\n      comment\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitFeedback($sessionId: ID!, $rating: Int!, $comment: String) {\n    submitFeedback(sessionId: $sessionId, rating: $rating, comment: $comment) {\n      id\n      rating\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RescheduleSession(\n    $sessionId: ID!\n    $localStart: String!\n    $timezone: String\n    $durationMinutes: Int\n  ) {\n    rescheduleSessionLocal(\n      sessionId: $sessionId\n      localStart: $localStart\n      timezone: $timezone\n      durationMinutes: $durationMinutes\n    ) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RescheduleSession(\n    $sessionId: ID!\n    $localStart: String!\n    $timezone: String\n    $durationMinutes: Int\n  ) {\n    rescheduleSessionLocal(\n      sessionId: $sessionId\n      localStart: $localStart\n      timezone: $timezone\n      durationMinutes: $durationMinutes\n    ) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgramDefaults {\n    programDefaults {\n      weights {\n        language\n        availability\n        interests\n        goals\n        equity\n      }\n      minOverlapMinutes\n      targetOverlapMinutes\n      expiryDays\n      cohort {\n        nameMax\n        maxDays\n        weightMin\n        weightMax\n        equityMaxRatio\n        minOverlapMin\n        minOverlapMax\n        targetOverlapMin\n        targetOverlapMax\n        expiryDaysMin\n        expiryDaysMax\n      }\n      profile {\n        windowsMin\n        windowsMax\n        interestsMin\n        interestsMax\n        goalsMax\n        tagLength\n        aboutLength\n        capacityMin\n        capacityMax\n        passwordMin\n        passwordMax\n        displayNameMax\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProgramDefaults {\n    programDefaults {\n      weights {\n        language\n        availability\n        interests\n        goals\n        equity\n      }\n      minOverlapMinutes\n      targetOverlapMinutes\n      expiryDays\n      cohort {\n        nameMax\n        maxDays\n        weightMin\n        weightMax\n        equityMaxRatio\n        minOverlapMin\n        minOverlapMax\n        targetOverlapMin\n        targetOverlapMax\n        expiryDaysMin\n        expiryDaysMax\n      }\n      profile {\n        windowsMin\n        windowsMax\n        interestsMin\n        interestsMax\n        goalsMax\n        tagLength\n        aboutLength\n        capacityMin\n        capacityMax\n        passwordMin\n        passwordMax\n        displayNameMax\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
