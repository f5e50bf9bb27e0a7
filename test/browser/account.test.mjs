// Browser tests of the account emails: confirming an address (the banner, the link, a new
// link on request and its throttle) and choosing a new password (forgot, reset, log in
// again), with bad links, then every page of these in both languages at desktop and phone
// width under axe. Mail goes to the test server's development mailbox (no SMTP_URL): the
// scheduler's test hook sends the outbox, GET /dev/mailbox lists what was sent.
// Run: node --test test/browser/account.test.mjs (after building server and client).
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
import {
  graphql,
  mailedLink as mailedLinkOf,
  signUpViaApi,
  startApi,
  startWeb,
} from './support/servers.mjs';

let api;
let web;
let browser;
let counter = 0;
const uniqueEmail = (name) => `${name}.${Date.now()}.${++counter}@puente.test`;
const heading = (page, name) => page.getByRole('heading', { level: 1, name });
const tokenOf = (page) => page.evaluate(() => localStorage.getItem('puente.token'));
const banner = (page, name) => page.getByRole('region', { name });

function person(overrides = {}) {
  return {
    email: uniqueEmail('rosa'),
    password: 'una-clave-larga',
    displayName: 'Rosa Quispe',
    role: 'MENTEE',
    languages: ['EN', 'ES'],
    preferredLanguage: 'ES',
    timezone: 'America/Lima',
    availability: [{ day: 'TUE', start: '19:00', end: '21:00' }],
    interests: ['ecology', 'r'],
    goals: ['first-contribution'],
    ...overrides,
  };
}

const mailedLink = (address, pagePath) => mailedLinkOf(api.url, address, pagePath);

async function mailsTo(address) {
  await fetch(`${api.url}/test/jobs/mailDispatch`, { method: 'POST' });
  const box = await (await fetch(`${api.url}/dev/mailbox`)).json();
  return box.messages.filter((m) => m.to.includes(address));
}

