// Browser tests of the web client: real Chromium, the built client, the real API on an
// in-memory database. Run: node --test test/browser/ (after building server and client).
// PUENTE_URL=http://host:port runs them against a server that serves both instead.
import assert from 'node:assert/strict';
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
import { graphql, signUpViaApi, startApi, startWeb } from './support/servers.mjs';

let api;
let web;
let browser;
let counter = 0;
const uniqueEmail = (name) => `${name}.${Date.now()}.${++counter}@puente.test`;

const ME = `{ me { displayName role email languages preferredLanguage timezone
  availability { day start end } interests goals expertise capacity about underrepresented } }`;

const tokenOf = (page) => page.evaluate(() => localStorage.getItem('puente.token'));

async function meOf(page) {
  const token = await tokenOf(page);
  assert.ok(token, 'a token is stored after signing up or logging in');
  const body = await graphql(api.url, ME, {}, token);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data.me;
}

const heading = (page, name) => page.getByRole('heading', { level: 1, name });

function menteeInput(overrides = {}) {
  return {
    email: uniqueEmail('mentee'),
    password: 'una-clave-larga',
    displayName: 'Rosa Quispe',
    role: 'MENTEE',
    languages: ['ES'],
    preferredLanguage: 'ES',
    timezone: 'America/Lima',
    availability: [{ day: 'TUE', start: '19:00', end: '21:00' }],
    interests: ['ecology', 'r'],
    goals: ['first-contribution'],
    ...overrides,
  };
}

