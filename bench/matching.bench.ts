// npm run bench:matching
//
// For each size, generates a seeded synthetic cohort (bench/generate-instance.ts), writes it
// to bench/instances/ so that another solver can be run on the same input, then times the
// exact engine and a greedy baseline (best pair first), each in a fresh child process so
// that its peak memory (maxRSS) is its own. Wall time covers everything from the parsed
// instance to the result: validation, DST-aware overlaps, scores, pins, assignment and (for
// the engine) the explanations; reading and parsing the file is not counted. The engine's
// optimum is checked independently at every size: an optimality certificate (dual
// potentials under which no residual arc has a negative reduced cost) and a separate
// max-flow for the largest possible number of matches.
// Results are printed and written to bench/results/matching.json.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { assignGreedy } from '../src/matching/engine/greedy-assign';
import {
  type MatchingPhase,
  prepareMatching,
  runMatching,
} from '../src/matching/engine/match-instance';
import type { MatchingInstance } from '../src/matching/engine/types';
import { maxMatchingSize, verifyCertificate } from '../src/matching/engine/verify-assignment';
import { DEFAULT_COHORT, generateInstance } from './generate-instance';

const SEED = 20270301;
const SIZES: ReadonlyArray<{ mentees: number; mentors: number; targetMs: number | null }> = [
  { mentees: 100, mentors: 25, targetMs: null },
  { mentees: 1000, mentors: 200, targetMs: 300 },
  { mentees: 5000, mentors: 1000, targetMs: null },
  { mentees: 10000, mentors: 2000, targetMs: 3000 },
];
const PEAK_RSS_TARGET_MB = 1536; // for the largest size
const ROOT = repositoryRoot(__dirname); // dist/bench -> the folder holding package.json

type SolverKind = 'exact' | 'greedy';

type SolverReport = {
  wallMs: number; // median of the runs
  coldWallMs: number; // the first run, before the JIT has warmed up
  bestWallMs: number; // the fastest run (the least disturbed by other work on the machine)
  runsMs: number[];
  cpuMs: number; // median process CPU time (all threads) of the runs
  peakRssMB: number;
  matchedCount: number;
  totalScore: number;
  feasiblePairs: number;
  phasesMs?: Record<string, number>;
  verified?: {
    certificate: boolean;
    certificateViolations: string[];
    arcsChecked: number;
    maxMatchedCount: number; // by an independent max-flow, pins included
    cardinalityIsMaximum: boolean;
    totalRecomputed: boolean;
    verifyMs: number;
  };
};

function runChild(kind: SolverKind, instancePath: string, runs: number): void {
  const instance = JSON.parse(readFileSync(instancePath, 'utf8')) as MatchingInstance;
  const collect = (): void => (global.gc ? global.gc() : undefined);
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  const phasesByRun: Array<Record<string, number>> = [];
  let report: Omit<
    SolverReport,
    'wallMs' | 'coldWallMs' | 'bestWallMs' | 'runsMs' | 'cpuMs' | 'peakRssMB'
  > | null = null;
  let exactRun: ReturnType<typeof runMatching> | null = null;
  for (let k = 0; k < runs; k++) {
    exactRun = null; // so that runs do not hold each other's memory
    collect();
    const phases: Record<string, number> = {};
    let last = performance.now();
    const start = last;
    const cpuStart = process.cpuUsage();
    const onPhase = (phase: MatchingPhase): void => {
      const now = performance.now();
      phases[phase] = round(now - last);
      last = now;
    };
    if (kind === 'exact') {
      const run = runMatching(instance, { onPhase });
      runsMs.push(round(performance.now() - start));
      cpuMs.push(cpuSince(cpuStart));
      phasesByRun.push(phases);
      exactRun = run;
      report = {
        matchedCount: run.result.matchedCount,
        totalScore: run.result.totalScore,
        feasiblePairs: run.graph.edgeCount,
      };
    } else {
      const prepared = prepareMatching(instance, onPhase);
      const greedy = assignGreedy(prepared.problem);
      let pinnedScore = 0;
      let pinned = 0;
      prepared.pinnedEdge.forEach((edge) => {
        if (edge >= 0) {
          pinned++;
          pinnedScore += prepared.graph.score[edge];
        }
      });
      onPhase('assigned');
      runsMs.push(round(performance.now() - start));
      cpuMs.push(cpuSince(cpuStart));
      phasesByRun.push(phases);
      report = {
        matchedCount: greedy.matchedCount + pinned,
        totalScore: greedy.totalScore + pinnedScore,
        feasiblePairs: prepared.graph.edgeCount,
      };
    }
  }
  // Peak memory of the timed work, before the checks below allocate their own.
  const peakRssMB = round(process.resourceUsage().maxRSS / 1024);
  if (report === null) {
    throw new Error('no run');
  }
  const wallMs = median(runsMs);
  const full: SolverReport = {
    wallMs,
    coldWallMs: runsMs[0],
    bestWallMs: Math.min(...runsMs),
    runsMs,
    cpuMs: median(cpuMs),
    peakRssMB,
    ...report,
    phasesMs: phasesByRun[runsMs.indexOf(wallMs)] ?? phasesByRun[phasesByRun.length - 1],
  };
  if (exactRun !== null) {
    const run: ReturnType<typeof runMatching> = exactRun;
    const start = performance.now();
    const certificate = verifyCertificate(run.problem, run.solution);
    const pinned = run.pinnedEdge.filter((edge) => edge >= 0).length;
    const maxMatchedCount = maxMatchingSize(run.problem) + pinned;
    let recomputed = 0;
    run.solution.menteeEdge.forEach(
      (edge) => (recomputed += edge >= 0 ? run.graph.score[edge] : 0),
    );
    run.pinnedEdge.forEach((edge) => (recomputed += edge >= 0 ? run.graph.score[edge] : 0));
    full.verified = {
      certificate: certificate.ok,
      certificateViolations: certificate.violations,
      arcsChecked: certificate.arcsChecked,
      maxMatchedCount,
      cardinalityIsMaximum: maxMatchedCount === run.result.matchedCount,
      totalRecomputed: recomputed === run.result.totalScore,
      verifyMs: round(performance.now() - start),
    };
  }
  process.stdout.write(`${JSON.stringify(full)}\n`);
}

