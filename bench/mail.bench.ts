// npm run bench:mail — the email outbox through a real SMTP server (smtp-server, on this
// machine): how many messages a second the dispatcher sends, and how long from a change
// (a mentor accepts) to the mentee's message arriving, on the PostgreSQL server and PGlite.
import 'reflect-metadata';
import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { MailService } from '../src/mail/mail.service';
import { forEachTarget, gql, machine, median, ms, writeResult, type Target } from './db-harness';

const MESSAGES = Number(process.env.BENCH_MAIL_MESSAGES ?? 1000);
const ACCEPTS = 30;

// A free TCP port on this machine, for a server the benchmark starts.
export function freePortNumber(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

// Counts what arrives; each arrival wakes whoever waits for that address.
function startSmtp(port: number) {
  const arrived = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  let count = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // No reverse DNS lookup of each client (this machine has no resolver to ask).
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        count++;
        for (const r of session.envelope.rcptTo) {
          arrived.set(r.address, performance.now());
          waiters.get(r.address)?.();
        }
        callback();
      });
    },
  });
  return new Promise<{
    smtp: SMTPServer;
    count: () => number;
    forget: (address: string) => void;
    arrival: (address: string) => Promise<number>;
  }>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(port, '127.0.0.1', () =>
      resolve({
        smtp,
        count: () => count,
        forget: (address) => arrived.delete(address),
        arrival: (address) =>
          new Promise<number>((done) => {
            const seen = arrived.get(address);
            if (seen !== undefined) {
              done(seen);
              return;
            }
            waiters.set(address, () => done(arrived.get(address) ?? performance.now()));
          }),
      }),
    );
  });
}

// N mentors and N mentees in an open cohort, each pair proposed, each proposal's email
// waiting in the outbox (as a published run leaves them).
async function seed(t: Target, n: number) {
  const q = <T>(sql: string, params: unknown[] = []) => t.ds.query<T>(sql, params);
  const [cohort] = await q<{ id: string }[]>(
    `INSERT INTO cohort (name, starts_on, ends_on, status, weights, require_verified_email)
     VALUES ('Bench mail', '2027-03-01', '2027-08-30', 'OPEN', '{"language":1,"availability":1,"interests":1,"goals":1,"equity":0.5}', false)
     RETURNING id`,
  );
  await q(
    `INSERT INTO participant (email, password_hash, display_name, role, languages, preferred_language, timezone, availability, interests, goals, expertise, capacity)
     SELECT r || i || '@mail.bench.example', 'x', CASE WHEN r = 'mentor' THEN 'Mentora ' ELSE 'Aprendiz ' END || i,
            upper(r), ARRAY['EN', 'ES'], CASE WHEN i % 2 = 0 THEN 'ES' ELSE 'EN' END,
            (ARRAY['America/Bogota', 'Europe/Madrid', 'America/Mexico_City'])[1 + i % 3],
            '[{"day":"MON","start":"18:00","end":"20:00"}]'::jsonb, ARRAY['python'],
            CASE WHEN r = 'mentee' THEN ARRAY['first-contribution'] ELSE ARRAY[]::text[] END,
            CASE WHEN r = 'mentor' THEN ARRAY['packaging'] ELSE ARRAY[]::text[] END,
            CASE WHEN r = 'mentor' THEN 1 END
       FROM generate_series(1, $1) i CROSS JOIN unnest(ARRAY['mentor', 'mentee']) r`,
    [n],
  );
  await q(
    `INSERT INTO cohort_member (cohort_id, participant_id, role, capacity)
     SELECT $1, id, role, capacity FROM participant WHERE email LIKE '%@mail.bench.example'`,
    [cohort.id],
  );
  const pairs = await q<{ matchId: string; mentorId: string; menteeId: string; mentee: string }[]>(
    `INSERT INTO match (cohort_id, mentor_id, mentee_id, status, score, breakdown, expires_at)
     SELECT $1, m.id, e.id, 'PROPOSED', 500,
            '{"language":1,"availability":0.5,"interests":0.2,"goals":0.5,"equity":0,"overlapMinutesPerWeek":120,"sharedInterests":["python"],"overlap":[]}'::jsonb,
            now() + interval '7 days'
       FROM participant m JOIN participant e
         ON e.email = replace(m.email, 'mentor', 'mentee')
      WHERE m.email LIKE 'mentor%@mail.bench.example'
     RETURNING id AS "matchId", mentor_id AS "mentorId", mentee_id AS "menteeId",
               (SELECT email FROM participant WHERE id = mentee_id) AS mentee`,
    [cohort.id],
  );
  await q(
    `INSERT INTO notification (recipient_id, kind, payload, email_status, email_next_at)
     SELECT mentor_id, 'MATCH_PROPOSED',
            jsonb_build_object('matchId', id, 'cohortId', cohort_id, 'mentorId', mentor_id, 'menteeId', mentee_id),
            'PENDING', now()
       FROM match WHERE cohort_id = $1`,
    [cohort.id],
  );
  return { cohortId: cohort.id, pairs };
}

