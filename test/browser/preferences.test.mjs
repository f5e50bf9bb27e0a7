// Browser tests of the email choices: the "Email" section of the profile (saved, kept on
// reload, by role) and the unsubscribe link at the foot of an optional email, which acts
// only on a click (mail scanners follow links), can be undone, and says so when the link
// is bad. Every state in both languages at desktop and phone width under axe. The link is
// a real one: an accepted match sends the mentee a MATCH_ACCEPTED email with its footer.
// Run: node --test test/browser/preferences.test.mjs (after building server and client).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  DESKTOP,
  PHONE,
  expectAccessible,
  launchBrowser,
  newPage,
  screenshot,
} from './support/browser.mjs';
import { ROOT, graphql, mailedLink, signUpViaApi, startApi, startWeb } from './support/servers.mjs';

const { DateTime } = createRequire(join(ROOT, 'client/package.json'))('luxon');

const LEAD = {
  email: 'paula.lead@puente.test',
  name: 'Paula Lead',
  password: 'a-long-lead-password',
  timezone: 'America/Bogota',
};

let api;
let web;
let browser;
let counter = 0;
const uniqueEmail = (name) => `${name}.${Date.now()}.${++counter}@puente.test`;
const heading = (page, name) => page.getByRole('heading', { level: 1, name });
const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent ?? '');

async function call(query, variables, token) {
  const body = await graphql(api.url, query, variables, token);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

async function preferencesOf(token) {
  const { me } = await call(
    '{ me { emailPreferences { matchUpdates sessions program } } }',
    {},
    token,
  );
  return me.emailPreferences;
}

async function leadToken() {
  const { login } = await call(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: LEAD.email, p: LEAD.password },
  );
  return login.token;
}

function person(role, name, overrides = {}) {
  return signUpViaApi(api.url, {
    email: uniqueEmail(name.toLowerCase()),
    password: 'a-long-enough-password',
    displayName: name,
    role,
    languages: ['EN', 'ES'],
    preferredLanguage: 'EN',
    timezone: 'America/Bogota',
    availability: [{ day: 'TUE', start: '17:00', end: '20:00' }],
    interests: ['r'],
    ...(role === 'MENTEE' ? { goals: ['first-contribution'] } : { capacity: 1 }),
    ...overrides,
  });
}

// A mentee whose mentor accepted: the MATCH_ACCEPTED email carries an unsubscribe link.
async function acceptedMentee(name) {
  const lead = await leadToken();
  const start = DateTime.now().setZone('UTC').startOf('day');
  const { createCohort } = await call(
    'mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
    {
      input: {
        name: `Correo ${name} ${Date.now()}`,
        startsOn: start.toISODate(),
        endsOn: start.plus({ days: 60 }).toISODate(),
        // Accounts made through the API here never open their verification mail.
        requireVerifiedEmail: false,
      },
    },
    lead,
  );
  const cohortId = createCohort.id;
  await call('mutation($id: ID!) { openCohort(cohortId: $id) { id } }', { id: cohortId }, lead);
  const email = uniqueEmail(name.toLowerCase());
  const mentor = await person('MENTOR', 'Rosa', { cohortId });
  const mentee = await person('MENTEE', name, { cohortId, email });
  await call(
    'mutation($id: ID!) { runMatching(cohortId: $id, dryRun: false) { matchedCount } }',
    { id: cohortId },
    lead,
  );
  const { myMatches } = await call('{ myMatches { id } }', {}, mentor.token);
  await call(
    'mutation($id: ID!) { acceptMatch(matchId: $id) { id } }',
    { id: myMatches[0].id },
    mentor.token,
  );
  const { path, message } = await mailedLink(api.url, email, '/unsubscribe');
  return { token: mentee.token, email, path, message };
}

