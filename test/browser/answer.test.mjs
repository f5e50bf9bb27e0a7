// Browser tests of a proposal email's answer links (/answer?token=…&choice=…): opening one
// only shows the proposal (a mail scanner that follows it changes nothing), the page's
// button answers once without a login, in the mentor's language unless this browser chose
// another; a second use, an expired proposal and an altered link each get a page of their
// own. Then every state in both languages at desktop and phone width under axe. The links
// come from the test server's development mailbox after its mailDispatch job hook.
// Run: node --test test/browser/answer.test.mjs (after building server and client).
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
import { ROOT, graphql, signUpViaApi, startApi, startWeb } from './support/servers.mjs';

const { DateTime } = createRequire(join(ROOT, 'client/package.json'))('luxon');

const LEAD = {
  email: 'ana.lead@puente.test',
  name: 'Ana Lead',
  password: 'a-long-lead-password',
  timezone: 'America/Bogota',
};

let api;
let web;
let browser;
let counter = 0;
const uniqueEmail = (name) => `${name}.${Date.now()}.${++counter}@puente.test`;
const heading = (page, name) => page.getByRole('heading', { level: 1, name });
const focused = (page) =>
  page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id }));

async function call(query, variables, token) {
  const body = await graphql(api.url, query, variables, token);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

async function leadToken() {
  const { login } = await call(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: LEAD.email, p: LEAD.password },
  );
  return login.token;
}

// A cohort opened through the API (people made here never confirm their address), a
// mentor with one place per mentee, the mentees, and a real (published) matching run:
// each mentee's proposal goes to the mentor by email.
async function proposals({ mentorLanguage = 'ES', mentees = ['Valentina Ríos', 'Diego Mora'] }) {
  const lead = await leadToken();
  const start = DateTime.now().setZone('UTC').startOf('day');
  const { createCohort } = await call(
    'mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
    {
      input: {
        name: `Respuestas ${Date.now()}.${++counter}`,
        startsOn: start.toISODate(),
        endsOn: start.plus({ days: 90 }).toISODate(),
        requireVerifiedEmail: false,
      },
    },
    lead,
  );
  const cohortId = createCohort.id;
  await call('mutation($id: ID!) { openCohort(cohortId: $id) { id } }', { id: cohortId }, lead);
  const person = (role, displayName, extra) =>
    signUpViaApi(api.url, {
      email: uniqueEmail(role.toLowerCase()),
      password: 'a-long-enough-password',
      displayName,
      role,
      languages: ['EN', 'ES'],
      preferredLanguage: 'ES',
      timezone: 'America/Mexico_City',
      availability: [
        { day: 'MON', start: '09:00', end: '13:00' },
        { day: 'WED', start: '09:00', end: '13:00' },
      ],
      interests: ['python', 'open-data'],
      cohortId,
      ...extra,
    });
  const mentorEmail = uniqueEmail('mentor');
  await person('MENTOR', 'Sam Okafor', {
    email: mentorEmail,
    preferredLanguage: mentorLanguage,
    expertise: ['packaging', 'testing'],
    capacity: mentees.length,
  });
  for (const [i, name] of mentees.entries()) {
    await person('MENTEE', name, {
      goals: ['first-contribution'],
      about: i === 0 ? 'Bióloga, aprendiendo Python para analizar datos abiertos.' : null,
    });
  }
  const { runMatching } = await call(
    'mutation($id: ID!) { runMatching(cohortId: $id, dryRun: false) { matchedCount } }',
    { id: cohortId },
    lead,
  );
  assert.equal(runMatching.matchedCount, mentees.length);
  return proposalLinks(mentorEmail, mentees);
}

