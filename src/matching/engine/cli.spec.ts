import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CliIo, EXIT_BAD_INSTANCE, EXIT_OK, EXIT_USAGE, runCli } from './cli';
import type { MatchResult } from './types';

const EXAMPLE = join(__dirname, 'examples', 'example-instance.json');

function fakeIo(files: Record<string, string>, stdin = '') {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    readInput: (path) => {
      if (path === null) {
        return Promise.resolve(stdin);
      }
      const text = files[path];
      return text === undefined
        ? Promise.reject(new Error('ENOENT: no such file'))
        : Promise.resolve(text);
    },
    writeOutput: (path, text) => {
      out.written[path] = text;
      return Promise.resolve();
    },
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
  };
  return { io, out };
}

const example = readFileSync(EXAMPLE, 'utf8');

describe('matching command line', () => {
  it('prints the explained result of the example on stdout', async () => {
    const { io, out } = fakeIo({ 'example.json': example });
    await expect(runCli(['--input', 'example.json'], io)).resolves.toBe(EXIT_OK);
    const result = JSON.parse(out.stdout) as MatchResult;
    expect(result.matchedCount).toBeGreaterThan(0);
    expect(result.matches[0].breakdown.overlap.length).toBeGreaterThan(0);
    expect(result.pairs).toBeUndefined();
    expect(out.stderr).toBe('');
  });

  it('reads stdin without --input and lists every pair with --all-pairs', async () => {
    const { io, out } = fakeIo({}, example);
    await expect(runCli(['--all-pairs'], io)).resolves.toBe(EXIT_OK);
    const result = JSON.parse(out.stdout) as MatchResult;
    expect(result.pairs?.length).toBeGreaterThanOrEqual(result.matchedCount);
  });

  it('writes the result to --output and nothing to stdout', async () => {
    const { io, out } = fakeIo({ 'in.json': example });
    await expect(runCli(['--input', 'in.json', '--output', 'out.json'], io)).resolves.toBe(EXIT_OK);
    expect(out.stdout).toBe('');
    expect((JSON.parse(out.written['out.json']) as MatchResult).matchedCount).toBeGreaterThan(0);
    expect(out.stderr).toContain('written to out.json');
  });

  it('prints the problems of a bad instance on stderr, nothing on stdout, and exits 1', async () => {
    const broken = JSON.parse(example) as { mentors: Array<Record<string, unknown>> };
    broken.mentors[1].timezone = 'Atlantis/Capital';
    broken.mentors[2].capacity = 0;
    const { io, out } = fakeIo({ 'bad.json': JSON.stringify(broken) });
    await expect(runCli(['--input', 'bad.json', '--output', 'r.json'], io)).resolves.toBe(
      EXIT_BAD_INSTANCE,
    );
    expect(out.stdout).toBe('');
    expect(out.written).toEqual({});
    expect(out.stderr).toContain(
      'mentors[1] (id m2) timezone: unknown time zone "Atlantis/Capital"',
    );
    expect(out.stderr).toContain(
      'mentors[2] (id m3) capacity: must be a whole number of at least 1',
    );
  });

  it('rejects input that is not JSON', async () => {
    const { io, out } = fakeIo({ 'bad.json': '{ "cohort": ' });
    await expect(runCli(['--input', 'bad.json'], io)).resolves.toBe(EXIT_BAD_INSTANCE);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('bad.json is not valid JSON');
  });

  it('reports usage errors and unreadable files with exit code 2', async () => {
    const first = fakeIo({});
    await expect(runCli(['--inputs', 'x.json'], first.io)).resolves.toBe(EXIT_USAGE);
    expect(first.out.stderr).toContain('unknown argument --inputs');
    const second = fakeIo({});
    await expect(runCli(['--input'], second.io)).resolves.toBe(EXIT_USAGE);
    expect(second.out.stderr).toContain('--input needs a file name');
    const third = fakeIo({});
    await expect(runCli(['--input', 'missing.json'], third.io)).resolves.toBe(EXIT_USAGE);
    expect(third.out.stderr).toContain('cannot read missing.json');
    expect(third.out.stdout).toBe('');
  });
});
