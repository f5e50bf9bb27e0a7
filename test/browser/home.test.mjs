// Browser tests of the home page's "What happens next": it follows each person's real
// state. A mentee who signs up while a cohort is open is offered to join it right there;
// a mentor with a proposal is told to answer it by its deadline; once accepted, both see
// whom they are matched with and that no session is booked yet; a lead sees the cohorts
// that need an action, the most urgent first. Both languages, phone and desktop, axe.
// Run: node --test test/browser/home.test.mjs (after building server and client).
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
import { programApi } from './support/program.mjs';
import { startApi, startWeb } from './support/servers.mjs';

const LEAD = {
  email: 'hana.lead@puente.test',
  name: 'Hana Lead',
  password: 'a-long-lead-password',
  timezone: 'America/Bogota',
};

let api;
let web;
let browser;
const heading = (page, name) => page.getByRole('heading', { level: 1, name });
const { call, person, openCohort } = programApi(() => api.url, LEAD);

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

describe('what happens next, on the home page', () => {
  test('a new mentee is offered the open cohort right there, and once in, told what comes', async () => {
    const name = `Primavera ${Date.now()}`;
    await openCohort(name);
    const mentee = await person('MENTEE', 'Lía Soto');
    const page = await newPage(browser, web.url, { locale: 'es-MX', viewport: PHONE });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), mentee.token);
    await page.goto('/');
    await heading(page, 'Hola, Lía Soto').waitFor();
    await page.getByText('Todavía no estás en una cohorte.').waitFor();
    await expectAccessible(page, 'home, not in a cohort (es, phone)');
    await screenshot(page, 'home-join-es-phone');
    await page.getByRole('button', { name: `Unirme a ${name}` }).click();
    await page.getByText(`Estás en ${name}.`).waitFor();
    await page
      .getByText('Te emparejaremos cuando se haga el emparejamiento', { exact: false })
      .waitFor();
    await expectAccessible(page, 'home, waiting for the matching (es, phone)');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a mentor answers a proposal by its deadline; then both see their match', async () => {
    const name = `Otoño ${Date.now()}`;
    const cohort = await openCohort(name);
    const mentor = await person('MENTOR', 'Raúl Vega', {
      cohortId: cohort.id,
      preferredLanguage: 'EN',
    });
    const mentee = await person('MENTEE', 'Sara Gil', { cohortId: cohort.id });
    await call(
      'mutation($id: ID!) { runMatching(cohortId: $id, dryRun: false) { matchedCount } }',
      { id: cohort.id },
      cohort.lead,
    );

    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), mentor.token);
    await page.goto('/');
    await page.getByText('A proposal is waiting for your answer.').waitFor();
    await page.getByText(/Answer Sara Gil by .+: after that the proposal expires\./).waitFor();
    await expectAccessible(page, 'home, a proposal to answer (en, desktop)');
    await screenshot(page, 'home-answer-en-desktop');

    const { myMatches } = await call('{ myMatches { id } }', {}, mentor.token);
    await call(
      'mutation($id: ID!) { acceptMatch(matchId: $id) { id } }',
      { id: myMatches[0].id },
      mentor.token,
    );
    await page.reload();
    await page.getByText('Your mentee is Sara Gil.').waitFor();
    await page.getByText('No session is booked yet: agree on a time and book it.').waitFor();
    await page.getByRole('link', { name: 'Book a session' }).waitFor();
    await page.context().close();

    const hers = await newPage(browser, web.url, { locale: 'es-MX', viewport: PHONE });
    await hers.addInitScript((t) => localStorage.setItem('puente.token', t), mentee.token);
    await hers.goto('/');
    await hers.getByText('Tu persona mentora es Raúl Vega.').waitFor();
    await expectAccessible(hers, 'home, matched (es, phone)');
    await screenshot(hers, 'home-matched-es-phone');
    assert.deepEqual(hers.problems, []);
    await hers.context().close();
  });

  test('a lead sees the cohorts that need an action, the most urgent first', async () => {
    const name = `Lista ${Date.now()}`;
    const cohort = await openCohort(name);
    await person('MENTOR', 'Nora Paz', { cohortId: cohort.id });
    await person('MENTEE', 'Iván Ríos', { cohortId: cohort.id });
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: PHONE });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), cohort.lead);
    await page.goto('/');
    const item = page.locator('.next-actions li', { hasText: name });
    await item.getByText('1 mentee and 1 mentor have joined: run the matching.').waitFor();
    assert.match(await page.locator('.next-actions li').first().innerText(), /run the matching/);
    await item.getByRole('link', { name }).click();
    await heading(page, name).waitFor();
    // A move that changes what people can do asks first and says what follows; "Not now"
    // changes nothing.
    await page.getByRole('button', { name: 'Move to matching' }).click();
    await page.getByText('Sign-ups stop', { exact: false }).waitFor();
    await expectAccessible(page, 'cohort, confirming a move (en, phone)');
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.getByRole('button', { name: 'Move to matching' }).waitFor();
    const { cohort: still } = await call(
      'query($id: ID!) { cohort(id: $id) { status } }',
      { id: cohort.id },
      cohort.lead,
    );
    assert.equal(still.status, 'OPEN');
    await page.goBack();
    await page.locator('.next-actions').waitFor();
    await expectAccessible(page, 'home of a lead (en, phone)');
    await screenshot(page, 'home-lead-en-phone');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('instructions for the device in hand', () => {
  test('the availability grid explains its keys with a keyboard, not on a touch screen', async () => {
    const keys = 'Keyboard: arrow keys move';
    const desk = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });
    await desk.goto('/signup');
    await desk.getByText('Drag across the grid to mark hours', { exact: false }).waitFor();
    assert.equal(await desk.getByText(keys, { exact: false }).isVisible(), true);
    await desk.context().close();

    const phone = await newPage(browser, web.url, {
      locale: 'en-US',
      viewport: PHONE,
      touch: true,
    });
    await phone.goto('/signup');
    await phone.getByText('Drag across the grid to mark hours', { exact: false }).waitFor();
    assert.equal(await phone.getByText(keys, { exact: false }).isVisible(), false);
    assert.deepEqual(phone.problems, []);
    await phone.context().close();
  });
});