async function loginViaApi(email, password) {
  return graphql(
    api.url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
}

async function emailVerified(token) {
  const body = await graphql(api.url, '{ me { emailVerified } }', {}, token);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data.me.emailVerified;
}

before(async () => {
  api = await startApi();
  web = await startWeb({ apiUrl: api.url });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
});

describe('confirming an email address', () => {
  test('a mentee signs up, sees the banner, asks again, opens the newest link and the banner goes', async () => {
    const page = await newPage(browser, web.url, {
      locale: 'en-US',
      timezoneId: 'America/Lima',
      viewport: DESKTOP,
    });
    const email = uniqueEmail('valeria');

    await page.goto('/signup?role=mentee');
    await heading(page, 'Create your account').waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
    await page.getByLabel('Your name').fill('Valeria Mendoza');
    await dragCells(page, { day: 1, slot: 38 }, { day: 1, slot: 41 });
    await page.getByRole('checkbox', { name: 'Python' }).check();
    await page.getByRole('checkbox', { name: 'Research software' }).check();
    await page.getByRole('checkbox', { name: 'Making a first contribution' }).check();
    await page.getByRole('button', { name: 'Create my account' }).click();
    await heading(page, 'Hello, Valeria Mendoza').waitFor();

    const unconfirmed = banner(page, 'Email confirmation');
    await unconfirmed.waitFor();
    assert.match(
      await unconfirmed.innerText(),
      new RegExp(`Confirm your email address: we sent a link to ${email.replace(/\./g, '\\.')}`),
    );
    await expectAccessible(page, 'dashboard with the confirmation banner (en, desktop)');

    // The first link arrived; a second one is asked for from the banner, and said so.
    const first = await mailedLink(email, '/verify-email');
    await unconfirmed.getByRole('button', { name: 'Send it again' }).click();
    await unconfirmed.getByText(`We sent a new link to ${email}.`).waitFor();
    const second = await mailedLink(email, '/verify-email');
    assert.notEqual(second.path, first.path, 'the banner sent a new link');

    await page.goto(second.path);
    await heading(page, 'Your email address is confirmed').waitFor();
    assert.equal(await banner(page, 'Email confirmation').count(), 0);
    // The heading takes the focus, so the outcome is read out.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    await expectAccessible(page, 'email confirmed (en, desktop)');
    assert.equal(await emailVerified(await tokenOf(page)), true);

    // Back home, no banner; an older link opened now only says the address is confirmed.
    await page.getByRole('link', { name: 'Go to your home page' }).click();
    await heading(page, 'Hello, Valeria Mendoza').waitFor();
    assert.equal(await banner(page, 'Email confirmation').count(), 0);
    await page.goto(first.path);
    await heading(page, 'Your email address is confirmed').waitFor();
    assert.equal(await banner(page, 'Email confirmation').count(), 0);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('asking again too often is refused with how long to wait, in the page language', async () => {
    const account = person({ email: uniqueEmail('tomas'), displayName: 'Tomás Ruiz' });
    const { token } = await signUpViaApi(api.url, account);
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: PHONE });
    await page.addInitScript((t) => localStorage.setItem('puente.token', t), token);
    await page.goto('/');
    const unconfirmed = banner(page, 'Email confirmation');
    await unconfirmed.waitFor();

    // The throttle counts requests per address; keep asking until it answers.
    const again = unconfirmed.getByRole('button', { name: 'Send it again' });
    const refused = unconfirmed.getByText(/Try again in \d+ minutes?\./);
    const answered = () =>
      page.waitForResponse(
        (r) =>
          r.url().endsWith('/graphql') && !!r.request().postData()?.includes('resendVerification'),
      );
    for (let i = 0; i < 12 && (await refused.count()) === 0; i++) {
      await Promise.all([answered(), again.click()]);
      await unconfirmed.locator('.resend-result p').waitFor();
    }
    await refused.waitFor();
    await expectAccessible(page, 'confirmation banner, throttled (en, phone)');

    await page.getByRole('button', { name: 'Español' }).click();
    const esBanner = banner(page, 'Confirmación del correo electrónico');
    await esBanner.getByText(/Vuelve a intentarlo en \d+ minutos?\./).waitFor();
    await screenshot(page, 'account-banner-throttled-es-phone');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('bad links say what is wrong; a logged-in person can ask for a new one there', async () => {
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });

    for (const path of ['/verify-email?token=not-a-real-token', '/verify-email']) {
      await page.goto(path);
      await heading(page, "This confirmation link doesn't work").waitFor();
      await page.getByText('This link is not valid.', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Log in to get a new link' }).waitFor();
    }

    // An expired link: the API is told it is three days later.
    const account = person({ email: uniqueEmail('ines'), displayName: 'Inés Ríos' });
    const { token } = await signUpViaApi(api.url, account);
    const { path } = await mailedLink(account.email, '/verify-email');
    const later = new Date(Date.now() + 3 * 24 * 60 * 60_000).toISOString();
    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('verifyEmail(')
        ? route.continue({
            headers: { ...route.request().headers(), 'x-puente-test-now': later },
          })
        : route.continue(),
    );
    await page.evaluate((t) => localStorage.setItem('puente.token', t), token);
    await page.goto(path);
    await heading(page, "This confirmation link doesn't work").waitFor();
    await page.getByText('This link has expired. Ask for a new one.').waitFor();
    await page.getByText(`We can send a new link to ${account.email}.`).waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Send me a new link' }).click();
    await page.getByText(`We sent a new link to ${account.email}.`).waitFor();
    await expectAccessible(page, 'expired confirmation link, logged in (en, desktop)');

    // The new link works (the clock is today again).
    const fresh = await mailedLink(account.email, '/verify-email');
    assert.notEqual(fresh.path, path);
    await page.goto(fresh.path);
    await heading(page, 'Your email address is confirmed').waitFor();
    assert.equal(await emailVerified(token), true);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('choosing a new password', () => {
  test('forgot, reset from the email, every session ends, log in with the new password (es, phone)', async () => {
    const account = person({ email: uniqueEmail('lucia'), displayName: 'Lucía Torres' });
    await signUpViaApi(api.url, account);
    // Another device where Lucía is logged in: its session ends with the change.
    const elsewhere = (await loginViaApi(account.email, account.password)).data.login.token;

    const page = await newPage(browser, web.url, { locale: 'es-MX', viewport: PHONE });
    await page.goto('/login');
    await heading(page, 'Iniciar sesión').waitFor();
    await page.locator('#email').fill(account.email);
    await page.getByRole('link', { name: '¿Olvidaste tu contraseña?' }).click();
    await heading(page, '¿Olvidaste tu contraseña?').waitFor();
    assert.equal(await page.locator('#email').inputValue(), account.email);
    await page.getByRole('button', { name: 'Enviarme un enlace' }).click();
    await heading(page, 'Revisa tu correo').waitFor();
    await page
      .getByText(
        `Si hay una cuenta con la dirección ${account.email}, le enviamos un enlace para elegir una contraseña nueva. El enlace es válido durante 60 minutos.`,
      )
      .waitFor();

    // An address without an account gets the very same answer, and no email.
    const nobody = uniqueEmail('nadie');
    await page.getByRole('button', { name: 'Usar otra dirección' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'email');
    await page.locator('#email').fill(nobody);
    await page.getByRole('button', { name: 'Enviarme un enlace' }).click();
    await heading(page, 'Revisa tu correo').waitFor();
    await page.getByText(`Si hay una cuenta con la dirección ${nobody}`).waitFor();
    assert.deepEqual(await mailsTo(nobody), []);

    // Lucía is logged in on this phone too when she opens the link.
    const { path } = await mailedLink(account.email, '/reset-password');
    await page.goto('/login');
    await page.locator('#email').fill(account.email);
    await page.locator('#password').fill(account.password);
    await page.locator('form button[type="submit"]').click();
    await heading(page, 'Hola, Lucía Torres').waitFor();

    await page.goto(path);
    await heading(page, 'Elige una contraseña nueva').waitFor();
    // The two passwords must match: the summary says so and leads to the field.
    await page.getByLabel('Contraseña nueva', { exact: true }).fill('otra-clave-nueva-y-larga');
    await page.getByLabel('Escribe de nuevo la contraseña nueva').fill('otra-clave-distinta');
    await page.getByRole('button', { name: 'Cambiar mi contraseña' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Revisa estas respuestas:' });
    await summary.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
    await summary
      .getByRole('link', {
        name: 'Escribe de nuevo la contraseña nueva: Escribe la misma contraseña en los dos campos.',
      })
      .click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'confirmPassword');
    await expectAccessible(page, 'new password, passwords differ (es, phone)');
    await screenshot(page, 'account-reset-mismatch-es-phone');

    // A field error from the API shows in the summary and at the field, like at sign-up.
    let refusedOnce = false;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON();
      if (!refusedOnce && body?.query?.includes('resetPassword')) {
        refusedOnce = true;
        await route.fulfill({
          json: {
            data: null,
            errors: [
              {
                message: 'newPassword is too weak',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'INVALID_INPUT',
                  field: 'newPassword',
                },
              },
            ],
          },
        });
        return;
      }
      await route.continue();
    });
    await page.getByLabel('Escribe de nuevo la contraseña nueva').fill('otra-clave-nueva-y-larga');
    await page.getByRole('button', { name: 'Cambiar mi contraseña' }).click();
    await summary
      .getByRole('link', { name: /^Contraseña nueva: Usa al menos \d+ caracteres/ })
      .waitFor();
    await page.locator('#newPassword-error').waitFor();
    await page.unroute('**/graphql');

    await page.getByRole('button', { name: 'Cambiar mi contraseña' }).click();
    await heading(page, 'Se cambió tu contraseña').waitFor();
    await page
      .getByText('Por seguridad, cerramos todas las sesiones de tu cuenta', { exact: false })
      .waitFor();
    assert.equal(await tokenOf(page), null, 'this browser is logged out');
    await page.getByRole('navigation').getByRole('link', { name: 'Iniciar sesión' }).waitFor();
    await expectAccessible(page, 'password changed (es, phone)');
    const other = await graphql(api.url, '{ me { id } }', {}, elsewhere);
    assert.equal(other.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');

    // Log in with the new password; the old one no longer works.
    await page.getByRole('main').getByRole('link', { name: 'Iniciar sesión' }).click();
    await heading(page, 'Iniciar sesión').waitFor();
    await page.locator('#email').fill(account.email);
    await page.locator('#password').fill('otra-clave-nueva-y-larga');
    await page.locator('form button[type="submit"]').click();
    await heading(page, 'Hola, Lucía Torres').waitFor();
    const old = await loginViaApi(account.email, account.password);
    assert.equal(old.errors?.[0]?.extensions?.reason, 'BAD_CREDENTIALS');

    // The link works once.
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.goto(path);
    await page.getByLabel('Contraseña nueva', { exact: true }).fill('una-tercera-clave-larga');
    await page.getByLabel('Escribe de nuevo la contraseña nueva').fill('una-tercera-clave-larga');
    await page.getByRole('button', { name: 'Cambiar mi contraseña' }).click();
    await heading(page, 'Este enlace para cambiar la contraseña no funciona').waitFor();
    await page.getByText('Este enlace ya se usó.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Pedir un enlace nuevo' }).click();
    await heading(page, '¿Olvidaste tu contraseña?').waitFor();
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('a made-up or missing link says so, with a way to ask for a new one', async () => {
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: DESKTOP });
    await page.goto('/reset-password');
    await heading(page, "This password link doesn't work").waitFor();
    await page.getByText('This link is not valid.', { exact: false }).waitFor();

    await page.goto('/reset-password?token=made-up');
    await page.getByLabel('New password', { exact: true }).fill('a-fine-new-password');
    await page.getByLabel('Type the new password again').fill('a-fine-new-password');
    await page.getByRole('button', { name: 'Change my password' }).click();
    await heading(page, "This password link doesn't work").waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).click();
    await heading(page, 'Forgot your password?').waitFor();
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('the page language of a logged-in person', () => {
  test('logging in on an English browser gives her Spanish, which a reload keeps; a profile change follows', async () => {
    const input = person({ email: uniqueEmail('lang') });
    await signUpViaApi(api.url, input);
    const page = await newPage(browser, web.url, { locale: 'en-US', viewport: PHONE });
    await page.goto('/login');
    await heading(page, 'Log in').waitFor();
    await page.locator('#email').fill(input.email);
    await page.locator('#password').fill(input.password);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('link', { name: 'Mi perfil' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Mi perfil' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    // Each page describes itself for search engines and link previews, in its language.
    const description = () =>
      page.evaluate(() => document.querySelector('meta[name="description"]')?.content);
    assert.match(await description(), /^Puente une a personas/);

    // She makes English her preferred language on her profile: the pages follow, and stay.
    await page.getByRole('link', { name: 'Mi perfil' }).click();
    await page.getByRole('button', { name: 'Editar perfil' }).click();
    await page.getByRole('radio', { name: 'Inglés' }).check();
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByRole('link', { name: 'My profile' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'My profile' }).waitFor();
    assert.match(await description(), /^Puente pairs people/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

// Each page of these journeys, in both languages, at desktop and phone width: an axe
// check and a screenshot.
describe('every account page', () => {
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
      test(`account pages in ${lang} at ${size} width pass axe`, async () => {
        const page = await newPage(browser, web.url, { locale, viewport });
        const visit = async (name, path, ready) => {
          if (path) {
            await page.goto(path);
          }
          await ready();
          await expectAccessible(page, `${name} (${lang}, ${size})`);
          await screenshot(page, `account-${name}-${lang}-${size}`);
        };
        const h1 = () => page.locator('main h1').waitFor();
        const account = person({
          email: uniqueEmail(`axe-${lang}-${size}`),
          preferredLanguage: lang === 'es' ? 'ES' : 'EN',
        });
        const { token } = await signUpViaApi(api.url, account);

        // Logged in, not confirmed yet: the banner, a bad link with a new one to ask for,
        // then the real link.
        await page.goto('/');
        await page.evaluate((t) => localStorage.setItem('puente.token', t), token);
        await visit('dashboard-banner', '/', () => page.locator('.verify-banner').waitFor());
        await visit('verify-email-bad-link-logged-in', '/verify-email?token=nope', () =>
          page.locator('.link-actions button').waitFor(),
        );
        const verify = await mailedLink(account.email, '/verify-email');
        await visit('verify-email-done', verify.path, () =>
          page.locator('.notice-success').waitFor(),
        );
        assert.equal(await page.locator('.verify-banner').count(), 0);

        // Logged out: forgot (form, then sent), reset (form, errors, done), bad links.
        await page.evaluate(() => localStorage.removeItem('puente.token'));
        await visit('forgot-password', '/forgot-password', h1);
        await page.locator('#email').fill(account.email);
        await page.locator('form button[type="submit"]').click();
        await visit('forgot-password-sent', null, () => page.locator('.notice-success').waitFor());
        const reset = await mailedLink(account.email, '/reset-password');
        await visit('reset-password', reset.path, () => page.locator('#newPassword').waitFor());
        await page.locator('#newPassword').fill('short');
        await page.locator('form button[type="submit"]').click();
        await visit('reset-password-errors', null, () => page.locator('.error-summary').waitFor());
        await page.locator('#newPassword').fill('a-brand-new-password');
        await page.locator('#confirmPassword').fill('a-brand-new-password');
        await page.locator('form button[type="submit"]').click();
        await visit('reset-password-done', null, () => page.locator('.notice-success').waitFor());
        await visit('reset-password-bad-link', '/reset-password', () =>
          page.locator('.notice-error').waitFor(),
        );
        await visit('verify-email-bad-link', '/verify-email?token=nope', () =>
          page.locator('.notice-error').waitFor(),
        );
        assert.deepEqual(page.problems, []);
        await page.context().close();
      });
    }
  }
});
