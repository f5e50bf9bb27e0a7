// The journey through nginx (sign-up, cohort, run, accept, session, report), the token check
// across instances, and the fixtures the load works on. Every step must succeed: a failure
// here stops the run with the step's answer.
import {
  ACCEPT,
  cohortInput,
  CREATE_COHORT,
  JOIN,
  LOGIN,
  ME,
  menteeInput,
  mentorInput,
  OPEN_COHORT,
  REPORT,
  RUN,
  SCHEDULE,
  SIGN_UP,
  sessionSlot,
} from './operations.mjs';
import { gqlDirect } from './client.mjs';
import { sleep } from './processes.mjs';

export class StepFailed extends Error {}

// A request that may meet a clean 503 (a draining instance, a busy hash queue): sent again
// after Retry-After (at most 1 s here), up to `tries` times. Every attempt is recorded.
export async function call(client, op, query, variables, opts = {}, tries = 8) {
  let record;
  for (let i = 0; i < tries; i++) {
    record = await client.gql(op, query, variables, opts);
    if (record.outcome !== 'clean503') {
      return record;
    }
    await sleep(Math.min(record.retryAfter ?? 1, 1) * (500 + Math.random() * 500));
  }
  return record;
}

export async function must(client, op, query, variables, opts = {}) {
  const r = await call(client, op, query, variables, opts);
  if (r.outcome !== 'ok') {
    throw new StepFailed(
      `${opts.phase ?? 'setup'}: ${op} answered ${r.status} ${r.kind} ${r.detail ?? ''}`,
    );
  }
  return r.data;
}

async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

const account = (data) => ({
  token: data.signUp.token,
  id: data.signUp.me.id,
  email: data.signUp.me.email,
});

export async function loginLead(client, lead, phase) {
  const data = await must(
    client,
    'login',
    LOGIN,
    { email: lead.email, password: lead.password },
    { phase },
  );
  return { token: data.login.token, id: data.login.me.id, email: lead.email };
}

async function openCohort(client, lead, label, phase) {
  const c = await must(
    client,
    'createCohort',
    CREATE_COHORT,
    { input: cohortInput(label) },
    { token: lead.token, phase },
  );
  await must(
    client,
    'openCohort',
    OPEN_COHORT,
    { id: c.createCohort.id },
    { token: lead.token, phase },
  );
  return c.createCohort.id;
}

// The journey a program runs, every request through nginx; returns what it wrote.
export async function journey({ client, lead: leadLogin, instances }) {
  const phase = 'journey';
  const steps = [];
  const lead = await loginLead(client, leadLogin, phase);
  steps.push('lead logs in');
  const cohortId = await openCohort(client, lead, 'Journey', phase);
  steps.push('lead creates and opens a cohort');
  const mentor = account(
    await must(client, 'signUp', SIGN_UP, { input: mentorInput() }, { phase }),
  );
  await must(
    client,
    'joinCohort',
    JOIN,
    { c: cohortId, r: 'MENTOR', cap: 1 },
    { token: mentor.token, phase },
  );
  const mentee = account(
    await must(client, 'signUp', SIGN_UP, { input: menteeInput({ cohortId }) }, { phase }),
  );
  steps.push('a mentor and a mentee sign up and join');
  const run = await must(
    client,
    'runMatching',
    RUN,
    { c: cohortId, dry: false },
    { token: lead.token, phase },
  );
  const proposals = run.runMatching.proposals;
  if (
    proposals.length !== 1 ||
    proposals[0].mentor.id !== mentor.id ||
    proposals[0].mentee.id !== mentee.id
  ) {
    throw new StepFailed(
      `journey: the run proposed ${JSON.stringify(proposals)}, expected the one pair`,
    );
  }
  steps.push('lead runs matching: one proposal');
  const matchId = proposals[0].id;
  await must(client, 'acceptMatch', ACCEPT, { m: matchId }, { token: mentor.token, phase });
  steps.push('the mentor accepts');
  const agenda = `cluster journey ${matchId}`;
  const session = await must(
    client,
    'scheduleSession',
    SCHEDULE,
    { m: matchId, at: sessionSlot(0), d: 60, a: agenda },
    { token: mentee.token, phase },
  );
  steps.push('the mentee books a session');
  const report = (
    await must(client, 'cohortReport', REPORT, { c: cohortId }, { token: lead.token, phase })
  ).cohortReport;
  if (report.menteeCount !== 1 || report.mentorCount !== 1 || report.matchedMenteeCount !== 1) {
    throw new StepFailed(`journey: the report says ${JSON.stringify(report)}`);
  }
  steps.push('lead reads the cohort report (1 mentee, 1 mentor, 1 matched)');

  // A token issued by whichever instance answered the sign-up is accepted by every instance.
  for (const instance of instances) {
    const r = await gqlDirect(instance.url, ME, {}, mentor.token);
    if (r.status !== 200 || r.body?.data?.me?.id !== mentor.id) {
      throw new StepFailed(
        `journey: ${instance.name} refused a token from the cluster: ${r.status} ${JSON.stringify(r.body)}`,
      );
    }
  }
  steps.push(
    `the mentor's token is accepted by each of the ${instances.length} instances directly`,
  );
  return {
    steps,
    lead,
    writes: {
      signUps: [mentor, mentee].map((a) => ({ email: a.email, id: a.id })),
      sessions: [{ id: session.scheduleSession.id, agenda }],
    },
  };
}

