// The figures of a run: requests by operation and outcome, the kills and restarts, the writes
// checked; printed as a table and written to bench/results/cluster.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const SIGKILL_WINDOW_MS = 1000;
const KILL_KINDS = new Set(['http-502', 'http-504', 'reset', 'timeout']);

// An unclean answer counts as "in flight at SIGKILL" when it is the kind a killed instance
// causes, it came back within SIGKILL_WINDOW_MS of the kill, and nginx says it was sent to
// the killed instance (or the connection broke before nginx could say).
export function attributeToKills(records, kills) {
  for (const r of records) {
    if (r.outcome !== 'unclean' || !KILL_KINDS.has(r.kind)) {
      continue;
    }
    const kill = kills.find(
      (k) =>
        r.endedAt >= k.at &&
        r.endedAt <= k.at + SIGKILL_WINDOW_MS &&
        (!r.upstream || r.upstream.includes(`:${k.port}`)),
    );
    if (kill) {
      r.outcome = 'inFlightAtSigkill';
    }
  }
}

const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : null;

export function tally(records) {
  const byOperation = {};
  const byOutcome = { ok: 0, expected: 0, clean503: {}, unclean: {}, inFlightAtSigkill: 0 };
  const byPhase = {};
  for (const r of records) {
    byPhase[r.phase] = (byPhase[r.phase] ?? 0) + 1;
    const op = (byOperation[r.op] ??= {
      total: 0,
      ok: 0,
      expected: 0,
      clean503: 0,
      inFlightAtSigkill: 0,
      unclean: 0,
    });
    op.total++;
    op[r.outcome]++;
    if (r.outcome === 'clean503' || r.outcome === 'unclean') {
      byOutcome[r.outcome][r.kind] = (byOutcome[r.outcome][r.kind] ?? 0) + 1;
    } else {
      byOutcome[r.outcome]++;
    }
  }
  const latencies = records
    .filter((r) => r.phase === 'load' && r.outcome === 'ok')
    .map((r) => r.endedAt - r.startedAt)
    .sort((a, b) => a - b);
  return {
    total: records.length,
    byPhase,
    byOperation,
    byOutcome,
    latencyMs: {
      p50: pct(latencies, 50),
      p95: pct(latencies, 95),
      p99: pct(latencies, 99),
      max: latencies.at(-1) ?? null,
    },
  };
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

export function printSummary(summary, log = console.log) {
  const { requests: q } = summary;
  log('');
  log(
    `== Cluster test: ${summary.instances} instances behind nginx, ${summary.load.seconds} s of load at ${summary.load.clients} clients`,
  );
  log(
    `   ${pad('operation', 22)}${lpad('total', 7)}${lpad('ok', 7)}${lpad('expect', 8)}${lpad('503', 6)}${lpad('@kill', 7)}${lpad('unclean', 9)}`,
  );
  for (const [op, t] of Object.entries(q.byOperation).sort((a, b) => b[1].total - a[1].total)) {
    log(
      `   ${pad(op, 22)}${lpad(t.total, 7)}${lpad(t.ok, 7)}${lpad(t.expected, 8)}${lpad(t.clean503, 6)}${lpad(t.inFlightAtSigkill, 7)}${lpad(t.unclean, 9)}`,
    );
  }
  log(
    `   ${pad('all', 22)}${lpad(q.total, 7)}   (${Object.entries(q.byPhase)
      .map(([p, n]) => `${p} ${n}`)
      .join(', ')})`,
  );
  const kinds = (o) =>
    Object.entries(o)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  log(`   clean 503s: ${kinds(q.byOutcome.clean503)}`);
  log(`   in flight at SIGKILL: ${q.byOutcome.inFlightAtSigkill}`);
  log(`   unclean: ${kinds(q.byOutcome.unclean)}`);
  log(
    `   latency of ok load requests: p50 ${q.latencyMs.p50} ms, p95 ${q.latencyMs.p95} ms, p99 ${q.latencyMs.p99} ms, max ${q.latencyMs.max} ms`,
  );
  const c = summary.chaos;
  log(
    `   kills: ${c.sigkill} SIGKILL, ${c.sigterm} SIGTERM; restarts ${c.restarts}; exits ${c.exits.map((e) => `${e.instance}=${e.code ?? e.signal} in ${e.ms} ms`).join(', ')}`,
  );
  const w = summary.writes;
  log(
    `   writes checked: ${w.checked} (sign-ups ${w.signUps.acknowledged}, sessions ${w.sessions.acknowledged}, runs ${w.runs.acknowledged}, profiles ${w.profileUpdates.people} people / ${w.profileUpdates.acknowledged} updates); lost ${w.signUps.lost + w.sessions.lost + w.runs.lost + w.profileUpdates.lostLastWrite}, duplicated ${w.signUps.duplicated + w.sessions.duplicated}`,
  );
  log(
    `   unacknowledged writes: ${w.unacknowledged.attempts} (sign-ups landed ${w.unacknowledged.signUpsLanded}/${w.unacknowledged.signUps}, sessions landed ${w.unacknowledged.sessionsLanded}/${w.unacknowledged.sessions})`,
  );
  const j = summary.jobs;
  log(
    `   expiry: by run ${j.expiredByRun}/${j.overdueByRun}, by sweep ${j.expiredBySweep}/${j.overdueBySweep}; duplicate notices ${j.duplicateNotices}, duplicate history rows ${j.duplicateHistoryRows}`,
  );
  log(
    `   migrations: ${summary.migrations.recorded}/${summary.migrations.expected} recorded, ${summary.migrations.duplicated} twice`,
  );
  const t = summary.throttle;
  for (const s of t.sequential) {
    log(
      `   throttle (${s.instances} instances): ${s.said.map((x) => (x === 'BAD_CREDENTIALS' ? 'bad' : x === 'LOGIN_RATE_LIMITED' ? 'LIMITED' : x)).join(' ')}`,
    );
  }
  log(
    `   throttle per client address: ${t.addressesCounted} probe addresses counted (X-Forwarded-For through nginx)`,
  );
  if (t.burst) {
    log(
      `   throttle burst: ${t.burst.badCredentials} of ${t.burst.concurrent} simultaneous wrong passwords answered BAD_CREDENTIALS (limit ${t.burst.limit}); next: ${t.burst.after}`,
    );
  }
  log(`   nginx error log: ${kinds(summary.nginxErrorLog ?? {})}`);
  for (const n of summary.notes ?? []) {
    log(`   note: ${n}`);
  }
  log(`   duration: ${summary.durationSeconds} s in all`);
  log('');
  if (summary.failures.length) {
    log(`FAIL: ${summary.failures.length} problem(s):`);
    for (const f of summary.failures) {
      log(`  - ${f}`);
    }
  } else {
    log('PASS');
  }
}

export function writeSummary(file, summary) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(summary, null, 2) + '\n');
}
