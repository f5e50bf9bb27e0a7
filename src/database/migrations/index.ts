import { Participants1764000000000 } from './1764000000000-participants';
import { CohortsAndMatches1764100000000 } from './1764100000000-cohorts-and-matches';
import { SessionsAndFeedback1764200000000 } from './1764200000000-sessions-and-feedback';
import { FeedbackMentee1764300000000 } from './1764300000000-feedback-mentee';
import { MatchStatusAt1764350000000 } from './1764350000000-match-status-at';
import { PlainEmails1764700000000 } from './1764700000000-plain-emails';

// Every migration, in order. A new one is added here as well as in its own file.
export const migrations = [
  Participants1764000000000,
  CohortsAndMatches1764100000000,
  SessionsAndFeedback1764200000000,
  FeedbackMentee1764300000000,
  MatchStatusAt1764350000000,
  PlainEmails1764700000000,
];
