// npm run bench:matching                 the default sizes, 100x25 to 10000x2000
// npm run bench:matching -- --large      also 50000x10000 (about a minute per solver run)
// BENCH_SIZES=50000x10000 npm run bench:matching   only the sizes listed (comma-separated)
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
// Results are printed and written to bench/results/matching.json; a size not run this time
// keeps its last figures there.
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
type BenchSize = {
  mentees: number;
  mentors: number;
  targetMs: number | null;
  peakRssTargetMB: number | null;
  large?: boolean; // only with --large or BENCH_SIZES
};
// The seed of a size is SEED + its place in this list, so the list only ever grows.
const SIZES: readonly BenchSize[] = [
  { mentees: 100, mentors: 25, targetMs: null, peakRssTargetMB: null },
  { mentees: 1000, mentors: 200, targetMs: 300, peakRssTargetMB: null },
  { mentees: 5000, mentors: 1000, targetMs: null, peakRssTargetMB: null },
  { mentees: 10000, mentors: 2000, targetMs: 3000, peakRssTargetMB: 1536 },
  { mentees: 50000, mentors: 10000, targetMs: 15000, peakRssTargetMB: 2048, large: true },
];
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
  phasesCpuMs?: Record<string, number>;
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
  const phasesCpuByRun: Array<Record<string, number>> = [];
  let report: Omit<
    SolverReport,
    'wallMs' | 'coldWallMs' | 'bestWallMs' | 'runsMs' | 'cpuMs' | 'peakRssMB'
  > | null = null;
  // Only the timed runs count towards the phases; `exactRun` is kept for the checks below.
  let exactRun: ReturnType<typeof runMatching> | null = null;
  for (let k = 0; k < runs; k++) {
    exactRun = null; // so that runs do not hold each other's memory
    collect();
    const phases: Record<string, number> = {};
    const phasesCpu: Record<string, number> = {};
    let last = performance.now();
    const start = last;
    const cpuStart = process.cpuUsage();
    let lastCpu = cpuStart;
    const onPhase = (phase: MatchingPhase): void => {
      const now = performance.now();
      phases[phase] = round(now - last);
      phasesCpu[phase] = cpuSince(lastCpu);
      last = now;
      lastCpu = process.cpuUsage();
    };
    if (kind === 'exact') {
      const run = runMatching(instance, { onPhase });
      runsMs.push(round(performance.now() - start));
      cpuMs.push(cpuSince(cpuStart));
      phasesByRun.push(phases);
      phasesCpuByRun.push(phasesCpu);
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
      phasesCpuByRun.push(phasesCpu);
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
    phasesCpuMs:
      phasesCpuByRun[runsMs.indexOf(wallMs)] ?? phasesCpuByRun[phasesCpuByRun.length - 1],
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
  const chosen = chosenSizes(process.argv.slice(2), process.env.BENCH_SIZES);
  const sizes: SizeReport[] = [];
  console.log(
    'size          pairs    | exact: median (cold) ms  peak MB  matched  score     | greedy: ms  peak MB  matched  score     | certified',
  );
  for (const [index, size] of SIZES.entries()) {
    if (!chosen.has(index)) {
      continue;
    }
    const seed = SEED + index;
    const instance = generateInstance({ mentees: size.mentees, mentors: size.mentors, seed });
    const path = join(instancesDir, `matching-${size.mentees}x${size.mentors}.json`);
    writeFileSync(path, JSON.stringify(instance));
    // The large size takes about a minute a run on a shared 2-CPU machine: one run each.
    const runs = size.mentees <= 1000 ? 5 : size.mentees <= 10000 ? 3 : 1;
    const exact = child('exact', path, runs);
    const greedy = child('greedy', path, runs);
    const verified = exact.verified;
    const certified =
      verified !== undefined &&
      verified.certificate &&
      verified.cardinalityIsMaximum &&
      verified.totalRecomputed;
    const met =
      certified &&
      (size.targetMs === null || exact.wallMs < size.targetMs) &&
      (size.peakRssTargetMB === null || exact.peakRssMB < size.peakRssTargetMB);
    sizes.push({
      size: `${size.mentees}x${size.mentors}`,
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg().map((load) => round(load)),
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
        peakRssMB: size.peakRssTargetMB,
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
  // Sizes not run this time keep their last figures; notes kept by hand carry over.
  const resultsPath = join(resultsDir, 'matching.json');
  const previous = existsSync(resultsPath)
    ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as {
        sizes?: SizeReport[];
        beforeAfter?: unknown;
      })
    : {};
  const ran = new Set(sizes.map((entry) => entry.size));
  const allSizes = [...(previous.sizes ?? []).filter((entry) => !ran.has(entry.size)), ...sizes];
  allSizes.sort((a, b) => a.mentees - b.mentees);
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
      'bestWallMs the fastest, phasesMs (wall) and phasesCpuMs (CPU) those of the median run, ' +
      'cpuMs the process CPU time (all threads). All cover validation, overlaps, scores, pins, ' +
      'assignment and (exact only) explanations, not reading the file; "pairs" is the listing ' +
      'and scoring of the feasible pairs. peakRssMB is the child process maxRSS. The exact ' +
      'optimum is checked by a dual certificate and an independent max-flow at every size ' +
      '(verified.verifyMs, not part of wallMs). Each size carries the time it was measured.',
    sizes: allSizes,
    ...(previous.beforeAfter === undefined ? {} : { beforeAfter: previous.beforeAfter }),
  };
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${relative(ROOT, resultsPath)}`);
}

type SizeReport = {
  size: string;
  measuredAt: string;
  loadAverage: number[];
  mentees: number;
  mentors: number;
  seed: number;
  mentorCapacity: number;
  pins: number;
  exclusions: number;
  instanceFile: string;
  feasiblePairs: number;
  exact: SolverReport;
  greedy: SolverReport;
  target: { wallMs: number | null; peakRssMB: number | null; met: boolean };
};

// --large adds the large sizes; BENCH_SIZES=50000x10000,... runs exactly those.
function chosenSizes(args: readonly string[], listed: string | undefined): Set<number> {
  const names = SIZES.map((size) => `${size.mentees}x${size.mentors}`);
  if (listed !== undefined && listed.trim() !== '') {
    const wanted = listed.split(',').map((name) => name.trim());
    const unknown = wanted.filter((name) => !names.includes(name));
    if (unknown.length > 0) {
      throw new Error(
        `BENCH_SIZES: unknown size ${unknown.join(', ')} (one of ${names.join(', ')})`,
      );
    }
    return new Set(wanted.map((name) => names.indexOf(name)));
  }
  const large = args.includes('--large');
  return new Set(SIZES.flatMap((size, index) => (size.large !== true || large ? [index] : [])));
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
