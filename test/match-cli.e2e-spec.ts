// scripts/match.mjs (npm run match, the puente-match bin) on a copy of the engine in a temp
// folder, so that building and staleness can be checked without touching this checkout.
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const EXAMPLE = join(ROOT, 'src', 'matching', 'engine', 'examples', 'example-instance.json');

type MatchOutput = { matchedCount: number; totalScore: number; matches: unknown[] };

describe('the matching command line (scripts/match.mjs)', () => {
  // Each test has its own copy, so that none depends on what another built.
  let copy: string;

  beforeEach(() => {
    copy = mkdtempSync(join(tmpdir(), 'puente-match-'));
    cpSync(join(ROOT, 'scripts', 'match.mjs'), join(copy, 'scripts', 'match.mjs'));
    cpSync(join(ROOT, 'src', 'matching', 'engine'), join(copy, 'src', 'matching', 'engine'), {
      recursive: true,
    });
    for (const config of ['tsconfig.json', 'tsconfig.build.json', 'tsconfig.engine.json']) {
      cpSync(join(ROOT, config), join(copy, config));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  });

  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(copy, 'scripts', 'match.mjs'), ...args], {
      cwd: copy,
      encoding: 'utf8',
    });

  it('builds the engine alone when it was never built, with only the JSON on stdout', () => {
    const first = run('--input', EXAMPLE);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('compiling the engine');
    const result = JSON.parse(first.stdout) as MatchOutput;
    expect(result.matchedCount).toBe(4);
    expect(result.matches).toHaveLength(4);
    // Only the engine was compiled, not the server.
    expect(() =>
      accessSync(join(copy, 'dist', 'src', 'matching', 'engine', 'cli.js')),
    ).not.toThrow();
    expect(() => accessSync(join(copy, 'dist', 'src', 'main.js'))).toThrow();

    const second = run('--input', EXAMPLE);
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  }, 180_000);

  it('rebuilds when a source is newer than its output, and runs nothing when it does not compile', () => {
    expect(run('--input', EXAMPLE).status).toBe(0);
    const source = join(copy, 'src', 'matching', 'engine', 'explain.ts');
    const later = new Date(Date.now() + 60_000);
    utimesSync(source, later, later);
    const rebuilt = run('--input', EXAMPLE);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stderr).toContain('src/matching/engine/explain.ts is newer than its build');
    expect((JSON.parse(rebuilt.stdout) as MatchOutput).matchedCount).toBe(4);

    const text = readFileSync(source, 'utf8');
    try {
      writeFileSync(source, `${text}export const broken: number = 'x';\n`);
      const broken = run('--input', EXAMPLE);
      expect(broken.status).toBe(3);
      expect(broken.stdout).toBe('');
      expect(broken.stderr).toContain('TS2322');
      expect(broken.stderr).toContain('the engine does not compile; nothing was run');
    } finally {
      writeFileSync(source, text);
    }
  }, 180_000);

  it('keeps usage errors on stderr with their exit code', () => {
    const usage = run('--bogus');
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toContain('unknown argument --bogus');
  }, 120_000);

  it('is the package bin, executable with a node shebang', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(manifest.bin['puente-match']).toBe('scripts/match.mjs');
    expect(manifest.scripts.match).toBe('node scripts/match.mjs');
    const bin = join(ROOT, manifest.bin['puente-match']);
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
