// Browser tests of deleting one's account from the profile: what happens is said before
// anything is asked; the form needs the password and an "I understand"; a wrong password
// says so and deletes nothing; the deletion signs the person out onto a confirmation page,
// and the other person of the match hears of it by email and sees the match ended. Every
// state in both languages at desktop and phone width under axe.
// Run: node --test test/browser/delete-account.test.mjs (after building server and client).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DESKTOP,
  PHONE,
  expectAccessible,
  launchBrowser,
  newPage,
  screenshot,
} from './support/browser.mjs';
import { LANGUAGES, PASSWORD, SIZES, programApi } from './support/program.mjs';
import { graphql, startApi, startWeb } from './support/servers.mjs';

const LEAD = {
  email: 'delia.lead@puente.test',
  name: 'Delia Lead',
  password: 'a-long-lead-password',
  timezone: 'America/Bogota',
};

let api;
let web;
let browser;
const heading = (page, name) => page.getByRole('heading', { level: 1, name });
const { call, person, openCohort, matchAndAccept, dispatchMail } = programApi(() => api.url, LEAD);

// A mentor and a mentee whose match the mentor accepted; the pair's mail already sent.
async function acceptedPair(name) {
  const cohort = await openCohort(`Salida ${Date.now()}`);
  const mentor = await person('MENTOR', name, { cohortId: cohort.id });
  const mentee = await person('MENTEE', 'Tomás Ruiz', { cohortId: cohort.id });
  const matchId = await matchAndAccept(cohort, mentor);
  await dispatchMail();
  return { mentor, mentee, matchId };
}

async function mailbox() {
  return (await (await fetch(`${api.url}/dev/mailbox`)).json()).messages;
}

before(async () => {
  api = await startApi({ lead: LEAD });
  web = await startWeb({ apiUrl: api.url });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
});

describe('deleting one’s account', () => {
  test('a mentor deletes her account: checks first, then signed out, and her mentee is told', async () => {
    const pair = await acceptedPair('Rocío');
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), pair.mentor.token);
    await page.goto('/profile');
    const section = page.getByRole('region', { name: 'Delete my account' });
    await section.getByText('This cannot be undone.').waitFor();
    await section
      .getByText('Your mentorships end and the proposals waiting for your answer are withdrawn', {
        exact: false,
      })
      .waitFor();
    await section.getByRole('button', { name: 'Delete my account…' }).click();
    const password = section.getByLabel('Your password');
    await password.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'password');

    // Nothing typed, nothing ticked: both are asked for, and nothing is sent.
    const submit = section.getByRole('button', { name: 'Delete my account for good' });
    await submit.click();
    await section.getByText('Type your password to confirm.').first().waitFor();
    await section.getByText('Tick this box to confirm that you understand.').first().waitFor();

    // A wrong password says so and deletes nothing.
    await password.fill('not-my-password');
    await section.getByRole('checkbox', { name: 'I understand' }).check();
    await submit.click();
    await section.getByText('This is not your current password.').first().waitFor();
    await expectAccessible(page, 'profile, delete account, wrong password (en, desktop)');
    const still = await call('{ me { id } }', {}, pair.mentor.token);
    assert.ok(still.me.id);

    // Cancel closes the form; the right password deletes the account.
    await section.getByRole('button', { name: 'Cancel' }).click();
    await section.getByRole('button', { name: 'Delete my account…' }).waitFor();
    await section.getByRole('button', { name: 'Delete my account…' }).click();
    await password.fill(PASSWORD);
    await section.getByRole('checkbox', { name: 'I understand' }).check();
    await section.getByRole('button', { name: 'Delete my account for good' }).click();
    await heading(page, 'Your account is deleted').waitFor();
    assert.equal(new URL(page.url()).pathname, '/account-deleted');
    assert.equal(await page.evaluate(() => localStorage.getItem('puente.token')), null);
    await page.getByRole('link', { name: 'Log in' }).first().waitFor();

    // The session is over on the server too, and the password opens nothing.
    const me = await graphql(api.url, '{ me { id } }', {}, pair.mentor.token);
    assert.equal(me.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const login = await graphql(
      api.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: pair.mentor.email, p: PASSWORD },
    );
    assert.equal(login.errors?.[0]?.extensions?.reason, 'BAD_CREDENTIALS');

    // The mentee: an email in her language, and the match shown as ended.
    await dispatchMail();
    const mail = (await mailbox()).find(
      (m) => m.to.includes(pair.mentee.email) && m.subject === 'Tu mentoría terminó',
    );
    assert.ok(mail, 'the mentee is told by email');
    assert.doesNotMatch(mail.text, /Rocío/);
    const { myMatches } = await call('{ myMatches { id status } }', {}, pair.mentee.token);
    assert.deepEqual(myMatches, [{ id: pair.matchId, status: 'ENDED' }]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('the page of the other person shows the match as ended, with the placeholder name', async () => {
    const pair = await acceptedPair('Inés');
    await call(
      'mutation($p: String!) { deleteMyAccount(password: $p) }',
      { p: PASSWORD },
      pair.mentor.token,
    );
    const page = await newPage(browser, web.url, { locale: 'es-MX', viewport: PHONE });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), pair.mentee.token);
    await page.goto('/notifications');
    await page
      .getByText('La otra persona de un emparejamiento cerró su cuenta de Puente', { exact: false })
      .waitFor();
    // The notice says which cohort it is about.
    await page.locator('.notification-about', { hasText: 'Salida' }).first().waitFor();
    await page.goto('/matches');
    await page.getByText('Cuenta eliminada', { exact: false }).first().waitFor();
    await expectAccessible(page, 'matches after the mentor left (es, phone)');
    await screenshot(page, 'delete-account-mentee-matches-es-phone');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

// The section (closed, open with problems) and the confirmation page, in both languages, at
// desktop and phone width.
describe('every delete-account state', () => {
  for (const [lang, locale] of LANGUAGES) {
    for (const [size, viewport] of SIZES) {
      test(`delete account in ${lang} at ${size} width passes axe`, async () => {
        const mentee = await person('MENTEE', `Nadia ${lang} ${size}`);
        const page = await newPage(browser, web.url, { locale, viewport });
        await page.addInitScript((t) => localStorage.setItem('puente.token', t), mentee.token);
        const visit = async (name, ready) => {
          await ready();
          await expectAccessible(page, `${name} (${lang}, ${size})`);
          await screenshot(page, `delete-account-${name}-${lang}-${size}`);
        };
        await page.goto('/profile');
        const section = page.locator('section.danger-zone');
        await visit('closed', () => section.locator('button').waitFor());
        await section.locator('button').click();
        await section.locator('#password').waitFor();
        await section.locator('button[type="submit"]').click();
        await visit('problems', () => section.locator('.error-summary').waitFor());
        await section.locator('#password').fill(PASSWORD);
        await section.locator('#understood').check();
        await section.locator('button[type="submit"]').click();
        await visit('done', () => page.locator('.notice-success').waitFor());
        assert.equal(new URL(page.url()).pathname, '/account-deleted');
        assert.deepEqual(page.problems, []);
        await page.context().close();
      });
    }
  }
});