before(async () => {
  if (process.env.PUENTE_URL) {
    // A server that already serves both the client and the API on one origin.
    const url = process.env.PUENTE_URL.replace(/\/$/, '');
    api = { url, stop: async () => {} };
    web = { url, stop: async () => {} };
  } else {
    api = await startApi();
    web = await startWeb({ apiUrl: api.url });
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
});

describe('sign-up', () => {
  test('a mentee signs up in Spanish on a phone, drags her hours, searches her zone and sees her profile', async () => {
    const page = await newPage(browser, web.url, {
      locale: 'en-US',
      timezoneId: 'Europe/Madrid',
      viewport: PHONE,
    });
    const email = uniqueEmail('ana');

    await page.goto('/');
    await heading(page, 'Find your bridge into open science').waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await heading(page, 'Encuentra tu puente hacia la ciencia abierta').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'es');

    await page.getByRole('link', { name: /Buscar mentoría/ }).click();
    await heading(page, 'Crea tu cuenta').waitFor();
    assert.ok(await page.getByRole('radio', { name: /Recibir mentoría/ }).isChecked());

    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña', { exact: true }).fill('una-clave-bien-larga');
    await page.getByLabel('Tu nombre').fill('Ana Pérez');
    assert.ok(await page.getByRole('checkbox', { name: 'Español' }).isChecked());
    await page.getByRole('checkbox', { name: 'Inglés' }).check();
    await page.getByRole('radio', { name: 'Español' }).check();

    // The time zone starts at the device's and is found by searching.
    const zone = page.getByRole('combobox', { name: 'Zona horaria' });
    assert.equal(await zone.inputValue(), 'Europe/Madrid');
    await zone.click();
    await zone.fill('bogotá');
    await page
      .getByRole('option', { name: /Bogota/ })
      .first()
      .click();
    assert.equal(await zone.inputValue(), 'America/Bogota');

    // Monday to Wednesday, 18:00–20:00, in one drag across the grid.
    await dragCells(page, { day: 0, slot: 36 }, { day: 2, slot: 39 });
    assert.equal(await page.locator('.avail-grid [aria-selected="true"]').count(), 12);
    const rows = page.locator('.windows-table tbody tr');
    assert.equal(await rows.count(), 3);
    const first = await rows.first().innerText();
    assert.match(first, /lunes 18:00–20:00/i);
    assert.match(first, /lun.*23:00.*mar.*1:00/i, 'Bogotá 18:00 is 23:00 UTC');

    await page.getByRole('checkbox', { name: 'Ciencia de datos' }).check();
    await page.getByRole('checkbox', { name: 'Datos abiertos' }).check();
    await page.getByLabel('Añadir otro interés').fill('Divulgación científica');
    await page.getByLabel('Añadir otro interés').press('Enter');
    assert.ok(await page.getByRole('checkbox', { name: 'divulgacion-cientifica' }).isChecked());
    await page.getByRole('checkbox', { name: 'Hacer una primera contribución' }).check();
    await page.getByLabel(/Unas palabras sobre ti/).fill('Estudio ecología en Bogotá y uso R.');
    await page.getByRole('radio', { name: 'Sí' }).check();
    await expectAccessible(page, 'sign-up form filled in (es, phone)');
    await screenshot(page, 'journey-signup-mentee-filled-es-phone');

    await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
    await heading(page, 'Hola, Ana Pérez').waitFor();
    // Not in a cohort yet: the open ones to join, or that none is open (by the server's state).
    await page
      .getByText(
        /Todavía no estás en una cohorte\.|Ahora no hay cohortes abiertas a inscripciones\./,
      )
      .waitFor();
    await expectAccessible(page, 'mentee dashboard (es, phone)');
    await screenshot(page, 'journey-dashboard-mentee-es-phone');

    const me = await meOf(page);
    assert.deepEqual(
      {
        role: me.role,
        email: me.email,
        timezone: me.timezone,
        languages: me.languages,
        preferredLanguage: me.preferredLanguage,
        availability: me.availability,
        interests: me.interests,
        goals: me.goals,
        underrepresented: me.underrepresented,
      },
      {
        role: 'MENTEE',
        email,
        timezone: 'America/Bogota',
        languages: ['EN', 'ES'],
        preferredLanguage: 'ES',
        availability: [
          { day: 'MON', start: '18:00', end: '20:00' },
          { day: 'TUE', start: '18:00', end: '20:00' },
          { day: 'WED', start: '18:00', end: '20:00' },
        ],
        interests: ['data-science', 'open-data', 'divulgacion-cientifica'],
        goals: ['first-contribution'],
        underrepresented: true,
      },
    );

    await page.getByRole('link', { name: 'Mi perfil' }).click();
    await heading(page, 'Mi perfil').waitFor();
    const profile = await page.locator('main').innerText();
    for (const text of [
      'Ana Pérez',
      'America/Bogota',
      'Ciencia de datos',
      'divulgacion-cientifica',
      'Solo tú puedes verlo',
    ]) {
      assert.ok(profile.includes(text), `the profile shows ${text}`);
    }
    await expectAccessible(page, 'profile (es, phone)');

    // Edit with the same form: a new name and one more weekly window.
    await page.getByRole('button', { name: 'Editar perfil' }).click();
    await heading(page, 'Edita tu perfil').waitFor();
    await page.getByLabel('Tu nombre').fill('Ana P.');
    await page.getByLabel('Día', { exact: true }).selectOption({ label: 'sábado' });
    await page.getByLabel('Desde').selectOption({ label: '10:00' });
    await page.getByLabel('Hasta').selectOption({ label: '12:00' });
    await page.getByRole('button', { name: 'Añadir horas' }).click();
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByText('Tu perfil se guardó.').waitFor();
    await heading(page, 'Mi perfil').waitFor();
    const edited = await meOf(page);
    assert.equal(edited.displayName, 'Ana P.');
    assert.deepEqual(edited.availability.at(-1), { day: 'SAT', start: '10:00', end: '12:00' });

    // The language choice and the session survive a reload; logging out forgets the token.
    await page.reload();
    await heading(page, 'Mi perfil').waitFor();
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await heading(page, 'Encuentra tu puente hacia la ciencia abierta').waitFor();
    assert.equal(await tokenOf(page), null);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a mentor signs up in English, marking hours with the keyboard', async () => {
    const page = await newPage(browser, web.url, {
      locale: 'en-US',
      timezoneId: 'America/New_York',
      viewport: DESKTOP,
    });
    const email = uniqueEmail('marcus');
    await page.goto('/');
    await page.getByRole('link', { name: /Become a mentor/ }).click();
    await heading(page, 'Create your account').waitFor();
    assert.ok(await page.getByRole('radio', { name: /Be a mentor/ }).isChecked());

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('a-long-maintainer-password');
    await page.getByLabel('Your name').fill('Marcus Maintainer');
    assert.equal(
      await page.getByRole('combobox', { name: 'Time zone' }).inputValue(),
      'America/New_York',
    );

    // Keyboard: Space marks Monday 9:00, Shift+Down marks while moving, Right then Enter.
    const start = page.locator('.avail-grid [tabindex="0"]');
    assert.equal(await start.getAttribute('aria-label'), 'Monday, 9:00 AM to 9:30 AM');
    await start.focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+ArrowDown');
    }
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert.equal(focused, 'Tuesday, 10:30 AM to 11:00 AM');

    // The plain form beside the grid adds Saturday morning.
    await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Saturday' });
    await page.getByLabel('From').selectOption({ label: '10:00 AM' });
    await page.getByLabel('To', { exact: true }).selectOption({ label: '12:00 PM' });
    await page.getByRole('button', { name: 'Add hours' }).click();
    await page.getByText('3 windows, 4.5 hours a week').waitFor();

    await page.getByRole('checkbox', { name: 'Python' }).check();
    await page.getByRole('checkbox', { name: 'Research software' }).check();
    const expertise = page.getByRole('group', { name: /What can you help with/ });
    await expertise.getByRole('checkbox', { name: 'Packaging' }).check();
    await expertise.getByRole('checkbox', { name: 'Code review' }).check();
    await page.getByLabel('How many mentees can you take at once?').selectOption('3');
    await expectAccessible(page, 'mentor sign-up form (en, desktop)');
    await screenshot(page, 'journey-signup-mentor-filled-en-desktop');

    await page.getByRole('button', { name: 'Create my account' }).click();
    await heading(page, 'Hello, Marcus Maintainer').waitFor();
    await page
      .getByText(/You are not in a cohort yet\.|No cohort is taking sign-ups right now\./)
      .waitFor();
    await expectAccessible(page, 'mentor dashboard (en, desktop)');

    const me = await meOf(page);
    assert.equal(me.role, 'MENTOR');
    assert.equal(me.timezone, 'America/New_York');
    assert.equal(me.capacity, 3);
    assert.equal(me.underrepresented, null);
    assert.deepEqual(me.languages, ['EN']);
    assert.deepEqual(me.interests, ['python', 'research-software']);
    assert.deepEqual(me.expertise, ['packaging', 'code-review']);
    assert.deepEqual(me.availability, [
      { day: 'MON', start: '09:00', end: '11:00' },
      { day: 'TUE', start: '10:30', end: '11:00' },
      { day: 'SAT', start: '10:00', end: '12:00' },
    ]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a taken email is shown next to the email field, in the page language', async () => {
    const existing = menteeInput();
    await signUpViaApi(api.url, existing);
    // A Spanish browser gets Spanish without touching the switch.
    const page = await newPage(browser, web.url, {
      locale: 'es-ES',
      timezoneId: 'Europe/Madrid',
      viewport: PHONE,
    });
    await page.goto('/signup');
    await heading(page, 'Crea tu cuenta').waitFor();
    await page.getByLabel('Correo electrónico').fill(existing.email.toUpperCase());
    await page.getByLabel('Contraseña', { exact: true }).fill('otra-clave-larga');
    await page.getByLabel('Tu nombre').fill('Rosa Q.');
    await page.getByRole('button', { name: 'Añadir horas' }).click();
    await page.getByRole('checkbox', { name: 'Python' }).check();
    await page.getByRole('button', { name: 'Crear mi cuenta' }).click();

    const error = page.locator('#email-error');
    await error.waitFor();
    assert.match(await error.innerText(), /Ya existe una cuenta con este correo/);
    const email = page.getByLabel('Correo electrónico');
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    assert.match(await email.getAttribute('aria-describedby'), /email-error/);
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Correo electrónico: Ya existe una cuenta/ })
      .waitFor();
    await expectAccessible(page, 'sign-up with a taken email (es, phone)');
    await screenshot(page, 'journey-signup-email-taken-es-phone');

    // The message follows the language switch, and a link leads to logging in instead.
    await page.getByRole('button', { name: 'English' }).click();
    assert.match(await error.innerText(), /An account with this email already exists/);
    await page.getByRole('link', { name: 'Log in with this email' }).click();
    await heading(page, 'Log in').waitFor();
    assert.equal(await page.getByLabel('Email').inputValue(), existing.email.toUpperCase());
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('missing answers are listed and marked before anything is sent', async () => {
    const page = await newPage(browser, web.url, { locale: 'en-GB', viewport: DESKTOP });
    await page.goto('/signup?role=mentor');
    await page.getByRole('button', { name: 'Create my account' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    for (const text of [
      'Email:',
      'Password:',
      'Your name:',
      'When are you free each week?:',
      'Interests:',
    ]) {
      assert.ok((await summary.innerText()).includes(text), `the summary lists ${text}`);
    }
    await page.waitForFunction(() => document.activeElement?.className === 'error-summary');
    await page.getByRole('link', { name: /^Email:/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'email');
    await expectAccessible(page, 'sign-up with missing answers (en, desktop)');
    await page.context().close();
  });
});

describe('touch screens', () => {
  test('a tap marks one cell and a time zone is picked by tapping', async () => {
    const context = await browser.newContext({
      baseURL: web.url,
      locale: 'es-CO',
      timezoneId: 'America/Bogota',
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto('/signup');
    const cell = page.locator('.avail-grid [data-day="4"][data-slot="20"]');
    await cell.scrollIntoViewIfNeeded();
    await cell.tap();
    assert.equal(await cell.getAttribute('aria-selected'), 'true');
    assert.match(await page.locator('.windows-table tbody').innerText(), /viernes 10:00.*10:30/i);
    await cell.tap();
    assert.equal(await cell.getAttribute('aria-selected'), 'false');

    const zone = page.getByRole('combobox', { name: 'Zona horaria' });
    assert.equal(await zone.inputValue(), 'America/Bogota');
    await zone.tap();
    await zone.fill('ciudad de mexico');
    await page
      .getByRole('option', { name: /Mexico City/ })
      .first()
      .tap();
    assert.equal(await zone.inputValue(), 'America/Mexico_City');
    await context.close();
  });
});

describe('login', () => {
  test('a wrong password shows the error beside the form; the right one logs in', async () => {
    const account = menteeInput({ displayName: 'Lena Ortiz' });
    await signUpViaApi(api.url, account);
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });
    await page.goto('/login');
    await heading(page, 'Log in').waitFor();
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).last().click();
    const error = page.locator('#login-error');
    await error.waitFor();
    assert.match(await error.innerText(), /The email or the password is not right/);
    await page.waitForFunction(() => document.activeElement?.id === 'login-error');
    await expectAccessible(page, 'login with a wrong password (en, desktop)');
    await screenshot(page, 'journey-login-wrong-password-en-desktop');

    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Log in' }).last().click();
    // Nobody chose a language on this browser, so the profile's preferred one applies.
    await heading(page, 'Hola, Lena Ortiz').waitFor();
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a logged-out visit to the profile goes through login and back', async () => {
    const account = menteeInput({ displayName: 'Tomás', preferredLanguage: 'ES' });
    await signUpViaApi(api.url, account);
    const page = await newPage(browser, web.url, { locale: 'es-MX', viewport: PHONE });
    await page.goto('/profile');
    await heading(page, 'Iniciar sesión').waitFor();
    await page.getByLabel('Correo electrónico').fill(account.email);
    await page.getByLabel('Contraseña').fill(account.password);
    await page.getByRole('button', { name: 'Iniciar sesión' }).last().click();
    await heading(page, 'Mi perfil').waitFor();
    assert.match(page.url(), /\/profile$/);
    await page.context().close();
  });
});

// Every page, in both languages, at desktop and phone width: an axe check and a screenshot.
describe('every page', () => {
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
      test(`pages in ${lang} at ${size} width pass axe`, async () => {
        const page = await newPage(browser, web.url, {
          locale,
          timezoneId: 'America/Mexico_City',
          viewport,
        });
        const visit = async (name, path, ready) => {
          if (path) {
            await page.goto(path);
          }
          await ready();
          await expectAccessible(page, `${name} (${lang}, ${size})`);
          await screenshot(page, `${name}-${lang}-${size}`);
        };
        const h1 = () => page.locator('main h1').waitFor();

        await visit('landing', '/', h1);
        await visit('login', '/login', h1);
        await visit('signup-mentee', '/signup?role=mentee', () =>
          page.locator('.avail-grid').waitFor(),
        );
        await visit('signup-mentor', '/signup?role=mentor', () =>
          page.locator('.avail-grid').waitFor(),
        );
        await visit('not-found', '/no-such-page', h1);

        // The time zone list open over the form.
        await page.goto('/signup');
        const zone = page.locator('#timezone');
        await zone.click();
        await zone.fill('america');
        await visit('signup-timezone-search', null, () =>
          page.getByRole('option').first().waitFor(),
        );

        for (const role of ['MENTEE', 'MENTOR']) {
          const account = menteeInput({
            role,
            displayName: role === 'MENTEE' ? 'Valentina Ríos' : 'Sam Okafor',
            languages: ['EN', 'ES'],
            preferredLanguage: lang === 'es' ? 'ES' : 'EN',
            timezone: 'America/Mexico_City',
            availability: [
              { day: 'MON', start: '18:00', end: '20:00' },
              { day: 'THU', start: '07:30', end: '09:00' },
            ],
            ...(role === 'MENTOR'
              ? { goals: undefined, expertise: ['packaging', 'testing'], capacity: 2 }
              : { about: 'Bióloga, aprendiendo Python para analizar datos abiertos.' }),
            underrepresented: role === 'MENTEE' ? true : undefined,
          });
          const { token } = await signUpViaApi(api.url, account);
          await page.evaluate((t) => localStorage.setItem('puente.token', t), token);
          const who = role.toLowerCase();
          await visit(`dashboard-${who}`, '/', () => page.locator('.status-card').waitFor());
          await visit(`profile-${who}`, '/profile', () => page.locator('.facts').waitFor());
          await page.locator('.page-actions button').click();
          await visit(`profile-edit-${who}`, null, () => page.locator('.avail-grid').waitFor());
          await page.evaluate(() => localStorage.removeItem('puente.token'));
        }
        assert.deepEqual(page.problems, []);
        await page.context().close();
      });
    }
  }
});
