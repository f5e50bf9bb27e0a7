// The checks after the load, straight in PostgreSQL: every acknowledged write is there
// exactly once, no job effect happened twice, migrations ran once, the login throttle held
// across instances. Each returns figures and a list of failures (plain sentences).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const NOTICE_KINDS = ['MATCH_PROPOSED', 'MATCH_ACCEPTED', 'MATCH_EXPIRED', 'CHECK_IN_NEEDED'];

function groupBy(rows, key) {
  const map = new Map();
  for (const row of rows) {
    const list = map.get(row[key]) ?? [];
    list.push(row);
    map.set(row[key], list);
  }
  return map;
}

export async function checkWrites(db, writes) {
  const failures = [];
  const fig = {};

  // Sign-ups: the account with the acknowledged id, once per email.
  const emails = writes.signUps.map((w) => w.email);
  const found = groupBy(
    (await db.query('SELECT id, email FROM participant WHERE email = ANY($1)', [emails])).rows,
    'email',
  );
  let lost = 0;
  let dup = 0;
  let wrongId = 0;
  for (const w of writes.signUps) {
    const rows = found.get(w.email) ?? [];
    if (rows.length === 0) {
      lost++;
    } else if (rows.length > 1) {
      dup++;
    } else if (rows[0].id !== w.id) {
      wrongId++;
    }
  }
  fig.signUps = { acknowledged: writes.signUps.length, lost, duplicated: dup, wrongId };
  if (lost || dup || wrongId) {
    failures.push(
      `sign-ups: ${lost} lost, ${dup} duplicated, ${wrongId} with another id (of ${writes.signUps.length} acknowledged)`,
    );
  }

  // Sessions: one row per agenda (each booking had its own), with the acknowledged id.
  const agendas = writes.sessions.map((w) => w.agenda);
  const sessions = groupBy(
    (await db.query('SELECT id, agenda FROM mentorship_session WHERE agenda = ANY($1)', [agendas]))
      .rows,
    'agenda',
  );
  lost = dup = wrongId = 0;
  for (const w of writes.sessions) {
    const rows = sessions.get(w.agenda) ?? [];
    if (rows.length === 0) {
      lost++;
    } else if (rows.length > 1) {
      dup++;
    } else if (rows[0].id !== w.id) {
      wrongId++;
    }
  }
  fig.sessions = { acknowledged: writes.sessions.length, lost, duplicated: dup, wrongId };
  if (lost || dup || wrongId) {
    failures.push(
      `sessions: ${lost} lost, ${dup} duplicated, ${wrongId} with another id (of ${writes.sessions.length} acknowledged)`,
    );
  }

  // Runs: each acknowledged run saved.
  const runIds = writes.runs.map((r) => r.id);
  const runRows = (await db.query('SELECT id FROM match_run WHERE id = ANY($1::uuid[])', [runIds]))
    .rows;
  const runsLost = runIds.length - new Set(runRows.map((r) => r.id)).size;
  fig.runs = { acknowledged: runIds.length, lost: runsLost };
  if (runsLost) {
    failures.push(`runs: ${runsLost} acknowledged matching runs are missing`);
  }

  // Profiles: the last acknowledged value stands, unless a later attempt with an unclean
  // answer (not acknowledged, so it may or may not have landed) replaced it.
  const ids = [...writes.profiles.keys()];
  const abouts = new Map(
    (
      await db.query('SELECT id, about FROM participant WHERE id = ANY($1::uuid[])', [ids])
    ).rows.map((r) => [r.id, r.about]),
  );
  let acked = 0;
  let stale = 0;
  for (const [id, list] of writes.profiles) {
    const lastAcked = list.findLastIndex((u) => u.acked);
    acked += list.filter((u) => u.acked).length;
    if (lastAcked < 0) {
      continue;
    }
    const allowed = list.slice(lastAcked).map((u) => u.about);
    if (!allowed.includes(abouts.get(id))) {
      stale++;
    }
  }
  fig.profileUpdates = { acknowledged: acked, people: ids.length, lostLastWrite: stale };
  if (stale) {
    failures.push(`profile updates: ${stale} people do not have their last acknowledged profile`);
  }

  // Writes with an unclean answer: not acknowledged, so either outcome is allowed; counted.
  const unacked = writes.unacknowledged;
  const unackedEmails = unacked.filter((u) => u.type === 'signUp').map((u) => u.key);
  const unackedAgendas = unacked.filter((u) => u.type === 'session').map((u) => u.key);
  const landedEmails = (
    await db.query('SELECT count(*)::int AS n FROM participant WHERE email = ANY($1)', [
      unackedEmails,
    ])
  ).rows[0].n;
  const landedSessions = (
    await db.query(
      'SELECT agenda, count(*)::int AS n FROM mentorship_session WHERE agenda = ANY($1) GROUP BY agenda',
      [unackedAgendas],
    )
  ).rows;
  fig.unacknowledged = {
    attempts: unacked.length,
    signUps: unackedEmails.length,
    signUpsLanded: landedEmails,
    sessions: unackedAgendas.length,
    sessionsLanded: landedSessions.length,
  };
  const twice = landedSessions.filter((r) => r.n > 1).length;
  if (twice) {
    failures.push(
      `sessions: ${twice} unacknowledged bookings landed more than once (a replayed POST)`,
    );
  }
  fig.checked =
    fig.signUps.acknowledged +
    fig.sessions.acknowledged +
    fig.runs.acknowledged +
    fig.profileUpdates.people;
  return { figures: fig, failures };
}

