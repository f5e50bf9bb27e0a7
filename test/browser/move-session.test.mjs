// Browser test of moving a booked session to a new time from the calendar page: the form
// opens on the session with its day, time and length filled in, shows the other person's
// local time as it changes, refuses a day outside the cohort next to the field, and once
// moved says so; the other person gets the new time by email with the updated invitation
// (the same event, a higher SEQUENCE). In both languages, at desktop and phone width,
// under axe. Run: node --test test/browser/move-session.test.mjs (after building).
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
import { programApi } from './support/program.mjs';
import { ROOT, startApi, startWeb } from './support/servers.mjs';

const { DateTime } = createRequire(join(ROOT, 'client/package.json'))('luxon');

const LEAD = {
  email: 'mora.lead@puente.test',
  name: 'Mora Lead',
  password: 'a-long-lead-password',
  timezone: 'America/Bogota',
};

let api;
let web;
let browser;
const { call, person, openCohort, matchAndAccept, dispatchMail } = programApi(() => api.url, LEAD);

const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI'];

// A mentor in Madrid and a mentee in Bogotá, accepted, with a session booked by the mentee
// for Tuesday next week at 12:00 in Bogotá (18:00 or 17:00 in Madrid, by the season).
async function bookedSession(mentorLanguage) {
  const cohort = await openCohort(`Horarios ${Date.now()}`, 40);
  const mentor = await person('MENTOR', 'Marta Ruiz', {
    cohortId: cohort.id,
    preferredLanguage: mentorLanguage,
    timezone: 'Europe/Madrid',
    availability: WEEKDAYS.map((day) => ({ day, start: '16:00', end: '21:00' })),
  });
  const mentee = await person('MENTEE', 'Diego Paz', {
    cohortId: cohort.id,
    timezone: 'America/Bogota',
    availability: WEEKDAYS.map((day) => ({ day, start: '10:00', end: '15:00' })),
  });
  const matchId = await matchAndAccept(cohort, mentor);
  const tuesday = DateTime.fromISO(cohort.startsOn, { zone: 'America/Bogota' })
    .plus({ weeks: 1 })
    .set({ weekday: 2 });
  const { scheduleSessionLocal } = await call(
    `mutation($m: ID!, $l: String!) {
      scheduleSessionLocal(matchId: $m, localStart: $l, durationMinutes: 60, agenda: "Revisar issues") { id } }`,
    { m: matchId, l: `${tuesday.toISODate()}T12:00` },
    mentee.token,
  );
  await dispatchMail();
  return { mentor, mentee, sessionId: scheduleSessionLocal.id, tuesday, cohort };
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

describe('moving a session', () => {
  test('the mentee moves it from the calendar; the mentor gets the update by email', async () => {
    const s = await bookedSession('EN');
    const page = await newPage(browser, web.url, { locale: 'es-MX', viewport: PHONE });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), s.mentee.token);
    await page.goto('/calendar');
    const card = page.locator('.session', { hasText: 'Revisar issues' });
    await card.getByRole('button', { name: 'Cambiar horario' }).click();
    const form = card.getByRole('form', { name: 'Un nuevo horario para esta sesión' });
    await form.waitFor();
    const day = form.getByLabel('Día', { exact: true });
    assert.equal(await day.inputValue(), s.tuesday.toISODate());
    assert.equal(await form.getByLabel('Hora de inicio').inputValue(), '12:00');
    assert.equal(await page.evaluate(() => document.activeElement?.type), 'date');

    // A day after the cohort is refused next to the field, and nothing moves.
    await day.fill(DateTime.fromISO(s.cohort.endsOn).plus({ days: 3 }).toISODate());
    await form.getByRole('button', { name: 'Cambiar la sesión' }).click();
    await form.getByText('Elige un día dentro de las fechas de la cohorte.').first().waitFor();
    await expectAccessible(page, 'move session, outside the cohort (es, phone)');

    // Thursday at 13:30 in Bogotá: the mentor's Madrid time shows as it is typed.
    const thursday = s.tuesday.plus({ days: 2 });
    await day.fill(thursday.toISODate());
    // The stale error goes as soon as the day changes.
    assert.equal(
      await form.getByText('Elige un día dentro de las fechas de la cohorte.').count(),
      0,
    );
    await form.getByLabel('Hora de inicio').fill('13:30');
    // es-MX writes a 12-hour clock ("7:30 p.m.").
    const madrid = thursday.set({ hour: 13, minute: 30 }).setZone('Europe/Madrid').toFormat('h:mm');
    await form
      .getByText(new RegExp(`Para Marta Ruiz: jueves.*\\b${madrid}.*\\(Europe/Madrid\\)`))
      .waitFor();
    await form.getByRole('button', { name: 'Cambiar la sesión' }).click();
    await card
      .getByText('La sesión tiene un nuevo horario. Le avisamos a Marta Ruiz', { exact: false })
      .waitFor();
    await expectAccessible(page, 'session moved (es, phone)');
    await screenshot(page, 'move-session-done-es-phone');
    assert.match(await card.innerText(), /jueves.*\b1:30/);

    // The mentor: an email in English, with the same calendar event at a higher SEQUENCE.
    await dispatchMail();
    const box = (await (await fetch(`${api.url}/dev/mailbox`)).json()).messages;
    const mail = box.find((m) => m.to.includes(s.mentor.email) && /new time/i.test(m.subject));
    assert.ok(mail, `the mentor is told: ${JSON.stringify(box.map((m) => [m.to, m.subject]))}`);
    const { mySessions } = await call('{ mySessions { id startsAt } }', {}, s.mentor.token);
    assert.deepEqual(mySessions, [
      { id: s.sessionId, startsAt: thursday.set({ hour: 13, minute: 30 }).toUTC().toISO() },
    ]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('the form in English at desktop width, and Keep the time closes it unchanged', async () => {
    const s = await bookedSession('EN');
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), s.mentor.token);
    await page.goto('/calendar');
    const card = page.locator('.session', { hasText: 'Revisar issues' });
    await card.getByRole('button', { name: 'Move' }).click();
    const form = card.getByRole('form', { name: 'A new time for this session' });
    await form.getByText(/For Diego Paz: .*12:00\s?PM \(America\/Bogota\)/).waitFor();
    await expectAccessible(page, 'move session form (en, desktop)');
    await screenshot(page, 'move-session-form-en-desktop');
    await form.getByRole('button', { name: 'Keep the time' }).click();
    await card.getByRole('button', { name: 'Move' }).waitFor();

    // The mentee's weekly hours on the matches page: in the mentor's Madrid time first,
    // Diego's Bogotá time beside it (10:00 there is 16:00 in Madrid in December).
    await page.goto('/matches');
    await page.locator('summary', { hasText: 'Diego Paz' }).click();
    const hours = page.locator('.window-summary', { hasText: 'The hours of Diego Paz' });
    await hours.waitFor();
    const header = await hours.locator('thead').innerText();
    assert.match(header, /Your time \(Europe\/Madrid\)/);
    assert.match(header, /Time of Diego Paz \(America\/Bogota\)/);
    const firstRow = await hours.locator('tbody tr').first().innerText();
    assert.match(firstRow, /Mon 4:00\s?PM.9:00\s?PM\s+Monday 10:00\s?AM.3:00\s?PM/);
    await expectAccessible(page, "matches, the mentee's hours in the mentor's time (en, desktop)");
    const { mySessions } = await call('{ mySessions { id status } }', {}, s.mentor.token);
    assert.deepEqual(mySessions, [{ id: s.sessionId, status: 'SCHEDULED' }]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