describe('wide tables on a phone', () => {
  test('say that they scroll sideways, and name their scroll region apart from their section', async () => {
    await openCohort(`Tabla ${Date.now()}`);
    const page = await newPage(browser, web.url, { locale: 'es-MX', viewport: PHONE });
    const lead = await programApi(() => api.url, LEAD).leadToken();
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), lead);
    await page.goto('/cohorts');
    await page.locator('.table-scroll table').waitFor();
    const hint = page.getByText('Desliza hacia los lados para ver todas las columnas.');
    assert.equal(await hint.isVisible(), true);
    await expectAccessible(page, 'cohorts table (es, phone)', { also: ['landmark-unique'] });
    await page.setViewportSize(DESKTOP);
    assert.equal(await hint.isVisible(), false);
    await expectAccessible(page, 'cohorts table (es, desktop)', { also: ['landmark-unique'] });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('people who share a name', () => {
  test("are told apart in a cohort's matches by the start of their email", async () => {
    const cohort = await openCohort(`Tocayos ${Date.now()}`);
    const first = await person('MENTOR', 'Ana Pérez', {
      cohortId: cohort.id,
      email: `ana.perez.${Date.now()}@uni.test`,
    });
    const second = await person('MENTOR', 'Ana Pérez', {
      cohortId: cohort.id,
      email: `aperez.${Date.now()}@lab.test`,
    });
    await person('MENTEE', 'Bruno Díaz', { cohortId: cohort.id });
    await person('MENTEE', 'Carla Ruiz', { cohortId: cohort.id });
    await call(
      'mutation($id: ID!) { runMatching(cohortId: $id, dryRun: false) { matchedCount } }',
      { id: cohort.id },
      cohort.lead,
    );
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), cohort.lead);
    await page.goto(`/cohorts/${cohort.id}`);
    const table = page.locator('.data-table', { hasText: 'Ana Pérez' });
    await table.waitFor();
    const text = await table.innerText();
    assert.match(text, /Ana Pérez \(ana\.pe….*@uni\.test\)/);
    assert.match(text, /Ana Pérez \(aperez….*@lab\.test\)/);
    // Names nobody shares get no detail.
    assert.doesNotMatch(text, /Bruno Díaz \(/);
    assert.ok(first.id !== second.id);
    await expectAccessible(page, 'matches with two people of one name (en, desktop)');
    // The CSV holds no emails: there the time zone (and, both in Bogotá, the start of the
    // id) tells them apart.
    const csv = await (
      await fetch(`${api.url}/reports/${cohort.id}.csv`, {
        headers: { authorization: `Bearer ${cohort.lead}` },
      })
    ).text();
    const anas = csv.split('\n').filter((line) => line.includes('Ana Pérez'));
    assert.equal(anas.length, 2, csv);
    for (const line of anas) {
      assert.match(line, /Ana Pérez \((America\/Bogota|Europe\/Madrid)(, #[0-9a-f]{6})?\)/);
    }
    const shown = anas.map((line) => /Ana Pérez \([^)]*\)/.exec(line)?.[0]);
    assert.notEqual(shown[0], shown[1]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