// Migrations: one row per migration, as many as the build has, though three instances
// started at once on the empty database.
export async function checkMigrations(db, root) {
  const dir = join(root, 'dist/src/database/migrations');
  const expected = readdirSync(dir).filter((f) => /^\d+-.*\.js$/.test(f)).length;
  const rows = (await db.query('SELECT name, count(*)::int AS n FROM migrations GROUP BY name'))
    .rows;
  const duplicated = rows.filter((r) => r.n > 1).map((r) => r.name);
  const failures = [];
  if (duplicated.length) {
    failures.push(`migrations recorded twice: ${duplicated.join(', ')}`);
  }
  if (rows.length !== expected) {
    failures.push(`migrations: ${rows.length} recorded, the build has ${expected}`);
  }
  return { figures: { expected, recorded: rows.length, duplicated: duplicated.length }, failures };
}

// The expiry job (the sweep, and a real run for its own cohort): each overdue proposal is
// expired once, with one history row and one notice per recipient (its mentor and each lead).
// Across the whole database, no notice or status change is recorded twice for one match.
export async function checkJobs(db, { overdueByRun, overdueBySweep }) {
  const failures = [];
  const leads = (await db.query(`SELECT id FROM participant WHERE role = 'LEAD'`)).rows.map(
    (r) => r.id,
  );
  const overdue = [...overdueByRun, ...overdueBySweep];
  const matches = (
    await db.query('SELECT id, status, mentor_id FROM match WHERE id = ANY($1::uuid[])', [overdue])
  ).rows;
  const status = new Map(matches.map((m) => [m.id, m]));
  const notExpired = (list) => list.filter((id) => status.get(id)?.status !== 'EXPIRED');
  const byRunLeft = notExpired(overdueByRun);
  const bySweepLeft = notExpired(overdueBySweep);
  if (byRunLeft.length) {
    failures.push(
      `expiry by run: ${byRunLeft.length} of ${overdueByRun.length} overdue proposals were not expired`,
    );
  }
  if (bySweepLeft.length) {
    failures.push(
      `expiry by sweep: ${bySweepLeft.length} of ${overdueBySweep.length} overdue proposals were not expired`,
    );
  }
  const events = (
    await db.query(
      `SELECT match_id, count(*)::int AS n FROM match_event
        WHERE match_id = ANY($1::uuid[]) AND to_status = 'EXPIRED' GROUP BY match_id`,
      [overdue],
    )
  ).rows;
  const eventCount = new Map(events.map((e) => [e.match_id, e.n]));
  const notices = (
    await db.query(
      `SELECT payload->>'matchId' AS match_id, recipient_id, count(*)::int AS n FROM notification
        WHERE kind = 'MATCH_EXPIRED' AND payload->>'matchId' = ANY($1) GROUP BY 1, 2`,
      [overdue],
    )
  ).rows;
  const noticesOf = groupBy(notices, 'match_id');
  let wrongEvents = 0;
  let wrongNotices = 0;
  for (const id of overdue) {
    const m = status.get(id);
    if (m?.status !== 'EXPIRED') {
      continue;
    }
    if (eventCount.get(id) !== 1) {
      wrongEvents++;
    }
    const got = noticesOf.get(id) ?? [];
    const want = new Set([m.mentor_id, ...leads]);
    if (got.length !== want.size || got.some((n) => n.n !== 1 || !want.has(n.recipient_id))) {
      wrongNotices++;
    }
  }
  if (wrongEvents) {
    failures.push(
      `expiry: ${wrongEvents} expired proposals do not have exactly one EXPIRED history row`,
    );
  }
  if (wrongNotices) {
    failures.push(
      `expiry: ${wrongNotices} expired proposals do not have exactly one MATCH_EXPIRED notice per recipient`,
    );
  }
  const dupNotices = (
    await db.query(
      `SELECT kind, count(*)::int AS n FROM (
         SELECT kind FROM notification WHERE kind = ANY($1)
          GROUP BY kind, recipient_id, payload->>'matchId' HAVING count(*) > 1) d GROUP BY kind`,
      [NOTICE_KINDS],
    )
  ).rows;
  const dupEvents = (
    await db.query(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM match_event GROUP BY match_id, to_status HAVING count(*) > 1) d`,
    )
  ).rows[0].n;
  for (const d of dupNotices) {
    failures.push(`notices: ${d.n} (recipient, match) pairs got ${d.kind} more than once`);
  }
  if (dupEvents) {
    failures.push(`history: ${dupEvents} matches reached one status more than once`);
  }
  const expiredEvents = (
    await db.query(`SELECT count(*)::int AS n FROM match_event WHERE to_status = 'EXPIRED'`)
  ).rows[0].n;
  return {
    figures: {
      overdueByRun: overdueByRun.length,
      expiredByRun: overdueByRun.length - byRunLeft.length,
      overdueBySweep: overdueBySweep.length,
      expiredBySweep: overdueBySweep.length - bySweepLeft.length,
      expiryHistoryRows: expiredEvents,
      duplicateNotices: dupNotices.reduce((s, d) => s + d.n, 0),
      duplicateHistoryRows: dupEvents,
    },
    failures,
  };
}

// The shared login throttle. Sequential probes: at most LIMIT answers BAD_CREDENTIALS, and
// once the limit is reached every later answer is LOGIN_RATE_LIMITED (an attempt with an
// unclean answer may or may not have been counted: it can only make the limit come sooner).
// The burst: how many of N simultaneous attempts got through. The database: the per-address
// counts are keyed by the clients' own addresses (X-Forwarded-For through nginx).
export async function checkThrottle(db, probes, limit, probeAddresses) {
  const failures = [];
  const sequential = probes.filter((p) => p.mode === 'sequential');
  const summary = [];
  for (const p of sequential) {
    const said = p.answers.map((a) => a.said);
    const acked = said.filter((s) => s === 'BAD_CREDENTIALS' || s === 'LOGIN_RATE_LIMITED');
    // Unclean answers (not clean 503s, which did nothing): counted or not, nobody knows.
    const uncertain = said.filter(
      (s) => s !== 'BAD_CREDENTIALS' && s !== 'LOGIN_RATE_LIMITED' && !s.startsWith('503-'),
    ).length;
    const k = acked.includes('LOGIN_RATE_LIMITED')
      ? acked.indexOf('LOGIN_RATE_LIMITED')
      : acked.length;
    const upstreams = new Set(p.answers.map((a) => a.upstream?.split(', ').at(-1)).filter(Boolean));
    summary.push({ email: p.email, said, instances: upstreams.size });
    const shown = said.join(', ');
    if (k > limit) {
      failures.push(
        `throttle: ${k} wrong passwords in a row for ${p.email} were answered BAD_CREDENTIALS (limit ${limit}): ${shown}`,
      );
    } else if (k === acked.length) {
      failures.push(`throttle: ${p.email} was never LOGIN_RATE_LIMITED: ${shown}`);
    } else if (k < limit && uncertain === 0) {
      failures.push(
        `throttle: ${p.email} was LOGIN_RATE_LIMITED after ${k} failures, not ${limit}: ${shown}`,
      );
    }
    if (acked.slice(k).some((s) => s !== 'LOGIN_RATE_LIMITED')) {
      failures.push(
        `throttle: ${p.email} was let through again after LOGIN_RATE_LIMITED: ${shown}`,
      );
    }
    if (upstreams.size < 2) {
      failures.push(
        `throttle: the probe for ${p.email} reached only ${upstreams.size} instance(s)`,
      );
    }
  }
  const burst = probes.find((p) => p.mode === 'burst');
  let burstFigures = null;
  if (burst) {
    const said = burst.answers.map((a) => a.said);
    const through = said.slice(0, -1).filter((s) => s === 'BAD_CREDENTIALS').length;
    burstFigures = {
      concurrent: burst.concurrent,
      badCredentials: through,
      limit,
      after: said.at(-1),
    };
    if (through > limit) {
      failures.push(
        `throttle: ${through} of ${burst.concurrent} simultaneous wrong passwords were checked (limit ${limit}): the limit is read before the failure is counted`,
      );
    }
    if (said.at(-1) !== 'LOGIN_RATE_LIMITED') {
      failures.push(
        `throttle: after a burst of ${burst.concurrent} wrong passwords the next was answered ${said.at(-1)}`,
      );
    }
  }
  const keys = (await db.query(`SELECT key FROM rate_limit WHERE key LIKE 'login-ip:%'`)).rows.map(
    (r) => r.key.slice('login-ip:'.length),
  );
  const seen = probeAddresses.filter((a) => keys.includes(a) || keys.includes(`::ffff:${a}`));
  if (seen.length === 0) {
    failures.push(
      `throttle: no per-address count is keyed by a client's address (keys: ${keys.join(', ') || 'none'}): X-Forwarded-For is not trusted`,
    );
  }
  return {
    figures: {
      sequential: summary,
      burst: burstFigures,
      addressesCounted: seen.length,
      addressKeys: keys.length,
    },
    failures,
  };
}