function main(): void {
  // The machine may be shared: its load is recorded next to the figures.
  const loadAtStart = loadavg().map((load) => round(load));
  console.log(`load average ${loadAtStart.join(' ')} on ${cpus().length} CPUs`);
  const instancesDir = join(ROOT, 'bench', 'instances');
  const resultsDir = join(ROOT, 'bench', 'results');
  mkdirSync(instancesDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  const sizes = [];
  console.log(
    'size          pairs    | exact: median (cold) ms  peak MB  matched  score     | greedy: ms  peak MB  matched  score     | certified',
  );
  for (const [index, size] of SIZES.entries()) {
    const seed = SEED + index;
    const instance = generateInstance({ mentees: size.mentees, mentors: size.mentors, seed });
    const path = join(instancesDir, `matching-${size.mentees}x${size.mentors}.json`);
    writeFileSync(path, JSON.stringify(instance));
    const runs = size.mentees <= 1000 ? 5 : 3;
    const exact = child('exact', path, runs);
    const greedy = child('greedy', path, runs);
    const verified = exact.verified;
    const certified =
      verified !== undefined &&
      verified.certificate &&
      verified.cardinalityIsMaximum &&
      verified.totalRecomputed;
    const largest = index === SIZES.length - 1;
    const met =
      certified &&
      (size.targetMs === null || exact.wallMs < size.targetMs) &&
      (!largest || exact.peakRssMB < PEAK_RSS_TARGET_MB);
    sizes.push({
      size: `${size.mentees}x${size.mentors}`,
      mentees: size.mentees,
      mentors: size.mentors,
      seed,
      mentorCapacity: instance.mentors.reduce((sum, mentor) => sum + mentor.capacity, 0),
      pins: instance.pins?.length ?? 0,
      exclusions: instance.exclusions?.length ?? 0,
      instanceFile: relative(ROOT, path),
      feasiblePairs: exact.feasiblePairs,
      exact,
      greedy,
      target: {
        wallMs: size.targetMs,
        peakRssMB: largest ? PEAK_RSS_TARGET_MB : null,
        met,
      },
    });
    console.log(
      [
        `${size.mentees}x${size.mentors}`.padEnd(13),
        String(exact.feasiblePairs).padStart(8),
        ' |',
        `${exact.wallMs} (${exact.coldWallMs})`.padStart(22),
        String(exact.peakRssMB).padStart(8),
        String(exact.matchedCount).padStart(8),
        String(exact.totalScore).padStart(9),
        '    |',
        String(greedy.wallMs).padStart(10),
        String(greedy.peakRssMB).padStart(8),
        String(greedy.matchedCount).padStart(8),
        String(greedy.totalScore).padStart(9),
        '    |',
        certified ? 'yes' : 'NO',
        met ? '' : ' (target missed)',
      ].join(' '),
    );
  }
  const results = {
    benchmark: 'matching',
    command: 'npm run bench:matching',
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg().map((load) => round(load)),
    },
    cohort: DEFAULT_COHORT,
    notes:
      'wallMs is the median of the runs in a fresh process, coldWallMs the first run, ' +
      'bestWallMs the fastest, phasesMs those of the median run, cpuMs the process CPU time ' +
      '(all threads). All cover validation, overlaps, scores, pins, assignment and (exact ' +
      'only) explanations, not reading the file. peakRssMB is the child process maxRSS. The ' +
      'exact optimum is checked by a dual certificate and an independent max-flow at every size.',
    sizes,
  };
  writeFileSync(join(resultsDir, 'matching.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${relative(ROOT, join(resultsDir, 'matching.json'))}`);
}

function child(kind: SolverKind, path: string, runs: number): SolverReport {
  const outcome = spawnSync(
    process.execPath,
    ['--expose-gc', __filename, '--child', kind, path, String(runs)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (outcome.status !== 0) {
    throw new Error(`${kind} run on ${path} failed:\n${outcome.stderr}`);
  }
  const lines = outcome.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as SolverReport;
}

function repositoryRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) {
    dir = dirname(dir);
  }
  return dir;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return round((used.user + used.system) / 1000);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : round((sorted[middle - 1] + sorted[middle]) / 2);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

if (process.argv[2] === '--child') {
  runChild(process.argv[3] as SolverKind, process.argv[4], Number(process.argv[5]));
} else {
  main();
}
