// The verdict from what the clients saw and what happened to the instances: every unclean
// answer that the SIGKILL does not explain, every HTTP 500, an instance that did not exit
// cleanly on SIGTERM or did not come back, an instance that exited on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const oneLine = (text) =>
  (text ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);

// Where an answer falls among the kills and rolls, to read a failure at a glance: the
// nearest SIGKILL or SIGTERM (a restart's readiness only when neither is within 5 s).
function nearestEvent(r, events) {
  const nearest = (types) =>
    events
      .filter((e) => types.includes(e.type))
      .map((e) => ({ e, d: r.endedAt - e.at }))
      .sort((a, b) => Math.abs(a.d) - Math.abs(b.d))[0];
  let near = nearest(['SIGKILL', 'SIGTERM']);
  if (!near || Math.abs(near.d) > 5000) {
    near = nearest(['ready']) ?? near;
  }
  if (!near) {
    return 'no kill or roll nearby';
  }
  const rel = (t) => {
    const d = (t - near.e.at) / 1000;
    return d >= 0 ? `${d.toFixed(2)} s after` : `${(-d).toFixed(2)} s before`;
  };
  return `sent ${rel(r.startedAt)} and answered ${rel(r.endedAt)} ${near.e.type} of ${near.e.instance}`;
}

// nginx's error log, by kind of message: what nginx met at the upstreams.
export function nginxErrors(dir) {
  let text = '';
  try {
    text = readFileSync(join(dir, 'error.log'), 'utf8');
  } catch {
    return {};
  }
  const counts = {};
  for (const line of text.split('\n')) {
    const m = /\[(error|crit|alert|emerg)\] [^:]*: \*\d+ (.*?) while /.exec(line);
    if (m) {
      counts[m[2]] = (counts[m[2]] ?? 0) + 1;
    }
  }
  return counts;
}

export function failuresOf(records, events, unexpectedExits, graceMs) {
  const failures = [];
  const unclean = records.filter((r) => r.outcome === 'unclean');
  if (unclean.length) {
    const kinds = {};
    for (const r of unclean) {
      kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    }
    failures.push(
      `${unclean.length} unclean answers not attributable to the SIGKILL: ${Object.entries(kinds)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    for (const r of unclean.slice(0, 8)) {
      failures.push(
        `  e.g. ${r.phase} ${r.op}: ${r.status ?? '-'} ${r.kind} via ${r.upstream ?? '?'}, ${nearestEvent(r, events)} (request ${r.requestId}) ${oneLine(r.detail)}`,
      );
    }
  }
  const http500 = records.filter((r) => r.status === 500).length;
  if (http500) {
    failures.push(`${http500} answers were HTTP 500`);
  }
  for (const e of events) {
    if (
      e.type === 'exit' &&
      e.signal !== 'SIGKILL' &&
      (e.code !== 0 || e.timedOut || e.ms > graceMs + 3000)
    ) {
      failures.push(
        `${e.instance} did not exit cleanly on SIGTERM: code ${e.code}, signal ${e.signal}, after ${e.ms} ms${e.timedOut ? ' (killed at the limit)' : ''}`,
      );
    }
    if (e.type === 'restart-failed') {
      failures.push(`${e.instance} did not come back: ${e.error}`);
    }
  }
  for (const x of unexpectedExits) {
    failures.push(
      `${x.instance} exited on its own (code ${x.code}, signal ${x.signal}); see ${x.log}`,
    );
  }
  return failures;
}