// Sends the outbox (test servers run no timers) and reads each proposal email's two links,
// as paths of the web client, by the mentee they propose.
async function proposalLinks(address, mentees) {
  const res = await fetch(`${api.url}/test/jobs/mailDispatch`, { method: 'POST' });
  assert.equal(res.status, 200, await res.text());
  const box = await (await fetch(`${api.url}/dev/mailbox`)).json();
  const mails = box.messages.filter((m) => m.to.includes(address) && m.text.includes('/answer?'));
  assert.equal(mails.length, mentees.length, `one proposal email per mentee to ${address}`);
  const byMentee = {};
  for (const name of mentees) {
    const mail = mails.find((m) => m.subject.includes(name));
    assert.ok(mail, `a proposal email about ${name}`);
    const link = (choice) => {
      const found = new RegExp(
        `https?://[^\\s<>"]+/answer\\?token=[\\w.%~-]+&choice=${choice}`,
      ).exec(mail.text)?.[0];
      assert.ok(found, `the email has a ${choice} link:\n${mail.text}`);
      const url = new URL(found);
      return `${url.pathname}${url.search}`;
    };
    const accept = link('accept');
    const decline = link('decline');
    const token = new URL(accept, 'http://x').searchParams.get('token');
    assert.equal(new URL(decline, 'http://x').searchParams.get('token'), token);
    byMentee[name] = { accept, decline, token, subject: mail.subject };
  }
  return byMentee;
}

async function proposalByLink(token) {
  const { proposalByLink } = await call(
    'query($t: String!) { proposalByLink(token: $t) { state status } }',
    { t: token },
  );
  return proposalByLink;
}

// Counts the GraphQL mutations a page sends: opening a link must send none.
function watchMutations(page) {
  const sent = [];
  page.on('request', (r) => {
    const body = r.url().endsWith('/graphql') ? r.postDataJSON() : null;
    if (/^\s*mutation\b/.test(body?.query ?? '')) {
      sent.push(body.operationName);
    }
  });
  return sent;
}

// The same token with its signature altered (its first character: the last one carries
// padding bits, which base64url decoding ignores).
const altered = (path) => {
  const url = new URL(path, 'http://x');
  const token = url.searchParams.get('token');
  const at = token.indexOf('.') + 1;
  const changed = token[at] === 'A' ? 'B' : 'A';
  url.searchParams.set('token', `${token.slice(0, at)}${changed}${token.slice(at + 1)}`);
  return `${url.pathname}${url.search}`;
};

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