async function cohortWithPairs(clients, lead, label, pairs, phase) {
  const first = clients[0];
  const cohortId = await openCohort(first, lead, label, phase);
  const people = await mapLimit(
    Array.from({ length: pairs * 2 }, (_, i) => i),
    clients.length,
    async (i) => {
      const client = clients[i % clients.length];
      const input = i < pairs ? mentorInput({ cohortId }) : menteeInput({ cohortId });
      return account(await must(client, 'signUp', SIGN_UP, { input }, { phase }));
    },
  );
  const mentors = people.slice(0, pairs);
  const mentees = people.slice(pairs);
  const run = await must(
    first,
    'runMatching',
    RUN,
    { c: cohortId, dry: false },
    { token: lead.token, phase },
  );
  if (run.runMatching.proposals.length !== pairs) {
    throw new StepFailed(
      `setup: ${label} run proposed ${run.runMatching.proposals.length} of ${pairs} pairs`,
    );
  }
  return {
    cohortId,
    mentors,
    mentees,
    proposals: run.runMatching.proposals,
    runId: run.runMatching.id,
  };
}

// The load's fixtures: one cohort of accepted pairs (one per virtual client), cohorts of
// proposals left unanswered (made overdue later, for the expiry job), and accounts for the
// throttle probes.
export async function fixtures({ clients, lead, pairs, jobCohorts, sweepCohorts, probes }) {
  const phase = 'setup';
  const load = await cohortWithPairs(clients, lead, 'Load', pairs, phase);
  const byMentor = new Map(load.mentors.map((m) => [m.id, m]));
  const byMentee = new Map(load.mentees.map((m) => [m.id, m]));
  const accepted = await mapLimit(load.proposals, clients.length, async (p, i) => {
    const mentor = byMentor.get(p.mentor.id);
    await must(
      clients[i % clients.length],
      'acceptMatch',
      ACCEPT,
      { m: p.id },
      { token: mentor.token, phase },
    );
    return { matchId: p.id, mentor, mentee: byMentee.get(p.mentee.id) };
  });
  const jobs = [];
  for (let i = 0; i < jobCohorts; i++) {
    jobs.push(await cohortWithPairs(clients, lead, `Expiry by run ${i + 1}`, 2, phase));
  }
  const sweeps = [];
  for (let i = 0; i < sweepCohorts; i++) {
    sweeps.push(await cohortWithPairs(clients, lead, `Expiry by sweep ${i + 1}`, 2, phase));
  }
  const probeAccounts = await mapLimit(
    Array.from({ length: probes }, (_, i) => i),
    clients.length,
    async (i) =>
      account(
        await must(
          clients[i % clients.length],
          'signUp',
          SIGN_UP,
          { input: menteeInput() },
          { phase },
        ),
      ),
  );
  return {
    loadCohortId: load.cohortId,
    pairs: accepted,
    jobs,
    sweeps,
    probeAccounts,
    setupRuns: [load, ...jobs, ...sweeps].map((c) => c.runId),
  };
}
