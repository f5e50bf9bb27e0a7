// npm run lead:create -- --email E --name N [--password P | LEAD_PASSWORD=P] [--timezone Z]
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { ConfigError } from '../config/app-config';
import { openStandaloneDatabase } from '../database/standalone';
import { checkLead, createLeadAccount, LeadRefused } from './lead-account';

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
  if (!values.email || !values.name) {
    fail(`--email and --name are required.\n${USAGE}`);
  }
  const request = {
    email: values.email,
    name: values.name,
    password: values.password ?? process.env.LEAD_PASSWORD ?? (await askPassword()),
    timezone: values.timezone ?? 'UTC',
  };
  try {
    checkLead(request);
  } catch (error) {
    fail(error instanceof LeadRefused ? error.message : String(error));
  }
  const db = await openStandaloneDatabase();
  try {
    const lead = await createLeadAccount(db.dataSource, request);
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
