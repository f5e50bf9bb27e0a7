#!/usr/bin/env node
// npm run match -- [--input instance.json] [--output result.json] [--all-pairs]
// (also the `puente-match` bin). Runs the compiled engine; compiles the engine alone (not
// the server) only when a source is newer than its output. stdout carries only the
// result JSON: compiler chatter goes to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'src', 'matching', 'engine');
const outputDir = join(root, 'dist', 'src', 'matching', 'engine');
const entry = join(outputDir, 'cli.js');
const configs = ['tsconfig.json', 'tsconfig.build.json', 'tsconfig.engine.json'].map((name) =>
  join(root, name),
);

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : null);

function engineSources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) {
      return engineSources(path);
    }
    return item.name.endsWith('.ts') && !item.name.endsWith('.spec.ts') ? [path] : [];
  });
}

// Stale when an output is missing, older than its own source (tsc emits file by file), or
// older than a compiler configuration.
function staleReason() {
  if (!existsSync(sourceDir)) {
    return null; // an installed copy without sources: run what was built
  }
  const newestConfig = Math.max(...configs.map((path) => mtime(path) ?? 0));
  for (const source of engineSources(sourceDir)) {
    const output = join(outputDir, relative(sourceDir, source)).replace(/\.ts$/, '.js');
    const built = mtime(output);
    if (built === null) {
      return `${relative(root, output)} is missing`;
    }
    if (built < mtime(source)) {
      return `${relative(root, source)} is newer than its build`;
    }
    if (built < newestConfig) {
      return 'a tsconfig is newer than the engine build';
    }
  }
  return null;
}

function buildEngine(reason) {
  const require = createRequire(import.meta.url);
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc');
  } catch {
    if (existsSync(entry)) {
      process.stderr.write(
        `puente-match: ${reason}, but TypeScript is not installed; running the existing build\n`,
      );
      return true;
    }
    process.stderr.write(`puente-match: ${reason} and TypeScript is not installed to build it\n`);
    return false;
  }
  process.stderr.write(`puente-match: ${reason}; compiling the engine\n`);
  // The compiler's stdout goes to our stderr.
  const built = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.engine.json')], {
    stdio: ['ignore', 2, 2],
  });
  if (built.status !== 0) {
    process.stderr.write('puente-match: the engine does not compile; nothing was run\n');
    return false;
  }
  return true;
}

const reason = staleReason();
if (reason !== null && !buildEngine(reason)) {
  process.exitCode = 3;
} else {
  const { runMain } = createRequire(import.meta.url)(entry);
  await runMain(process.argv.slice(2));
}
