// npm run lead:create -- --email E --name N [--password P | LEAD_PASSWORD=P] [--timezone Z]
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { hashPassword } from '../common/auth/password';
import { isUniqueViolation } from '../common/database-errors';
import { normalizeEmail } from '../common/email';
import { inTransaction } from '../common/transaction';
import { ConfigError } from '../config/app-config';
import { openStandaloneDatabase } from '../database/standalone';
import { findParticipantByEmail, insertParticipant } from '../participants/participants.repository';
import { checkProfile } from '../participants/profile';
import { LIMITS } from '../participants/profile-rules';

const USAGE =
  'Usage: npm run lead:create -- --email E --name N [--password P] [--timezone Zone]\n' +
  '       (or LEAD_PASSWORD in the environment; without either, the password is asked for)';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    fail('No password given: pass --password, set LEAD_PASSWORD, or run in a terminal.');
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stderr.write('Password for the new lead: ');
  muted._writeToOutput = () => undefined;
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error', 'warn']);
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        timezone: { type: 'string', default: 'UTC' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  // The same normal form as sign-up: a look-alike of an existing address is that address.
  const email = values.email ? normalizeEmail(values.email) : null;
  if (!email) {
    fail(`--email must be a plain email address (no look-alike characters).\n${USAGE}`);
  }
  if (!values.name) {
    fail(`--name is required.\n${USAGE}`);
  }
  const password = values.password ?? process.env.LEAD_PASSWORD ?? (await askPassword());
  if (password.length < LIMITS.passwordMin) {
    fail(`The password must be at least ${LIMITS.passwordMin} characters long.`);
  }
  const checked = checkProfile({
    role: 'LEAD',
    displayName: values.name,
    languages: ['EN', 'ES'],
    preferredLanguage: 'EN',
    timezone: values.timezone ?? 'UTC',
    availability: [],
    interests: [],
  });
  if (!checked.ok) {
    fail(
      checked.errors
        .map((e) => `--${e.field === 'displayName' ? 'name' : e.field}: ${e.message}`)
        .join('\n'),
    );
  }

  const db = await openStandaloneDatabase();
  try {
    const passwordHash = await hashPassword(password);
    const taken = () => new Error(`an account with the email ${email} already exists`);
    const lead = await inTransaction(db.dataSource, async (m) => {
      if (await findParticipantByEmail(m, email)) {
        throw taken();
      }
      return insertParticipant(m, { ...checked.profile, email, passwordHash });
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? taken() : error;
    });
    process.stdout.write(`Created lead ${lead.displayName} <${lead.email}> (id ${lead.id}).\n`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `Could not create the lead: ${(error as Error).message}`}\n`,
  );
  process.exit(1);
});
