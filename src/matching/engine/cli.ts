// Command line: npm run match -- --input instance.json [--output result.json] [--all-pairs]
// (or the puente-match bin; both go through scripts/match.mjs, which rebuilds only when stale).
// Reads stdin and writes stdout when no file is given. Bad input prints its problems on
// stderr, nothing on stdout, and exits non-zero.
import { readFile, writeFile } from 'node:fs/promises';
import { InstanceValidationError, formatIssue } from './instance-validation-error';
import { matchInstance } from './match-instance';
import { parseInstance } from './validate-instance';

export type CliIo = {
  readInput: (path: string | null) => Promise<string>; // null: standard input
  writeOutput: (path: string, text: string) => Promise<void>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

export const EXIT_OK = 0;
export const EXIT_BAD_INSTANCE = 1;
export const EXIT_USAGE = 2;

const USAGE =
  'usage: puente-match [--input instance.json] [--output result.json] [--all-pairs]\n' +
  '   or: npm run match -- [--input instance.json] [--output result.json] [--all-pairs]';

type CliArgs = { input: string | null; output: string | null; allPairs: boolean };

export function parseArgs(args: readonly string[]): CliArgs | string {
  const parsed: CliArgs = { input: null, output: null, allPairs: false };
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (arg === '--all-pairs') {
      parsed.allPairs = true;
    } else if (arg === '--input' || arg === '--output') {
      const value = args[k + 1];
      if (value === undefined || value.startsWith('--')) {
        return `${arg} needs a file name`;
      }
      parsed[arg === '--input' ? 'input' : 'output'] = value;
      k++;
    } else {
      return `unknown argument ${arg}`;
    }
  }
  return parsed;
}

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  let text: string;
  try {
    text = await io.readInput(parsed.input);
  } catch (error) {
    io.stderr(`cannot read ${parsed.input ?? 'standard input'}: ${messageOf(error)}\n`);
    return EXIT_USAGE;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    io.stderr(`${parsed.input ?? 'standard input'} is not valid JSON: ${messageOf(error)}\n`);
    return EXIT_BAD_INSTANCE;
  }
  try {
    const result = matchInstance(parseInstance(raw), { allPairs: parsed.allPairs });
    const json = `${JSON.stringify(result, null, 2)}\n`;
    if (parsed.output === null) {
      io.stdout(json);
    } else {
      await io.writeOutput(parsed.output, json);
      io.stderr(
        `matched ${result.matchedCount} of ${result.matchedCount + result.unmatched.length} mentees, ` +
          `total score ${result.totalScore}; written to ${parsed.output}\n`,
      );
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InstanceValidationError) {
      io.stderr(`invalid instance (${error.issues.length} problem(s)):\n`);
      error.issues.forEach((issue) => io.stderr(`  ${formatIssue(issue)}\n`));
      return EXIT_BAD_INSTANCE;
    }
    throw error;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

const nodeIo: CliIo = {
  readInput: (path) => (path === null ? readStdin() : readFile(path, 'utf8')),
  writeOutput: (path, text) => writeFile(path, text, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

// The process entry point: `node dist/src/matching/engine/cli.js` and scripts/match.mjs
// (npm run match, the puente-match bin), which loads the compiled engine in-process.
export async function runMain(args: readonly string[]): Promise<void> {
  try {
    process.exitCode = await runCli(args, nodeIo);
  } catch (error) {
    process.stderr.write(
      `matching failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 3;
  }
}

if (require.main === module) {
  void runMain(process.argv.slice(2));
}