// The same link with one character of its signature changed.
function altered(path) {
  const url = new URL(path, 'http://x');
  const token = url.searchParams.get('token');
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  url.searchParams.set('token', `${token.slice(0, -1)}${last}`);
  return `${url.pathname}${url.search}`;
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

describe('the Email section of the profile', () => {
  test('a mentee turns off session emails, saves, and the choice is kept', async () => {
    const { token } = await person('MENTEE', 'Valeria');
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), token);
    await page.goto('/profile');
    const section = page.getByRole('region', { name: 'Email' });
    const sessions = section.getByRole('checkbox', { name: 'Session emails' });
    const matches = section.getByRole('checkbox', { name: 'News about my matches' });
    await sessions.waitFor();
    assert.equal(await sessions.isChecked(), true);
    assert.equal(await matches.isChecked(), true);
    assert.equal(await section.getByRole('checkbox', { name: 'Program notices' }).count(), 0);
    await section.getByRole('group', { name: 'Send me' }).waitFor();
    await section.getByText('are always sent', { exact: false }).waitFor();

    // Saving with nothing changed says so; a change is saved and confirmed.
    const save = section.getByRole('button', { name: 'Save email choices' });
    await save.click();
    await section.getByRole('status').getByText('Nothing changed.').waitFor();
    await sessions.uncheck();
    assert.equal(await section.getByRole('status').innerText(), '');
    await save.click();
    await section.getByRole('status').getByText('Your email choices were saved.').waitFor();
    assert.deepEqual(await preferencesOf(token), {
      matchUpdates: true,
      sessions: false,
      program: true,
    });
    await expectAccessible(page, 'profile, email choices saved (en, desktop)');

    await page.reload();
    await sessions.waitFor();
    assert.equal(await sessions.isChecked(), false);
    assert.equal(await matches.isChecked(), true);

    // A failed save says why and keeps the boxes as they are.
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('updateEmailPreferences')) {
        await route.abort();
        return;
      }
      await route.continue();
    });
    await matches.uncheck();
    await save.click();
    await section.getByRole('alert').waitFor();
    assert.equal(await matches.isChecked(), false);
    await page.unroute('**/graphql');
    assert.equal((await preferencesOf(token)).matchUpdates, true);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a lead is offered the program notices only, and nobody else reads the choices', async () => {
    const lead = await leadToken();
    const page = await newPage(browser, web.url, { locale: 'es-MX', viewport: PHONE });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), lead);
    await page.goto('/profile');
    const section = page.getByRole('region', { name: 'Correo electrónico' });
    const program = section.getByRole('checkbox', { name: 'Avisos del programa' });
    await program.waitFor();
    assert.equal(await section.getByRole('checkbox').count(), 1);
    await program.uncheck();
    await section.getByRole('button', { name: 'Guardar preferencias de correo' }).click();
    await section
      .getByRole('status')
      .getByText('Se guardaron tus preferencias de correo.')
      .waitFor();
    assert.equal((await preferencesOf(lead)).program, false);
    await expectAccessible(page, 'lead profile, email choices (es, phone)');
    await screenshot(page, 'prefs-profile-lead-es-phone');

    // Someone else's choices stay private, leads included.
    const { me } = await call('{ me { id } }', {}, (await person('MENTEE', 'Otra')).token);
    const other = await graphql(
      api.url,
      'query($id: ID!) { participant(id: $id) { emailPreferences { sessions } } }',
      { id: me.id },
      lead,
    );
    assert.equal(other.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(other));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('the unsubscribe link of an email', () => {
  test('opening changes nothing; a click stops the emails, Undo turns them back on', async () => {
    const mentee = await acceptedMentee('Camila');
    assert.match(mentee.message.text, /To stop them:/);
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });
    await page.goto(mentee.path);
    await heading(page, 'Stop emails from Puente').waitFor();
    await page
      .getByText('This link stops one kind of email: news about your matches', { exact: false })
      .waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal((await preferencesOf(mentee.token)).matchUpdates, true, 'nothing on opening');
    // Opening it again (a scanner, then the person) still changes nothing.
    await page.reload();
    await heading(page, 'Stop emails from Puente').waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal((await preferencesOf(mentee.token)).matchUpdates, true);

    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await heading(page, "You're unsubscribed").waitFor();
    assert.equal(await focusedText(page), "You're unsubscribed");
    await page
      .getByText(
        'You will no longer receive news about your matches (acceptances, “still looking” notes and check-in reminders); proposals and account emails still arrive.',
      )
      .waitFor();
    assert.deepEqual(await preferencesOf(mentee.token), {
      matchUpdates: false,
      sessions: true,
      program: true,
    });
    // Not logged in: no link to a profile.
    assert.equal(
      await page.getByRole('link', { name: 'Choose your emails on your profile' }).count(),
      0,
    );

    await page.getByRole('button', { name: 'Undo' }).click();
    await heading(page, 'These emails are back on').waitFor();
    assert.equal(await focusedText(page), 'These emails are back on');
    await page.getByText('You will receive news about your matches', { exact: false }).waitFor();
    assert.equal((await preferencesOf(mentee.token)).matchUpdates, true);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('logged in, the confirmation leads to the Email section of the profile', async () => {
    const mentee = await acceptedMentee('Lucia');
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: PHONE });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), mentee.token);
    await page.goto(mentee.path);
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await heading(page, "You're unsubscribed").waitFor();
    await page.getByRole('link', { name: 'Choose your emails on your profile' }).click();
    const section = page.getByRole('region', { name: 'Email' });
    const matches = section.getByRole('checkbox', { name: 'News about my matches' });
    await matches.waitFor();
    assert.equal(await matches.isChecked(), false);
    assert.equal(await section.getByRole('checkbox', { name: 'Session emails' }).isChecked(), true);
    assert.equal(await focusedText(page), 'Email');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('an altered or missing link says so, with a way to choose emails after logging in', async () => {
    const mentee = await acceptedMentee('Elena');
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });

    await page.goto('/unsubscribe');
    await heading(page, "This unsubscribe link doesn't work").waitFor();

    await page.goto(altered(mentee.path));
    await heading(page, 'Stop emails from Puente').waitFor();
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await heading(page, "This unsubscribe link doesn't work").waitFor();
    await page.getByText('This link is not valid.', { exact: false }).waitFor();
    assert.equal((await preferencesOf(mentee.token)).matchUpdates, true);
    await expectAccessible(page, 'unsubscribe, bad link (en, desktop)');

    await page.getByRole('link', { name: 'Log in to choose your emails' }).click();
    await heading(page, 'Log in').waitFor();
    await page.locator('#email').fill(mentee.email);
    await page.locator('#password').fill('a-long-enough-password');
    await page.locator('form button[type="submit"]').click();
    const section = page.getByRole('region', { name: 'Email' });
    await section.getByRole('checkbox', { name: 'News about my matches' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/profile');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

// Each state, in both languages, at desktop and phone width: an axe check and a screenshot.
describe('every email-choice page', () => {
  let mentee;
  before(async () => {
    mentee = await acceptedMentee('Sofia');
  });

  const sizes = [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ];
  const languages = [
    ['en', 'en-US'],
    ['es', 'es-MX'],
  ];
  for (const [lang, locale] of languages) {
    for (const [size, viewport] of sizes) {
      test(`email choices in ${lang} at ${size} width pass axe`, async () => {
        const page = await newPage(browser, web.url, { locale, viewport });
        const visit = async (name, ready) => {
          await ready();
          await expectAccessible(page, `${name} (${lang}, ${size})`);
          await screenshot(page, `prefs-${name}-${lang}-${size}`);
        };
        const h1Focused = async () =>
          assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');

        // Logged out: ask, stopped, back on; then a bad link.
        await page.goto(mentee.path);
        await visit('unsubscribe-ask', () => page.locator('main .card button').waitFor());
        await page.locator('main .card button').click();
        await visit('unsubscribe-stopped', () => page.locator('.notice-success').waitFor());
        await h1Focused();
        await page.locator('main .form-actions button').click();
        await visit('unsubscribe-back-on', async () => {
          await page.locator('main .form-actions button').waitFor();
          await page.getByRole('button', { name: /Stop these emails|Dejar de recibir/ }).waitFor();
        });
        await h1Focused();
        await page.goto(altered(mentee.path));
        await page.locator('main .card button').click();
        await visit('unsubscribe-bad-link', () => page.locator('.notice-error').waitFor());
        await page.goto('/unsubscribe');
        await page.locator('.notice-error').waitFor();

        // Logged in: the profile's section after a save, and the link's confirmation.
        await page.evaluate((t) => localStorage.setItem('puente.token', t), mentee.token);
        await page.goto('/profile');
        await page.locator('#email-sessions').waitFor();
        await page.locator('#email form button[type="submit"]').click();
        await visit('profile-email', () => page.locator('.pref-status:not(:empty)').waitFor());
        await page.goto(mentee.path);
        await page.locator('main .card button').click();
        await visit('unsubscribe-stopped-logged-in', () =>
          page.locator(`main a[href="/profile#email"]`).waitFor(),
        );
        await page.locator('main .form-actions button').click();
        await page.getByRole('button', { name: /Stop these emails|Dejar de recibir/ }).waitFor();
        assert.equal((await preferencesOf(mentee.token)).matchUpdates, true);
        assert.deepEqual(page.problems, []);
        await page.context().close();
      });
    }
  }
});
