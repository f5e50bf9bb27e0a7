// npm run lead:create -- --email E --name N [--password P | LEAD_PASSWORD=P] [--timezone Z]
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { hashPassword } from '../auth/password';
import { ConfigError } from '../config/app-config';
import { openStandaloneDatabase } from '../database/standalone';
import { ParticipantEntity } from '../participants/participant.entity';
import { normalizeEmail } from '../participants/participants.service';
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
  if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
    fail(`--email must be an email address.\n${USAGE}`);
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
    const repo = db.dataSource.getRepository(ParticipantEntity);
    const email = normalizeEmail(values.email);
    if (await repo.existsBy({ email })) {
      throw new Error(`an account with the email ${email} already exists`);
    }
    const lead = await repo.save(
      repo.create({ ...checked.profile, email, passwordHash: await hashPassword(password) }),
    );
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