async function measure(t: Target, mail: Awaited<ReturnType<typeof startSmtp>>) {
  const { pairs } = await seed(t, MESSAGES);
  const dispatcher = t.app.app.get(MailService);
  const before = mail.count();
  const started = performance.now();
  let batches = 0;
  for (;;) {
    const report = await dispatcher.dispatch(new Date());
    batches++;
    if (report.sent + report.retried + report.failed + report.skipped === 0) {
      break;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const sent = mail.count() - before;
  if (sent !== MESSAGES) {
    throw new Error(`expected ${MESSAGES} messages at the SMTP server, got ${sent}`);
  }
  const perSecond = Math.round((sent / seconds) * 10) / 10;
  process.stdout.write(
    `dispatch: ${sent} proposals in ${ms(seconds)} s (${batches} batches): ${perSecond} messages/s\n`,
  );

  // A mentor accepts; the mentee's message is written with the change and sent by the
  // next dispatch, run here at once (the server's sweep runs every 15 s).
  const latencies: number[] = [];
  for (const pair of pairs.slice(0, ACCEPTS)) {
    const token = await t.tokenFor(pair.mentorId, 'MENTOR');
    // (The other database's run used the same addresses.)
    mail.forget(pair.mentee);
    const t0 = performance.now();
    await gql(t, token, 'mutation A($id: ID!) { acceptMatch(matchId: $id) { id } }', {
      id: pair.matchId,
    });
    const arrived = mail.arrival(pair.mentee);
    await dispatcher.dispatch(new Date(), { recipientId: pair.menteeId });
    latencies.push((await arrived) - t0);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
  process.stdout.write(
    `change to message (accept -> mentee's mail at the SMTP server, dispatch at once): median ${ms(median(latencies))} ms, p95 ${ms(p95)} ms\n`,
  );
  return {
    messages: sent,
    seconds: ms(seconds),
    messagesPerSecond: perSecond,
    changeToMessageMs: { median: ms(median(latencies)), p95: ms(p95), samples: latencies.length },
    sweepEverySeconds: 15,
  };
}

async function main() {
  const port = await freePortNumber();
  const mail = await startSmtp(port);
  try {
    const results = await forEachTarget((t) => measure(t, mail), {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      PUBLIC_URL: 'https://puente.example.org',
    });
    writeResult('mail.json', {
      machine: machine(),
      messagesPerTarget: MESSAGES,
      note: 'A real SMTP server (npm smtp-server) on this machine; each message rendered in its recipient language and zone. In production the wait for the next dispatch (every 15 s, 7.5 s on average) adds to the change-to-message time.',
      results,
    });
  } finally {
    await new Promise<void>((r) => mail.smtp.close(() => r()));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
