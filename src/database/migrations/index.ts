import { Participants1764000000000 } from './1764000000000-participants';
import { CohortsAndMatches1764100000000 } from './1764100000000-cohorts-and-matches';
import { SessionsAndFeedback1764200000000 } from './1764200000000-sessions-and-feedback';
import { FeedbackMentee1764300000000 } from './1764300000000-feedback-mentee';
import { MatchStatusAt1764350000000 } from './1764350000000-match-status-at';
import { PlacesHeld1764400000000 } from './1764400000000-places-held';
import { SetUpdatedAt1764500000000 } from './1764500000000-set-updated-at';
import { TokenVersion1764600000000 } from './1764600000000-token-version';
import { RunTotalsWithoutEquity1764600000001 } from './1764600000001-run-totals-without-equity';
import { PlainEmails1764700000000 } from './1764700000000-plain-emails';
import { RateLimits1764800000000 } from './1764800000000-rate-limits';
import { MailOutbox1764900000000 } from './1764900000000-mail-outbox';
import { AccountEmail1765000000000 } from './1765000000000-account-email';
import { EmailPreferences1765200000000 } from './1765200000000-email-preferences';
import { AccountDeletion1765300000000 } from './1765300000000-account-deletion';
import { SessionCalendar1765100000000 } from './1765100000000-session-calendar';

// Every migration, in order. A new one is added here as well as in its own file.
export const migrations = [
  Participants1764000000000,
  CohortsAndMatches1764100000000,
  SessionsAndFeedback1764200000000,
  FeedbackMentee1764300000000,
  MatchStatusAt1764350000000,
  PlacesHeld1764400000000,
  SetUpdatedAt1764500000000,
  TokenVersion1764600000000,
  RunTotalsWithoutEquity1764600000001,
  PlainEmails1764700000000,
  RateLimits1764800000000,
  MailOutbox1764900000000,
  AccountEmail1765000000000,
  SessionCalendar1765100000000,
  EmailPreferences1765200000000,
  AccountDeletion1765300000000,
];
