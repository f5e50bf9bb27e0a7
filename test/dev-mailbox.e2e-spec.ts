import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createOpenCohort, loginLead, menteeIn, mentorIn, run } from './helpers/cohorts';
import { runJob } from './helpers/jobs';
import { startOwnServer, stopServer, tempDataDir, type RunningServer } from './setup/test-server';

type Mailbox = { dir: string; messages: { subject: string; to: string; text: string }[] };

// Without SMTP_URL (outside production) every email lands in the development mailbox as an
// .eml file, listed for the /dev/mail page; with SMTP_URL the listing does not exist.
describe('the development mailbox', () => {
  let server: RunningServer;
  let withSmtp: RunningServer;
  const mailDir = join(tempDataDir(), 'mail');
  const previousUrl = process.env.PUENTE_TEST_URL;
  beforeAll(async () => {
    [server, withSmtp] = await Promise.all([
      startOwnServer({ MAIL_DIR: mailDir }, { leads: true }),
      startOwnServer({ SMTP_URL: 'smtp://127.0.0.1:9' }),
    ]);
    process.env.PUENTE_TEST_URL = server.url;
  }, 120_000);
  afterAll(async () => {
    process.env.PUENTE_TEST_URL = previousUrl;
    await Promise.all([server, withSmtp].filter(Boolean).map((s) => stopServer(s.child)));
  });

  it('keeps each email as a file and lists the newest first', async () => {
    const empty = await fetch(`${server.url}/dev/mailbox`);
    expect(empty.status).toBe(200);
    await expect(empty.json()).resolves.toMatchObject({ dir: mailDir, messages: [] });

    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await mentorIn(cohort.id, { preferredLanguage: 'ES' }, 1);
    await menteeIn(cohort.id, { displayName: 'Dana Aprendiz' });
    await run(lead, cohort.id);
    await expect(runJob('mailDispatch', new Date(), cohort.id)).resolves.toBe(1);

    expect(readdirSync(mailDir).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    const res = await fetch(`${server.url}/dev/mailbox`);
    const box = (await res.json()) as Mailbox;
    expect(box.messages).toHaveLength(1);
    expect(box.messages[0]).toMatchObject({
      subject: 'Nueva propuesta: ser la persona mentora de Dana Aprendiz',
      to: mentor.email,
      language: 'es-419',
    });
    expect(box.messages[0].text).toContain('Dana Aprendiz');
  });

  it('does not exist where email goes through SMTP', async () => {
    const res = await fetch(`${withSmtp.url}/dev/mailbox`);
    expect(res.status).toBe(404);
  });
});
