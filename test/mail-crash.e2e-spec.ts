import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createOpenCohort, loginLead, menteeIn, mentorIn, run } from './helpers/cohorts';
import { runJob } from './helpers/jobs';
import { closeSmtp, startSmtp, type Received } from './helpers/smtp';
import {
  freePort,
  runCli,
  serverEnv,
  startServer,
  stopServer,
  tempDataDir,
  TEST_LEADS,
  type RunningServer,
} from './setup/test-server';

const PUBLIC_URL = 'https://mentoring.example.org';
const MENTORS = 6;

// A server killed with SIGKILL in the middle of a dispatch batch loses no message: its
// claimed rows come due again when their lease (2 minutes) runs out, and the restarted
// server sends them; a message already handed to the SMTP server before the kill may go
// twice, with the same Message-ID.
describe('email outbox: a SIGKILL mid-batch', () => {
  let env: NodeJS.ProcessEnv;
  let server: RunningServer | undefined;
  const previousUrl = process.env.PUENTE_TEST_URL;

  beforeAll(async () => {
    const dataDir = tempDataDir();
    env = serverEnv({
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      PGLITE_DIR: join(dataDir, 'pglite'),
      SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
      PUBLIC_URL,
      RATE_LIMIT_NAMESPACE: `mail-crash-${randomUUID().slice(0, 8)}`,
    });
    for (const lead of TEST_LEADS) {
      const made = runCli('cli/create-lead.js', ['--email', lead.email, '--name', lead.name], {
        ...env,
        LEAD_PASSWORD: lead.password,
      });
      if (made.status !== 0 && !/already exists/.test(made.stderr)) {
        throw new Error(`lead:create failed: ${made.stderr}`);
      }
    }
    server = await startServer(env);
    process.env.PUENTE_TEST_URL = server.url;
  }, 180_000);

  afterAll(async () => {
    process.env.PUENTE_TEST_URL = previousUrl;
    if (server) {
      await stopServer(server.child);
    }
  });

  it('sends every message of the batch after a restart, repeats only with the same Message-ID', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentors = [];
    for (let i = 0; i < MENTORS; i++) {
      mentors.push(await mentorIn(cohort.id, { displayName: `Mentora ${i}` }, 1));
      await menteeIn(cohort.id, { displayName: `Aprendiz ${i}` });
    }
    const proposals = (await run(lead, cohort.id)).runMatching.proposals;
    expect(proposals).toHaveLength(MENTORS);

    const received: Received[] = [];
    const port = Number(new URL(String(env.SMTP_URL)).port);
    // A slow SMTP server: each "250 OK" comes 400 ms after the message.
    const smtp = await startSmtp(port, received, { answerAfterMs: 400 });
    try {
      const t0 = new Date();
      // One batch holds all six; it is killed once two messages have arrived.
      const dispatch = runJob('mailDispatch', t0, cohort.id).catch(() => -1);
      const deadline = Date.now() + 60_000;
      while (received.length < 2 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(received.length).toBeGreaterThanOrEqual(2);
      await stopServer(server!.child, 'SIGKILL');
      await expect(dispatch).resolves.toBe(-1);
      const beforeRestart = received.length;
      expect(beforeRestart).toBeLessThan(MENTORS);

      server = await startServer(env);
      // Within the lease the rows are still held by the dead claim: nothing is sent.
      await expect(
        runJob('mailDispatch', new Date(t0.getTime() + 60_000), cohort.id),
      ).resolves.toBe(0);
      // After it, the restarted server sends what the killed one had not finished.
      let sent = 0;
      const after = new Date(t0.getTime() + 3 * 60_000);
      for (let round = 0; round < 5; round++) {
        const n = await runJob('mailDispatch', after, cohort.id);
        sent += n;
        if (n === 0) {
          break;
        }
      }
      expect(sent).toBeGreaterThanOrEqual(MENTORS - beforeRestart);

      // Every mentor has her proposal; any repeat carries the same Message-ID.
      for (const mentor of mentors) {
        const mine = received.filter((r) => r.rcpt.includes(mentor.email));
        expect(mine.length).toBeGreaterThanOrEqual(1);
        expect(new Set(mine.map((r) => r.mail.messageId)).size).toBe(1);
      }
      expect(new Set(received.map((r) => r.mail.messageId)).size).toBe(MENTORS);
      // A message is repeated only if it had reached the SMTP server before the kill.
      expect(received.length - MENTORS).toBeLessThanOrEqual(beforeRestart);
      // Nothing is left to send.
      await expect(
        runJob('mailDispatch', new Date(t0.getTime() + 60 * 60_000), cohort.id),
      ).resolves.toBe(0);
    } finally {
      await closeSmtp(smtp);
    }
  });
});