describe('answering a proposal from its email', () => {
  test('opening changes nothing; the page accepts once, declines with a reason, refuses bad links', async () => {
    const links = await proposals({});
    const valentina = links['Valentina Ríos'];
    const diego = links['Diego Mora'];
    assert.match(valentina.subject, /Nueva propuesta: ser la persona mentora de Valentina Ríos/);

    // A fresh browser in English, nobody logged in: the page takes the mentor's Spanish.
    const page = await newPage(browser, web.url, {
      locale: 'en-US',
      timezoneId: 'Europe/Berlin',
      viewport: DESKTOP,
    });
    const mutations = watchMutations(page);
    await page.goto(valentina.accept);
    await heading(page, 'Propuesta: ser la persona mentora de Valentina Ríos').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    const main = page.getByRole('main');
    await main.getByText('Hola, Sam Okafor. Puente te propone ser la persona mentora').waitFor();
    await main.getByText('Bióloga, aprendiendo Python para analizar datos abiertos.').waitFor();
    await main.getByText('Las dos personas hablan inglés y español.').waitFor();
    await main.getByRole('heading', { level: 2, name: 'Sobre Valentina Ríos' }).waitFor();
    // The deadline is in the mentor's zone, named, whatever the browser's zone.
    assert.match(
      await page.locator('.answer-by').innerText(),
      /^Responde antes del .+ \(tu hora: America\/Mexico_City, GMT-6\)\.$/,
    );
    await main.getByRole('heading', { level: 2, name: '¿Aceptas esta propuesta?' }).waitFor();
    await main.getByRole('button', { name: 'Prefiero rechazarla' }).waitFor();

    // Merely opening the link (as a mail scanner would) sent no mutation and changed nothing.
    assert.deepEqual(mutations, []);
    assert.deepEqual(await proposalByLink(valentina.token), { state: 'OPEN', status: 'PROPOSED' });
    await page.reload();
    await heading(page, 'Propuesta: ser la persona mentora de Valentina Ríos').waitFor();
    assert.deepEqual(await proposalByLink(valentina.token), { state: 'OPEN', status: 'PROPOSED' });

    await main.getByRole('button', { name: 'Aceptar esta propuesta' }).click();
    await heading(page, 'Aceptaste: serás la persona mentora de Valentina Ríos').waitFor();
    await main
      .getByText('Valentina Ríos recibirá de Puente tus datos de contacto.', { exact: false })
      .waitFor();
    assert.equal((await focused(page)).tag, 'H1', 'the result takes the focus');
    await main
      .getByRole('link', { name: 'Inicia sesión para reservar una primera sesión' })
      .waitFor();
    assert.deepEqual(mutations, ['AnswerProposalByLink']);
    assert.deepEqual(await proposalByLink(valentina.token), {
      state: 'ANSWERED',
      status: 'ACCEPTED',
    });

    // The same link again, and its decline twin: answered, nothing to do.
    for (const path of [valentina.accept, valentina.decline]) {
      await page.goto(path);
      await heading(page, 'Esta propuesta ya tiene respuesta').waitFor();
      await main
        .getByText('Se aceptó: eres la persona mentora de Valentina Ríos.', { exact: false })
        .waitFor();
      await main.getByRole('link', { name: 'Inicia sesión para ver tus propuestas' }).waitFor();
    }

    // The other email's decline link: the reasons form; "Another reason" needs a note.
    await page.goto(diego.decline);
    await heading(page, 'Propuesta: ser la persona mentora de Diego Mora').waitFor();
    await main.getByRole('heading', { level: 2, name: '¿Rechazas esta propuesta?' }).waitFor();
    const reasons = main.getByRole('group', { name: '¿Por qué rechazas?' });
    await reasons.getByRole('radio', { name: 'Otro motivo' }).check();
    await main.getByRole('button', { name: 'Rechazar esta propuesta' }).click();
    await main.getByText('Con «Otro motivo», añade unas palabras.').waitFor();
    assert.deepEqual(await focused(page), { tag: 'TEXTAREA', id: 'note-answer' });
    assert.deepEqual(await proposalByLink(diego.token), { state: 'OPEN', status: 'PROPOSED' });

    // The API applies the same rule: a missing note is refused at the field.
    const refused = await graphql(
      api.url,
      'mutation($t: String!) { answerProposalByLink(token: $t, accept: false, reason: "OTHER") { status } }',
      { t: diego.token },
    );
    assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(refused.errors?.[0]?.extensions?.field, 'note');

    // Switching to accept and back keeps the choice in the address and moves the focus.
    await main.getByRole('button', { name: 'Prefiero aceptarla' }).click();
    await main.getByRole('heading', { level: 2, name: '¿Aceptas esta propuesta?' }).waitFor();
    assert.deepEqual(await focused(page), { tag: 'H2', id: 'answer-title' });
    assert.match(page.url(), /choice=accept/);
    await main.getByRole('button', { name: 'Prefiero rechazarla' }).click();
    await reasons.getByRole('radio', { name: 'No tengo tiempo ahora' }).check();
    await main.getByRole('button', { name: 'Rechazar esta propuesta' }).click();
    await heading(page, 'Rechazaste la propuesta').waitFor();
    await main
      .getByText('Gracias por avisarnos. Buscaremos otra persona mentora para Diego Mora.')
      .waitFor();
    assert.equal((await focused(page)).tag, 'H1');
    assert.deepEqual(await proposalByLink(diego.token), { state: 'ANSWERED', status: 'DECLINED' });
    await page.goto(diego.accept);
    await heading(page, 'Esta propuesta ya tiene respuesta').waitFor();
    await main.getByText('Se rechazó', { exact: false }).waitFor();

    // An altered link, and none at all: not valid, with a way on. (Without the mentor's
    // language to go by, the page stays in the browser's English.)
    for (const path of [altered(diego.accept), '/answer', '/answer?token=nonsense&choice=accept']) {
      await page.goto(path);
      await heading(page, "This link doesn't work").waitFor();
      await main.getByText('This link is not valid.', { exact: false }).waitFor();
      await main.getByRole('link', { name: 'Log in to see your proposals' }).waitFor();
    }
    const invalid = await graphql(
      api.url,
      'mutation($t: String!) { answerProposalByLink(token: $t, accept: true) { status } }',
      { t: new URL(altered(diego.accept), 'http://x').searchParams.get('token') },
    );
    assert.equal(invalid.errors?.[0]?.extensions?.reason, 'TOKEN_INVALID');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('answered elsewhere while the page was open: the button says it was already answered', async () => {
    const links = await proposals({ mentorLanguage: 'EN', mentees: ['Lucía Paz'] });
    const lucia = links['Lucía Paz'];
    // A Spanish browser whose person chose English with the switch: English stays.
    const page = await newPage(browser, web.url, { locale: 'es-MX', viewport: PHONE });
    await page.addInitScript(() => localStorage.setItem('puente.lang', 'en'));
    await page.goto(lucia.accept);
    await heading(page, 'Proposal: mentor Lucía Paz').waitFor();

    const { answerProposalByLink } = await call(
      'mutation($t: String!) { answerProposalByLink(token: $t, accept: true) { status } }',
      { t: lucia.token },
    );
    assert.equal(answerProposalByLink.status, 'ACCEPTED');
    await page.getByRole('button', { name: 'Accept this proposal' }).click();
    await heading(page, 'This proposal has already been answered').waitFor();
    await page.getByText('It was accepted: you are the mentor of Lucía Paz.').waitFor();
    assert.equal((await focused(page)).tag, 'H1');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

// Every state of the page, in both languages, at desktop and phone width: axe and a
// screenshot. English is chosen with the switch (over the mentor's Spanish); Spanish is
// the browser's and the mentor's language.
describe('every answer page', () => {
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
      test(`answer pages in ${lang} at ${size} width pass axe`, async () => {
        const links = await proposals({ mentees: ['Ana Ruiz', 'Beto Díaz', 'Caro Núñez'] });
        const page = await newPage(browser, web.url, {
          locale,
          timezoneId: 'America/Lima',
          viewport,
        });
        await page.addInitScript((l) => {
          if (l === 'en') {
            localStorage.setItem('puente.lang', 'en');
          }
        }, lang);
        const visit = async (name, path, ready) => {
          if (path) {
            await page.goto(path);
          }
          await ready();
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
          await expectAccessible(page, `answer ${name} (${lang}, ${size})`);
          await screenshot(page, `answer-${name}-${lang}-${size}`);
        };
        const card = () => page.locator('.answer-card');

        await visit('accept', links['Ana Ruiz'].accept, () =>
          card().locator('.btn-primary').waitFor(),
        );
        await card().locator('.btn-primary').click();
        await visit('accepted', null, () => page.locator('main .notice-success').waitFor());
        await visit('used', links['Ana Ruiz'].accept, () =>
          page.locator('main .notice-info').waitFor(),
        );
        await visit('decline', links['Beto Díaz'].decline, () =>
          card().locator('textarea').waitFor(),
        );
        await card().locator('input[value="OTHER"]').check();
        await card().locator('button[type="submit"]').click();
        await visit('decline-errors', null, () => card().locator('.field-error').waitFor());
        await card().locator('input[value="NO_TIME"]').check();
        await card().locator('button[type="submit"]').click();
        await visit('declined', null, () => page.locator('main .notice-success').waitFor());

        // Caro's proposal, two months later: expired.
        const later = DateTime.now().plus({ days: 60 }).toISO();
        await page.route('**/graphql', (route) =>
          route.continue({ headers: { ...route.request().headers(), 'x-puente-test-now': later } }),
        );
        await visit('expired', links['Caro Núñez'].accept, () =>
          page.locator('main .notice-info').waitFor(),
        );
        await page.unroute('**/graphql');
        await visit('invalid', altered(links['Caro Núñez'].accept), () =>
          page.locator('main .notice-error').waitFor(),
        );
        assert.deepEqual(page.problems, []);
        await page.context().close();
      });
    }
  }
});
