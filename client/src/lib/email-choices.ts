// The optional kinds of email a person can turn off. Proposals and account email are
// always sent, so they are no choice here. The server decides who gets what; this only
// says which choices each role is offered and names the kind an unsubscribe link is about.
import type { Role } from '../gql/graphql';

export type EmailChoice = 'matchUpdates' | 'sessions' | 'program';
export type EmailChoices = Record<EmailChoice, boolean>;

// Leads hear of failed deliveries; mentors and mentees of their matches and sessions.
export const CHOICES_BY_ROLE: Record<Role, readonly EmailChoice[]> = {
  LEAD: ['program'],
  MENTOR: ['matchUpdates', 'sessions'],
  MENTEE: ['matchUpdates', 'sessions'],
};

// The categories of the API's UnsubscribeResult (and of an unsubscribe token).
export const EMAIL_CATEGORIES = ['MATCH_UPDATES', 'SESSIONS', 'PROGRAM'] as const;
export type EmailCategory = (typeof EMAIL_CATEGORIES)[number];

export const isEmailCategory = (value: string | null | undefined): value is EmailCategory =>
  (EMAIL_CATEGORIES as readonly (string | null | undefined)[]).includes(value);

// An unsubscribe token is `<person id>.<CATEGORY>.<signature>`: the middle part names the
// kind of email before anything is sent. The server alone checks the signature.
export function categoryOfToken(token: string): EmailCategory | null {
  const parts = token.split('.');
  const middle = parts.length === 3 ? parts[1] : null;
  return isEmailCategory(middle) ? middle : null;
}

// Only the choices shown to the person that differ from what is saved.
export function changedChoices(
  shown: readonly EmailChoice[],
  saved: EmailChoices,
  values: EmailChoices,
): Partial<EmailChoices> {
  return Object.fromEntries(shown.filter((c) => values[c] !== saved[c]).map((c) => [c, values[c]]));
}
