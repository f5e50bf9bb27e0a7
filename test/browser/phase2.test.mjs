// Browser tests of phase 2: the whole journey (a mentee signing up in Spanish, a mentor in
// English, the lead opening a cohort and publishing a run, the mentor accepting, a session
// booked across time zones, completed and rated, the lead reading the report), then every
// new page in both languages at desktop and phone width under axe.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  DESKTOP,
  PHONE,
  dragCells,
  expectAccessible,
  launchBrowser,
  newPage,
  screenshot,
} from './support/browser.mjs';
import { ROOT, graphql, mailedLink, signUpViaApi, startApi, startWeb } from './support/servers.mjs';

const { DateTime } = createRequire(join(ROOT, 'client/package.json'))('luxon');

const LEAD = {
  email: 'lucia.lead@puente.test',
  name: 'Lucía Lead',
  password: 'a-long-lead-password',
  timezone: 'Europe/Madrid',
};

let api;
let web;
let browser;
let counter = 0;
const uniqueEmail = (name) => `${name}.${Date.now()}.${++counter}@puente.test`;
const heading = (page, name) => page.getByRole('heading', { level: 1, name });

async function call(query, variables, token, now) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(now ? { 'x-puente-test-now': now } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

async function leadToken() {
  const body = await graphql(
    api.url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: LEAD.email, p: LEAD.password },
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data.login.token;
}

async function logIn(page, email, password) {
  await page.goto('/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('.status-card').waitFor();
}

// A cohort made and opened through the API, starting today (UTC) for `days` days.
async function openCohortViaApi(lead, name, days) {
  const start = DateTime.now().setZone('UTC').startOf('day');
  const { createCohort } = await call(
    `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    {
      input: {
        name,
        startsOn: start.toISODate(),
        endsOn: start.plus({ days }).toISODate(),
        // Accounts made through the API here never open their verification mail.
        requireVerifiedEmail: false,
      },
    },
    lead,
  );
  await call(
    'mutation($id: ID!) { openCohort(cohortId: $id) { id } }',
    { id: createCohort.id },
    lead,
  );
  return createCohort;
}

// A browser context living at another moment: the page's clock is fixed there and the API
// is told the same (test builds honour x-puente-test-now), signed in with `token`.
async function contextAt(when, token, options) {
  const context = await browser.newContext({ baseURL: web.url, ...options });
  await context.clock.setFixedTime(when.toJSDate());
  await context.route('**/graphql', (route) =>
    route.continue({
      headers: { ...route.request().headers(), 'x-puente-test-now': when.toISO() },
    }),
  );
  await context.addInitScript((t) => localStorage.setItem('puente.token', t), token);
  return context;
}

// Signs people up through the API with shared defaults: person(role, name, overrides).
function peopleFactory(defaults) {
  return (role, name, extra) =>
    signUpViaApi(api.url, {
      // Addresses are plain ASCII (look-alikes are refused): Tomás signs up as tomas.
      email: uniqueEmail(
        name
          .split(' ')[0]
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
      ),
      password: 'a-long-enough-password',
      displayName: name,
      role,
      ...defaults,
      ...extra,
    });
}

// The next Monday (at least a day ahead) as a calendar day in the zone.
function nextMonday(zone) {
  const today = DateTime.now().setZone(zone).startOf('day');
  let day = today.plus({ days: 1 });
  while (day.weekday !== 1) {
    day = day.plus({ days: 1 });
  }
  return day;
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

describe('the whole journey', () => {
  test('sign-ups, a published run, an accepted match, a session across zones, feedback and the report', async () => {
    const cohortName = `Primavera ${Date.now()}`;

    // 1. The lead creates the cohort and opens it.
    const lead = await newPage(browser, web.url, {
      locale: 'en-GB',
      timezoneId: 'Europe/Madrid',
      viewport: DESKTOP,
    });
    await logIn(lead, LEAD.email, LEAD.password);
    await lead.getByRole('link', { name: 'Cohorts', exact: true }).click();
    await heading(lead, 'Cohorts').waitFor();
    await lead.getByLabel('Cohort name').fill(cohortName);
    await expectAccessible(lead, 'cohorts with the new-cohort form (en, desktop)');
    await screenshot(lead, 'journey-lead-cohorts-en-desktop');
    await lead.getByRole('button', { name: 'Create the cohort' }).click();
    await heading(lead, cohortName).waitFor();
    await lead.getByText('The cohort was created as a draft').waitFor();
    await lead.getByRole('button', { name: 'Open for sign-ups' }).click();
    await lead.locator('#status-title ~ p .pill', { hasText: 'Open' }).waitFor();

    // 2. A mentee signs up in Spanish on a phone, from Bogotá, and joins the cohort.
    const mentee = await newPage(browser, web.url, {
      locale: 'en-US',
      timezoneId: 'America/Bogota',
      viewport: PHONE,
    });
    const menteeEmail = uniqueEmail('ana');
    await mentee.goto('/');
    await mentee.getByRole('button', { name: 'Español' }).click();
    await mentee.getByRole('link', { name: /Buscar mentoría/ }).click();
    await heading(mentee, 'Crea tu cuenta').waitFor();
    await mentee.getByLabel('Correo electrónico').fill(menteeEmail);
    await mentee.getByLabel('Contraseña', { exact: true }).fill('una-clave-bien-larga');
    await mentee.getByLabel('Tu nombre').fill('Ana Pérez');
    // Monday to Wednesday, 12:00–14:00 in Bogotá (18:00–20:00 in Madrid).
    await dragCells(mentee, { day: 0, slot: 24 }, { day: 2, slot: 27 });
    await mentee.getByRole('checkbox', { name: 'Python' }).check();
    await mentee.getByRole('button', { name: 'Crear mi cuenta' }).click();
    await heading(mentee, 'Hola, Ana Pérez').waitFor();
    // She opens the link of her verification mail (the cohort matches confirmed addresses).
    await mentee.goto((await mailedLink(api.url, menteeEmail, '/verify-email')).path);
    await heading(mentee, 'Tu correo electrónico está confirmado').waitFor();
    await mentee.getByRole('link', { name: 'Mi persona mentora', exact: true }).click();
    await heading(mentee, 'Tu solicitud y tu persona mentora').waitFor();
    await mentee.getByRole('button', { name: `Unirme a ${cohortName}` }).click();
    await mentee.getByText('Ya estás dentro.').waitFor();
    await mentee.getByText(/Aún no tienes persona mentora/).waitFor();
    await expectAccessible(mentee, 'mentee waiting for a match (es, phone)');
    await screenshot(mentee, 'journey-mentee-waiting-es-phone');

    // 3. A mentor signs up in English from Madrid and joins.
    const mentor = await newPage(browser, web.url, {
      locale: 'en-US',
      timezoneId: 'Europe/Madrid',
      viewport: DESKTOP,
    });
    const mentorEmail = uniqueEmail('marcus');
    await mentor.goto('/signup?role=mentor');
    await heading(mentor, 'Create your account').waitFor();
    await mentor.getByLabel('Email').fill(mentorEmail);
    await mentor.getByLabel('Password', { exact: true }).fill('a-long-maintainer-password');
    await mentor.getByLabel('Your name').fill('Marcus Maintainer');
    await mentor.getByRole('checkbox', { name: 'Spanish' }).check();
    await dragCells(mentor, { day: 0, slot: 36 }, { day: 2, slot: 39 });
    await mentor.getByRole('checkbox', { name: 'Python' }).check();
    await mentor
      .getByRole('group', { name: /What can you help with/ })
      .getByRole('checkbox', { name: 'Packaging' })
      .check();
    await mentor.getByRole('button', { name: 'Create my account' }).click();
    await heading(mentor, 'Hello, Marcus Maintainer').waitFor();
    await mentor.goto((await mailedLink(api.url, mentorEmail, '/verify-email')).path);
    await heading(mentor, 'Your email address is confirmed').waitFor();
    await mentor.getByRole('link', { name: 'My mentees', exact: true }).click();
    await mentor.getByRole('button', { name: `Join ${cohortName}` }).click();
    await mentor.getByText("You're in. Proposals arrive").waitFor();
    await mentor.getByLabel('Mentees you can take in this cohort').waitFor();

    // 4. The lead compares two dry runs side by side, then publishes the second.
    await lead.reload();
    await lead.getByText('1 mentee, 1 mentor,').waitFor();
    await lead.getByRole('button', { name: 'Dry run', exact: true }).click();
    await lead.getByRole('heading', { name: 'Dry run 1' }).waitFor();
    await lead.locator('#run-weights-interests').fill('6');
    await lead.getByRole('button', { name: 'Dry run', exact: true }).click();
    await lead.getByRole('heading', { name: 'Dry run 2' }).waitFor();
    const runs = lead.locator('.run');
    assert.equal(await runs.count(), 2);
    for (const run of await runs.all()) {
      assert.match(await run.innerText(), /1 of 1/);
    }
    assert.match(await runs.nth(1).innerText(), /Interests 6/);
    await expectAccessible(lead, 'dry runs side by side (en, desktop)');
    await screenshot(lead, 'journey-lead-dry-runs-en-desktop');
    await lead.getByRole('button', { name: 'Publish dry run 2' }).click();
    // Publishing asks first, and says what follows.
    await lead.getByText('1 proposal goes out now', { exact: false }).waitFor();
    await lead.getByRole('button', { name: 'Yes, publish' }).click();
    await lead.getByText('Published: 1 proposal sent to mentors.').waitFor();
    await lead.locator('#status-title ~ p .pill', { hasText: 'Matching' }).waitFor();
    await lead.locator('.data-table', { hasText: 'Marcus Maintainer' }).waitFor();

    // 5. The mentor sees why they were proposed, in Madrid time, and accepts.
    await mentor.goto('/matches');
    const proposal = mentor.locator('.match-card', { hasText: 'Mentee: Ana Pérez' });
    await proposal.waitFor();
    const why = await proposal.innerText();
    assert.match(why, /You both speak Spanish\./);
    assert.match(why, /Shared interests: Python\./);
    assert.match(why, /6 hours a week free for both of you/);
    assert.match(why, /Monday 6:00\s?PM–8:00\s?PM/, 'the overlap in the mentor’s own time');
    await mentor.locator('.site-nav .count-badge', { hasText: '1 unread' }).waitFor();
    await expectAccessible(mentor, 'mentor proposal (en, desktop)');
    await screenshot(mentor, 'journey-mentor-proposal-en-desktop');
    await mentor.getByRole('link', { name: /Notifications/ }).click();
    await mentor.getByRole('link', { name: /A new mentee was proposed to you/ }).waitFor();
    await expectAccessible(mentor, 'notifications (en, desktop)');
    await screenshot(mentor, 'journey-mentor-notifications-en-desktop');
    // Reading them all clears the badge in the navigation at once.
    await mentor.getByRole('button', { name: 'Mark all as read' }).click();
    await mentor.locator('.site-nav .count-badge').waitFor({ state: 'detached' });
    await mentor.getByRole('link', { name: /A new mentee was proposed to you/ }).click();
    await mentor.getByRole('button', { name: 'Accept Ana Pérez' }).click();
    await mentor.getByRole('heading', { name: 'Your mentees' }).waitFor();
    await mentor.locator('.match-card', { hasText: menteeEmail }).waitFor();

    // 6. The mentee sees her mentor and how to reach him, then books a session.
    await mentee.goto('/matches');
    const card = mentee.locator('.match-card', { hasText: 'Marcus Maintainer' });
    await card.waitFor();
    await card.getByRole('link', { name: mentorEmail }).waitFor();
    await expectAccessible(mentee, 'mentee with her mentor (es, phone)');
    await screenshot(mentee, 'journey-mentee-matched-es-phone');
    await card.getByRole('link', { name: /Programar una sesión con Marcus/ }).click();
    await heading(mentee, 'Sesiones').waitFor();
    const monday = nextMonday('America/Bogota');
    await mentee.getByLabel('Día', { exact: true }).fill(monday.toISODate());
    // 08:00 is outside both people's hours: the form warns before sending.
    await mentee.getByLabel('Hora de inicio').fill('08:00');
    await mentee.getByText('Está fuera del horario semanal de Marcus Maintainer.').waitFor();
    await mentee.getByLabel('Hora de inicio').fill('12:00');
    await mentee.getByText(/Para Marcus Maintainer: .*18:00 \(Europe\/Madrid\)/).waitFor();
    assert.equal(await mentee.locator('.schedule-check .notice-warn').count(), 0);
    await mentee.getByLabel('Temas').fill('Primer paquete de Python');
    await mentee.getByRole('button', { name: 'Programar', exact: true }).click();
    await mentee.getByText('La sesión está reservada. Le avisamos a Marcus Maintainer').waitFor();
    const booked = mentee.locator('.session', { hasText: 'Primer paquete de Python' });
    await booked.waitFor();
    assert.match(await booked.innerText(), /lunes.*12:00/);
    await expectAccessible(mentee, 'sessions with a booked one (es, phone)');
    await screenshot(mentee, 'journey-mentee-sessions-es-phone');

    // 7. The mentor sees it at 6 PM Madrid time, with Ana's 12:00 beside it; .ics download.
    await mentor.goto('/calendar');
    const session = mentor.locator('.session', { hasText: 'Primer paquete de Python' });
    await session.waitFor();
    const text = await session.innerText();
    assert.match(text, /Monday, .*6:00\s?PM/);
    assert.match(text, /For Ana Pérez: Monday, .*12:00\s?PM \(America\/Bogota\)/);
    await mentor.locator('.week-item', { hasText: 'Ana Pérez' }).waitFor();
    await expectAccessible(mentor, 'mentor sessions and week (en, desktop)');
    await screenshot(mentor, 'journey-mentor-sessions-en-desktop');
    const [download] = await Promise.all([
      mentor.waitForEvent('download'),
      session.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
    ]);
    const ics = readFileSync(await download.path(), 'utf8');
    const startUtc = monday.set({ hour: 12 }).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
    assert.match(ics, /BEGIN:VCALENDAR/);
    assert.ok(ics.includes(`DTSTART:${startUtc}`), `the .ics starts at ${startUtc}`);

    // 8. After the session (clock moved on, API told the same), the mentee marks it done
    //    and rates it.
    const later = monday.set({ hour: 13, minute: 30 }).toUTC();
    const menteeToken = await mentee.evaluate(() => localStorage.getItem('puente.token'));
    const afterwards = await contextAt(later, menteeToken, {
      locale: 'es-CO',
      timezoneId: 'America/Bogota',
      viewport: PHONE,
    });
    const done = await afterwards.newPage();
    await done.goto('/calendar');
    const past = done.locator('.session', { hasText: 'Primer paquete de Python' });
    await past.getByRole('button', { name: 'Marcar como hecha' }).click();
    await past.getByRole('group', { name: '¿Qué tan útil fue esta sesión?' }).waitFor();
    await past.getByRole('button', { name: 'Enviar valoración' }).click();
    await past.getByText('Elige una valoración del 1 al 5.').waitFor();
    await past.getByRole('radio', { name: '5 · Muy útil' }).check();
    await past.getByLabel('Comentario (opcional)').fill('Muy clara, gracias.');
    await expectAccessible(done, 'feedback form (es, phone)');
    await screenshot(done, 'journey-mentee-feedback-es-phone');
    await past.getByRole('button', { name: 'Enviar valoración' }).click();
    await past.getByText('La valoraste con 5 de 5.').waitFor();
    await afterwards.close();

    // 9. The lead reads the report: charts with small groups shown as "<5", and the CSV.
    const cohortId = lead.url().split('/').pop();
    await lead.getByRole('link', { name: 'Read the report' }).click();
    await heading(lead, `Report: ${cohortName}`).waitFor();
    for (const title of [
      'Proposals funnel',
      'Mentees by language',
      'Weekly shared hours of proposed pairs',
      'Mentor places',
    ]) {
      await lead.locator('figure', { hasText: title }).waitFor();
    }
    const summary = await lead.locator('.stat-grid').first().innerText();
    assert.match(summary, /Sessions held\s*1/);
    assert.ok(
      (await lead.locator('.bar-value.is-suppressed', { hasText: '<5' }).count()) > 0,
      'small groups read "<5"',
    );
    assert.match(await lead.locator('table', { hasText: 'Everyone else' }).innerText(), /<5/);
    await expectAccessible(lead, 'report (en, desktop)');
    await screenshot(lead, 'journey-lead-report-en-desktop');
    const [csv] = await Promise.all([
      lead.waitForEvent('download'),
      lead.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(csv.suggestedFilename(), `puente-report-${cohortId}.csv`);
    assert.ok(readFileSync(await csv.path(), 'utf8').length > 0);

    // The matches table: filter by status, read a match's history.
    await lead.goto(`/cohorts/${cohortId}`);
    await lead.getByLabel('Show').selectOption({ label: 'Accepted' });
    await lead.getByText('1 match', { exact: true }).waitFor();
    await lead.locator('.data-table summary').first().click();
    assert.match(
      await lead.locator('.history').first().innerText(),
      /Proposed → Accepted · Marcus Maintainer/,
    );
    await lead.getByLabel('Show').selectOption({ label: 'Declined' });
    await lead.getByText('0 matches', { exact: true }).waitFor();
    await lead.getByLabel('Show').selectOption({ label: 'All statuses' });
    await lead.getByLabel('Find a person').fill('ana pé');
    await lead.getByText('1 match', { exact: true }).waitFor();
    await lead.getByLabel('Find a person').fill('nobody by that name');
    await lead.getByText('0 matches', { exact: true }).waitFor();
    await screenshot(lead, 'journey-lead-cohort-en-desktop');

    for (const page of [lead, mentee, mentor]) {
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  });
});

// A living cohort made through the API: a mentor with one accepted mentee (and a booked
// session) and one proposal still waiting.
async function livingCohort() {
  const lead = await leadToken();
  const createCohort = await openCohortViaApi(lead, `Cohorte viva ${Date.now()}`, 90);
  const cohortId = createCohort.id;
  const hours = [
    { day: 'MON', start: '09:00', end: '13:00' },
    { day: 'WED', start: '09:00', end: '13:00' },
  ];
  const person = peopleFactory({
    languages: ['EN', 'ES'],
    preferredLanguage: 'ES',
    timezone: 'America/Mexico_City',
    availability: hours,
    interests: ['python', 'open-data'],
    cohortId,
  });
  const mentor = await person('MENTOR', 'Sam Okafor', {
    expertise: ['packaging', 'testing'],
    capacity: 2,
    about: 'Maintainer of a data-packaging library.',
  });
  const first = await person('MENTEE', 'Valentina Ríos', {
    goals: ['first-contribution'],
    about: 'Bióloga, aprendiendo Python para analizar datos abiertos.',
  });
  await person('MENTEE', 'Diego Mora', { timezone: 'America/Bogota', goals: ['career'] });
  await call(
    'mutation($id: ID!) { runMatching(cohortId: $id, dryRun: false) { matchedCount } }',
    { id: cohortId },
    lead,
  );
  const { myMatches } = await call('{ myMatches { id mentee { displayName } } }', {}, mentor.token);
  const match = myMatches.find((m) => m.mentee.displayName === 'Valentina Ríos');
  await call(
    'mutation($id: ID!) { acceptMatch(matchId: $id) { id } }',
    { id: match.id },
    mentor.token,
  );
  const day = nextMonday('America/Mexico_City').toISODate();
  await call(
    `mutation($m: ID!, $l: String!) { scheduleSessionLocal(matchId: $m, localStart: $l,
      durationMinutes: 60, agenda: "Revisar el primer pull request") { id } }`,
    { m: match.id, l: `${day}T10:00` },
    first.token,
  );
  return { cohortId, lead, mentor: mentor.token, mentee: first.token };
}

describe('every phase-2 page', () => {
  let cohort;
  before(async () => {
    cohort = await livingCohort();
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
      test(`phase-2 pages in ${lang} at ${size} width pass axe`, async () => {
        const page = await newPage(browser, web.url, {
          locale,
          timezoneId: 'America/Mexico_City',
          viewport,
        });
        const visit = async (name, path, ready) => {
          await page.goto(path);
          await ready();
          await expectAccessible(page, `${name} (${lang}, ${size})`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          assert.ok(overflow <= 0, `${name} (${lang}, ${size}) scrolls sideways by ${overflow} px`);
          await screenshot(page, `${name}-${lang}-${size}`);
        };
        const as = async (token) => {
          await page.goto('/');
          await page.evaluate((t) => localStorage.setItem('puente.token', t), token);
        };

        await as(cohort.mentor);
        await visit('mentor-matches', '/matches', () =>
          page.locator('.match-card').nth(1).waitFor(),
        );
        await page.locator('.match-card details summary').first().click();
        await page
          .getByRole('button', { name: /Decline|Rechazar/ })
          .first()
          .click();
        // "Another reason" without a note: the message sits next to the note field.
        await page.getByRole('radio', { name: /Another reason|Otro motivo/ }).check();
        await page
          .getByRole('button', { name: /Decline this proposal|Rechazar esta propuesta/ })
          .click();
        await page.locator('.decline-form .field-error').waitFor();
        await expectAccessible(page, `mentor decline form with an error (${lang}, ${size})`);
        await screenshot(page, `mentor-decline-error-${lang}-${size}`);
        await visit('mentor-sessions', '/calendar', () =>
          page.locator('.session').first().waitFor(),
        );
        await visit('mentor-notifications', '/notifications', () =>
          page.locator('.notification').first().waitFor(),
        );

        await as(cohort.mentee);
        await visit('mentee-matches', '/matches', () => page.locator('.match-card').waitFor());
        // Ending early needs a reason, asked for next to its field (nothing is sent).
        await page.getByText(/Finish this mentorship|Terminar esta mentoría/).click();
        await page.getByRole('button', { name: /End it early|Terminarla antes/ }).click();
        await page.getByRole('button', { name: /End the mentorship|Terminar la mentoría/ }).click();
        await page.locator('.match-card .field-error').waitFor();
        await expectAccessible(page, `mentee ending early without a reason (${lang}, ${size})`);
        await visit('mentee-sessions', '/calendar', () =>
          page.locator('.session').first().waitFor(),
        );
        await page.locator('#date').fill('2001-01-01');
        await page.locator('#time').fill('10:00');
        await page.locator('.schedule-form button[type="submit"]').click();
        await page.locator('#date-error').waitFor();
        await expectAccessible(page, `schedule form with an error (${lang}, ${size})`);
        await screenshot(page, `mentee-schedule-error-${lang}-${size}`);
        await visit('mentee-notifications', '/notifications', () =>
          page.locator('.notification').first().waitFor(),
        );

        await as(cohort.lead);
        await visit('lead-cohorts', '/cohorts', () => page.locator('.data-table').waitFor());
        await visit('lead-cohort', `/cohorts/${cohort.cohortId}`, () =>
          page.locator('#matches-title ~ .table-scroll').waitFor(),
        );
        await page.locator('.data-table details summary').first().click();
        await expectAccessible(page, `lead cohort with a history open (${lang}, ${size})`);
        await visit('lead-report', `/cohorts/${cohort.cohortId}/report`, () =>
          page.locator('.chart').first().waitFor(),
        );
        // Every label in the page's language, the API's worded groups included.
        const byLanguage = await page
          .locator('figure', { hasText: /Mentees by language|Personas mentoreadas por idioma/ })
          .innerText();
        assert.match(byLanguage, lang === 'es' ? /Ambos/ : /Both/);
        const shared = await page
          .locator('figure', { hasText: /5 h or more|5 h o más/ })
          .innerText();
        assert.match(shared, lang === 'es' ? /menos de 1 h/ : /under 1 h/);
        await visit('lead-notifications', '/notifications', () =>
          page.locator('main h1').waitFor(),
        );
        assert.deepEqual(page.problems, []);
        await page.context().close();
      });
    }
  }
});

describe('invitation links', () => {
  test('the lead’s link signs a mentor up straight into the open cohort', async () => {
    const lead = await leadToken();
    const createCohort = await openCohortViaApi(lead, `Invitación ${Date.now()}`, 60);

    const page = await newPage(browser, web.url, {
      locale: 'en-US',
      timezoneId: 'Europe/Madrid',
      viewport: PHONE,
    });
    await page.goto('/');
    await page.evaluate((t) => localStorage.setItem('puente.token', t), lead);
    await page.goto(`/cohorts/${createCohort.id}`);
    const link = `/signup?role=mentor&cohort=${createCohort.id}`;
    await page.locator('.invite code', { hasText: link }).waitFor();
    await expectAccessible(page, 'lead cohort with invitation links (en, phone)');
    await page.evaluate(() => localStorage.removeItem('puente.token'));

    await page.goto(link);
    await heading(page, 'Create your account').waitFor();
    await page.getByText('You were invited to a cohort').waitFor();
    await page.getByLabel('Email').fill(uniqueEmail('invited'));
    await page.getByLabel('Password', { exact: true }).fill('a-long-maintainer-password');
    await page.getByLabel('Your name').fill('Inés Invitada');
    await dragCells(page, { day: 1, slot: 36 }, { day: 1, slot: 39 });
    await page.getByRole('checkbox', { name: 'Python' }).check();
    await page.getByRole('button', { name: 'Create my account' }).click();
    await heading(page, 'Hello, Inés Invitada').waitFor();
    const token = await page.evaluate(() => localStorage.getItem('puente.token'));
    const { cohorts } = await call('{ cohorts { id myMembership { role } } }', {}, token);
    assert.equal(cohorts.find((c) => c.id === createCohort.id)?.myMembership?.role, 'MENTOR');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('pairs needing a check-in', () => {
  test('the lead sees a pair that has not met three weeks after accepting', async () => {
    const lead = await leadToken();
    const createCohort = await openCohortViaApi(lead, `Silenciosa ${Date.now()}`, 90);
    const cohortId = createCohort.id;
    const person = peopleFactory({
      languages: ['ES'],
      preferredLanguage: 'ES',
      timezone: 'America/Lima',
      availability: [{ day: 'TUE', start: '17:00', end: '20:00' }],
      interests: ['r'],
      cohortId,
    });
    const mentor = await person('MENTOR', 'Rosa Quispe', { capacity: 1 });
    await person('MENTEE', 'Tomás Huamán');
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

    // Twenty-five days on, with no session booked, the pair needs a word from the lead.
    const later = DateTime.now().plus({ days: 25 }).toUTC();
    const context = await contextAt(later, lead, {
      locale: 'es-PE',
      timezoneId: 'America/Lima',
      viewport: DESKTOP,
    });
    const page = await context.newPage();
    await page.goto(`/cohorts/${cohortId}`);
    const checkIns = page.locator('section[aria-labelledby="checkins-title"]');
    await checkIns.getByText('Rosa Quispe · Tomás Huamán').waitFor();
    assert.match(await checkIns.innerText(), /hace 25 días/);
    await expectAccessible(page, 'lead cohort with a pair needing a check-in (es, desktop)');
    await screenshot(page, 'lead-check-ins-es-desktop');
    await context.close();
  });
});

describe('the product on one port', () => {
  test('the API server itself serves the client: log in, reload a deep link, download the CSV', async () => {
    const page = await newPage(browser, api.url, {
      locale: 'es-ES',
      timezoneId: 'Europe/Madrid',
      viewport: DESKTOP,
    });
    await logIn(page, LEAD.email, LEAD.password);
    // The lead's profile prefers English; the switch puts the page in Spanish.
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('link', { name: 'Cohortes', exact: true }).click();
    await heading(page, 'Cohortes').waitFor();
    const cohort = await openCohortViaApi(await leadToken(), `Un puerto ${Date.now()}`, 30);
    await page.goto(`/cohorts/${cohort.id}/report`);
    await page.reload();
    await heading(page, /^Informe: Un puerto/).waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar CSV' }).click(),
    ]);
    assert.equal(csv.suggestedFilename(), `puente-report-${cohort.id}.csv`);
    const text = readFileSync(await csv.path(), 'utf8');
    assert.ok(text.startsWith('\ufeff'), 'the CSV opens as UTF-8 in a spreadsheet');
    // In the page's language.
    assert.match(text, /^Propuestas hechas,0$/m);
    await expectAccessible(page, 'report served by the API server (es, desktop)');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('pair rules', () => {
  test('the lead keeps a proposed pair apart, runs again without it, then removes the rule', async () => {
    const lead = await leadToken();
    const cohort = await openCohortViaApi(lead, `Reglas ${Date.now()}`, 60);
    const person = peopleFactory({
      languages: ['EN', 'ES'],
      preferredLanguage: 'EN',
      timezone: 'Europe/Madrid',
      availability: [{ day: 'THU', start: '16:00', end: '19:00' }],
      interests: ['python'],
      cohortId: cohort.id,
    });
    await person('MENTOR', 'Olga Mentor', { capacity: 1 });
    await person('MENTOR', 'Pablo Mentor', { capacity: 1 });
    await person('MENTEE', 'Quim Mentee');
    await person('MENTEE', 'Rita Mentee');
    await person('MENTEE', 'Sara Mentee', {
      availability: [{ day: 'MON', start: '08:00', end: '09:00' }],
    });

    const page = await newPage(browser, web.url, {
      locale: 'en-GB',
      timezoneId: 'Europe/Madrid',
      viewport: PHONE,
    });
    await page.goto('/');
    await page.evaluate((t) => localStorage.setItem('puente.token', t), lead);
    await page.goto(`/cohorts/${cohort.id}`);
    await page.getByText('No pair rules yet.').waitFor();
    await page.getByRole('button', { name: 'Dry run', exact: true }).click();
    const first = page.locator('.run').first();
    await first.getByText('2 of 3').waitFor();
    await first.getByText('1 mentee left unmatched').click();
    await first.getByText('Sara Mentee: Not enough shared hours (0 compatible mentors)').waitFor();
    await first.getByText('2 proposed pairs').click();
    const pair = first.locator('.run-pair').first();
    const [mentor, mentee] = (await pair.locator('span').first().innerText())
      .match(/(\w+ Mentor).*?(\w+ Mentee)/)
      .slice(1);
    await page.getByRole('button', { name: `Keep apart: ${mentor} and ${mentee}` }).click();
    const rules = page.locator('.pair-rules');
    await rules.getByText(`Never together ${mentor} · ${mentee}`).waitFor();
    await first.getByText('The pair rules changed after this dry run').waitFor();
    assert.equal(await first.getByRole('button', { name: 'Publish dry run 1' }).isDisabled(), true);
    await expectAccessible(page, 'pair rules with a stale dry run (en, phone)');
    await screenshot(page, 'lead-pair-rules-en-phone');

    await page.getByRole('button', { name: 'Dry run', exact: true }).click();
    const second = page.locator('.run').nth(1);
    await second.getByText('2 of 3').waitFor();
    await second.getByText('2 proposed pairs').click();
    const pairs = await second.locator('.run-pair').allInnerTexts();
    assert.equal(pairs.length, 2);
    assert.ok(
      pairs.every((p) => !(p.includes(mentor) && p.includes(mentee))),
      `${mentor} and ${mentee} are kept apart: ${pairs.join(' / ')}`,
    );
    assert.equal(
      await second.getByRole('button', { name: 'Publish dry run 2' }).isDisabled(),
      false,
    );

    await page.getByRole('button', { name: `Remove the rule for ${mentor} and ${mentee}` }).click();
    await page.getByText('No pair rules yet.').waitFor();
    await second.getByText('The pair rules changed after this dry run').waitFor();

    // Sara shares no hours with anyone: the lead tries to keep her with Olga anyway, and
    // the next dry run says why it cannot.
    await second.getByText('1 mentee left unmatched').click();
    await second.getByText('Keep Sara Mentee with a mentor…').click();
    await second.getByLabel('Find a mentor by name').fill('olga');
    const choice = second.getByLabel('Mentor for Sara Mentee');
    await choice.locator('option', { hasText: 'Olga Mentor' }).waitFor({ state: 'attached' });
    await choice.locator('option', { hasText: 'Pablo Mentor' }).waitFor({ state: 'detached' });
    await second.locator('.pin-form').getByRole('button', { name: 'Keep together' }).click();
    await rules.getByText('Always together Olga Mentor · Sara Mentee').waitFor();
    await expectAccessible(page, 'pinning an unmatched mentee (en, phone)');
    await page.getByRole('button', { name: 'Dry run', exact: true }).click();
    await page.getByText('A pair kept together cannot be proposed').waitFor();
    await page
      .getByRole('button', { name: 'Remove the rule for Olga Mentor and Sara Mentee' })
      .click();
    await page.getByText('No pair rules yet.').waitFor();
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('cohort settings', () => {
  test('a wrong value is explained next to its field and saves nothing; a right one is kept', async () => {
    const lead = await leadToken();
    const name = `Ajustes ${Date.now()}`;
    const cohort = await openCohortViaApi(lead, name, 60);
    const expiry = async () =>
      (
        await call(
          'query($id: ID!) { cohort(id: $id) { expiryDays name } }',
          { id: cohort.id },
          lead,
        )
      ).cohort;
    const page = await newPage(browser, web.url, {
      locale: 'es-ES',
      timezoneId: 'Europe/Madrid',
      viewport: PHONE,
    });
    await page.goto('/');
    await page.evaluate((t) => localStorage.setItem('puente.token', t), lead);
    await page.goto(`/cohorts/${cohort.id}`);
    const days = page.getByLabel('Días para responder a una propuesta');
    await days.fill('99');
    await page.getByLabel('Nombre de la cohorte').fill('Ajustes nuevos');
    await page.getByRole('button', { name: 'Guardar ajustes' }).click();
    const field = page.locator('.field.has-error', { hasText: 'Días para responder' });
    await field.getByText('Usa un número de días entre 1 y 60.').waitFor();
    assert.equal(await days.getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'cohort settings with an error (es, phone)');
    await screenshot(page, 'lead-cohort-settings-error-es-phone');
    assert.deepEqual(await expiry(), { expiryDays: 7, name }, 'nothing was saved');

    await days.fill('14');
    await page.getByRole('button', { name: 'Guardar ajustes' }).click();
    await page.getByText('Guardado.').waitFor();
    assert.deepEqual(await expiry(), { expiryDays: 14, name: 'Ajustes nuevos' });
    await page.reload();
    await heading(page, 'Ajustes nuevos').waitFor();
    assert.equal(await page.getByLabel('Días para responder a una propuesta').inputValue(), '14');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
