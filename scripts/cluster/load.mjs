// The mixed load through nginx, and the failures injected while it runs: one instance killed
// with SIGKILL (restarted on its port 3 s later), the two others rolled with SIGTERM (wait for
// the exit, restart, wait for readiness). Every response is recorded by the clients; this
// module records what was written and acknowledged, and what was attempted but not.
import { randomUUID } from 'node:crypto';
import { call } from './journey.mjs';
import {
  LOGIN,
  ME,
  menteeInput,
  MY_MATCHES,
  REPORT,
  RUN,
  SCHEDULE,
  SIGN_UP,
  sessionSlot,
  UPDATE_PROFILE,
} from './operations.mjs';
import { sleep } from './processes.mjs';

const WEIGHTS = [
  ['me', 26],
  ['myMatches', 15],
  ['cohortReport', 7],
  ['signUp', 10],
  ['scheduleSession', 27],
  ['updateProfile', 15],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((s, [, w]) => s + w, 0);

function pick() {
  let r = Math.random() * TOTAL_WEIGHT;
  for (const [op, w] of WEIGHTS) {
    if ((r -= w) < 0) {
      return op;
    }
  }
  return WEIGHTS[0][0];
}

export class Writes {
  constructor() {
    this.signUps = []; // { email, id } acknowledged
    this.sessions = []; // { id, agenda }
    this.runs = []; // { id, cohortId }
    this.profiles = new Map(); // participant id → [{ about, acked }] in the order sent
    this.unacknowledged = []; // { type, key, kind } sent, answer unclean
  }

  merge(other) {
    this.signUps.push(...other.signUps);
    this.sessions.push(...other.sessions);
  }
}

// One virtual client: owns an accepted pair (books its sessions, edits its profiles) and the
// accounts it signs up; reads as them and as the lead.
async function virtualClient({ client, pair, lead, loadCohortId, stopAt, writes }) {
  const people = [pair.mentor, pair.mentee];
  let slot = 1; // each client has a pair of its own: its slots never overlap another's
  while (Date.now() < stopAt) {
    const op = pick();
    const person = people[Math.floor(Math.random() * people.length)];
    if (op === 'me') {
      await call(client, 'me', ME, {}, { token: person.token });
    } else if (op === 'myMatches') {
      await call(client, 'myMatches', MY_MATCHES, {}, { token: pair.mentor.token });
    } else if (op === 'cohortReport') {
      await call(client, 'cohortReport', REPORT, { c: loadCohortId }, { token: lead.token });
    } else if (op === 'signUp') {
      const input = menteeInput();
      // The per-address sign-up limit (100 an hour by default) is far above this load's
      // share per client; should a slow machine reach it, that refusal is right, not a fault.
      const r = await call(
        client,
        'signUp',
        SIGN_UP,
        { input },
        { expect: ['SIGNUP_RATE_LIMITED'] },
      );
      if (r.outcome === 'ok') {
        const me = r.data.signUp.me;
        writes.signUps.push({ email: me.email, id: me.id });
        people.push({ token: r.data.signUp.token, id: me.id, email: me.email });
      } else if (r.outcome !== 'expected') {
        writes.unacknowledged.push({
          type: 'signUp',
          key: input.email,
          kind: r.kind,
          requestId: r.requestId,
        });
      }
    } else if (op === 'scheduleSession') {
      const agenda = `cluster ${randomUUID()}`;
      const booker = Math.random() < 0.5 ? pair.mentor : pair.mentee;
      const r = await call(
        client,
        'scheduleSession',
        SCHEDULE,
        { m: pair.matchId, at: sessionSlot(slot++), d: 15, a: agenda },
        { token: booker.token },
      );
      if (r.outcome === 'ok') {
        writes.sessions.push({ id: r.data.scheduleSession.id, agenda });
      } else {
        writes.unacknowledged.push({
          type: 'session',
          key: agenda,
          kind: r.kind,
          requestId: r.requestId,
        });
      }
    } else if (op === 'updateProfile') {
      const about = `cluster ${randomUUID()}`;
      const r = await call(
        client,
        'updateProfile',
        UPDATE_PROFILE,
        { input: { about } },
        { token: person.token },
      );
      const list = writes.profiles.get(person.id) ?? [];
      list.push({ about, acked: r.outcome === 'ok' && r.data.updateProfile.about === about });
      writes.profiles.set(person.id, list);
      if (r.outcome !== 'ok') {
        writes.unacknowledged.push({
          type: 'profile',
          key: person.id,
          kind: r.kind,
          requestId: r.requestId,
        });
      }
    }
    await sleep(Math.random() * 20);
  }
}

// Wrong passwords against one account, one at a time, each from another client address:
// after LOGIN_MAX_ATTEMPTS_PER_EMAIL failures in all (whichever instance counted them) the
// answer must be LOGIN_RATE_LIMITED. A clean 503 did nothing and is sent again.
async function sequentialProbe({ probeClients, email, attempts }) {
  const answers = [];
  for (let i = 0; i < attempts; i++) {
    const client = probeClients[i % probeClients.length];
    const r = await call(
      client,
      'login.wrongPassword',
      LOGIN,
      { email, password: 'not-the-password' },
      {
        expect: ['BAD_CREDENTIALS', 'LOGIN_RATE_LIMITED'],
      },
    );
    answers.push({
      said: r.outcome === 'expected' ? r.reason : r.kind,
      upstream: r.upstream,
      client: client.localAddress,
    });
    await sleep(300 + Math.random() * 400);
  }
  return { email, mode: 'sequential', answers };
}

// The same, all at once: shows whether the check and the count are one step.
async function burstProbe({ probeClients, email }) {
  const rs = await Promise.all(
    probeClients.map((client) =>
      call(
        client,
        'login.wrongPassword',
        LOGIN,
        { email, password: 'not-the-password' },
        {
          expect: ['BAD_CREDENTIALS', 'LOGIN_RATE_LIMITED'],
        },
      ),
    ),
  );
  const after = await call(
    probeClients[0],
    'login.wrongPassword',
    LOGIN,
    { email, password: 'not-the-password' },
    {
      expect: ['BAD_CREDENTIALS', 'LOGIN_RATE_LIMITED'],
    },
  );
  const answers = [...rs, after].map((r) => ({
    said: r.outcome === 'expected' ? r.reason : r.kind,
    upstream: r.upstream,
  }));
  return { email, mode: 'burst', concurrent: probeClients.length, answers };
}

// Two runs of one cohort sent at the same moment (nginx spreads them over two instances):
// both expire the cohort's overdue proposals first; the expiry must happen once.
async function concurrentRuns({ jobClients, lead, cohortId, writes }) {
  const rs = await Promise.all(
    jobClients.map((client) =>
      call(client, 'runMatching', RUN, { c: cohortId, dry: false }, { token: lead.token }),
    ),
  );
  for (const r of rs) {
    if (r.outcome === 'ok') {
      writes.runs.push({ id: r.data.runMatching.id, cohortId });
    } else {
      writes.unacknowledged.push({
        type: 'run',
        key: cohortId,
        kind: r.kind,
        requestId: r.requestId,
      });
    }
  }
  return rs.map((r) => ({ outcome: r.outcome, kind: r.kind, upstream: r.upstream }));
}

async function at(start, seconds) {
  const wait = start + seconds * 1000 - Date.now();
  if (wait > 0) {
    await sleep(wait);
  }
}

// The chaos: SIGKILL at 1/4 of the load (restart after 3 s), SIGTERM rolls at 1/2 and 3/4.
// As in a rolling deploy, an instance is stopped only once the previous one is ready again:
// on a slow machine a roll may come later than planned (the events record when).
async function chaos({ instances, start, seconds, graceMs, events }) {
  const note = (e) =>
    events.push({ at: Date.now(), ...e, t: ((e.at ?? Date.now()) - start) / 1000 });
  const [killed, ...rolled] = instances;
  await at(start, seconds * 0.25);
  const killAt = Date.now();
  const killing = killed.stop('SIGKILL', 5000);
  note({ type: 'SIGKILL', instance: killed.name, port: killed.port, at: killAt });
  const exit = await killing;
  note({ type: 'exit', instance: killed.name, code: exit.code, signal: exit.signal, ms: exit.ms });
  await sleep(Math.max(0, killAt + 3000 - Date.now()));
  await restart(killed, note);
  for (const [i, instance] of rolled.entries()) {
    await at(start, seconds * (0.5 + 0.25 * i));
    note({ type: 'SIGTERM', instance: instance.name, port: instance.port, at: Date.now() });
    const r = await instance.stop('SIGTERM', graceMs + 3000);
    note({
      type: 'exit',
      instance: instance.name,
      code: r.code,
      signal: r.signal,
      ms: r.ms,
      timedOut: r.timedOut,
    });
    await restart(instance, note);
  }
}

async function restart(instance, note) {
  instance.start();
  note({ type: 'restart', instance: instance.name });
  try {
    const ms = await instance.waitReady(45_000);
    note({ type: 'ready', instance: instance.name, ms, via: instance.readyPath });
  } catch (error) {
    note({ type: 'restart-failed', instance: instance.name, error: error.message });
  }
}

export async function runLoad(ctx) {
  const { clients, probeClients, jobClients, fixtures, lead, seconds, instances, graceMs } = ctx;
  const writes = new Writes();
  const events = [];
  const start = Date.now();
  const stopAt = start + seconds * 1000;
  const chaosDone = chaos({ instances, start, seconds, graceMs, events });

  const probes = [];
  const probing = (async () => {
    const [burstAccount, ...sequential] = fixtures.probeAccounts;
    await at(start, seconds * 0.08);
    probes.push(await burstProbe({ probeClients, email: burstAccount.email }));
    // Spread so that probes meet the kill and both rolls.
    const when = [0.2, 0.45, 0.7];
    for (const [i, acct] of sequential.entries()) {
      await at(start, seconds * (when[i] ?? 0.2 + 0.25 * i));
      probes.push(await sequentialProbe({ probeClients, email: acct.email, attempts: 8 }));
    }
  })();

  const runs = [];
  const running = (async () => {
    const when = [0.12, 0.3, 0.55, 0.8];
    for (const [i, job] of fixtures.jobs.entries()) {
      await at(start, seconds * (when[i] ?? 0.9));
      runs.push({
        cohortId: job.cohortId,
        answers: await concurrentRuns({ jobClients, lead, cohortId: job.cohortId, writes }),
      });
    }
  })();

  await Promise.all(
    clients.map((client, i) =>
      virtualClient({
        client,
        pair: fixtures.pairs[i % fixtures.pairs.length],
        lead,
        loadCohortId: fixtures.loadCohortId,
        stopAt,
        writes,
      }),
    ),
  );
  const loadEndedAt = Date.now();
  await Promise.all([chaosDone, probing, running]);
  return { writes, events, probes, runs, start, loadEndedAt, end: Date.now() };
}
