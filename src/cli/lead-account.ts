// Creating a lead account from the command line: the checks and the write, apart from the
// argument parsing, so that they can be tested against a database.
import type { DataSource } from 'typeorm';
import { hashPassword } from '../common/auth/password';
import { isUniqueViolation } from '../common/database-errors';
import { normalizeEmail } from '../common/email';
import { inTransaction } from '../common/transaction';
import type { ParticipantEntity } from '../participants/participant.entity';
import { findParticipantByEmail, insertParticipant } from '../participants/participants.repository';
import { checkProfile } from '../participants/profile';
import { LIMITS } from '../participants/profile-rules';

export type LeadRequest = { email: string; name: string; password: string; timezone: string };

// A refusal worded for the command line (`--email: ...`).
export class LeadRefused extends Error {}

export function checkLead(request: LeadRequest) {
  // The same normal form as sign-up: a look-alike of an existing address is that address.
  const email = normalizeEmail(request.email);
  if (!email) {
    throw new LeadRefused('--email must be a plain email address (no look-alike characters).');
  }
  if (request.password.length < LIMITS.passwordMin) {
    throw new LeadRefused(`The password must be at least ${LIMITS.passwordMin} characters long.`);
  }
  const checked = checkProfile({
    role: 'LEAD',
    displayName: request.name,
    languages: ['EN', 'ES'],
    preferredLanguage: 'EN',
    timezone: request.timezone,
    availability: [],
    interests: [],
  });
  if (!checked.ok) {
    throw new LeadRefused(
      checked.errors
        .map((e) => `--${e.field === 'displayName' ? 'name' : e.field}: ${e.message}`)
        .join('\n'),
    );
  }
  return { email, profile: checked.profile };
}

export async function createLeadAccount(
  dataSource: DataSource,
  request: LeadRequest,
): Promise<ParticipantEntity> {
  const { email, profile } = checkLead(request);
  const passwordHash = await hashPassword(request.password);
  const taken = () => new Error(`an account with the email ${email} already exists`);
  try {
    return await inTransaction(dataSource, async (m) => {
      if (await findParticipantByEmail(m, email)) {
        throw taken();
      }
      return insertParticipant(m, { ...profile, email, passwordHash });
    });
  } catch (error) {
    throw isUniqueViolation(error) ? taken() : error;
  }
}
