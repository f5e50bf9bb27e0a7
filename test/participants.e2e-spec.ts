import { randomUUID } from 'node:crypto';
import { createOpenCohort, menteeIn, mentorIn, run } from './helpers/cohorts';
import { acceptedPair } from './helpers/pairs';
import { firstError, graphql, ok } from './helpers/graphql';
import {
  LOGIN,
  loginLead,
  menteeInput,
  mentorInput,
  PARTICIPANT_FIELDS,
  SIGN_UP,
  signUp,
  signUpMentee,
  signUpMentor,
  uniqueEmail,
} from './helpers/factories';

const ME = `query { me { ${PARTICIPANT_FIELDS} email underrepresented } }`;
const PARTICIPANT = `query P($id: ID!) { participant(id: $id) { id displayName email } }`;
const LIST = `query L($first: Int, $after: String, $filter: ParticipantFilter) {
  participants(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id displayName role languages timezone interests email } }
  }
}`;

async function loginAs(email: string, password: string) {
  return graphql<{ login: { token: string; me: { id: string; role: string } } }>(LOGIN, {
    email,
    password,
  });
}

describe('sign-up', () => {
  it('creates a mentee with a normalised profile and returns a working token', async () => {
    const input = menteeInput({
      email: `  Ana.${randomUUID().slice(0, 8)}@Example.ORG `,
      timezone: 'US/Eastern',
      interests: ['  Python ', 'Open Data', 'python'],
      availability: [
        { day: 'WED', start: '07:30', end: '09:00' },
        { day: 'MON', start: '18:00', end: '24:00' },
      ],
    });
    const data = await ok(
      graphql<{ signUp: { token: string; me: Record<string, unknown> } }>(SIGN_UP, { input }),
    );
    const me = data.signUp.me;
    expect(me).toMatchObject({
      role: 'MENTEE',
      email: (input.email as string).trim().toLowerCase(),
      timezone: 'America/New_York',
      interests: ['python', 'open-data'],
      languages: ['EN', 'ES'],
      preferredLanguage: 'ES',
      goals: ['first-contribution', 'documentation'],
      expertise: [],
      capacity: null,
      underrepresented: true,
      availability: [
        { day: 'MON', start: '18:00', end: '24:00' },
        { day: 'WED', start: '07:30', end: '09:00' },
      ],
    });
    const again = await ok(graphql<{ me: { id: string } }>(ME, {}, data.signUp.token));
    expect(again.me.id).toBe(me.id);
  });

  it('creates a mentor with capacity and expertise', async () => {
    const input = mentorInput({ capacity: 3 });
    const data = await ok(graphql<{ signUp: { me: Record<string, unknown> } }>(SIGN_UP, { input }));
    expect(data.signUp.me).toMatchObject({
      role: 'MENTOR',
      capacity: 3,
      expertise: ['packaging', 'testing'],
      goals: [],
      underrepresented: null,
    });
  });

  it('gives mentors a capacity of 1 when they do not say', async () => {
    const data = await ok(
      graphql<{ signUp: { me: { capacity: number } } }>(SIGN_UP, {
        input: mentorInput({ capacity: undefined }),
      }),
    );
    expect(data.signUp.me.capacity).toBe(1);
  });

  it('never creates a lead through the API', async () => {
    const email = uniqueEmail('would-be-lead');
    const r = await graphql(SIGN_UP, { input: menteeInput({ role: 'LEAD', email }) });
    expect(firstError(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    await expect(loginAs(email, 'a-long-password')).resolves.toMatchObject({
      errors: [
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      ],
    });
  });
});

describe('sign-up refuses bad input, naming the field and writing nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['malformed email', { email: 'not-an-email' }, 'email'],
    ['short password', { password: 'short' }, 'password'],
    ['oversized password', { password: 'x'.repeat(201) }, 'password'],
    ['empty display name', { displayName: '   ' }, 'displayName'],
    ['oversized display name', { displayName: 'N'.repeat(81) }, 'displayName'],
    ['no languages', { languages: [] }, 'languages'],
    [
      'preferred language not spoken',
      { languages: ['EN'], preferredLanguage: 'ES' },
      'preferredLanguage',
    ],
    ['unknown time zone', { timezone: 'Mars/Olympus_Mons' }, 'timezone'],
    ['offset instead of a zone', { timezone: '+05:00' }, 'timezone'],
    ['no availability', { availability: [] }, 'availability'],
    [
      'too many windows',
      {
        availability: Array.from({ length: 22 }, (_, i) => ({
          day: 'MON',
          start: `${String(i).padStart(2, '0')}:00`,
          end: `${String(i).padStart(2, '0')}:15`,
        })),
      },
      'availability',
    ],
    [
      'time off the 15-minute grid',
      { availability: [{ day: 'MON', start: '18:10', end: '19:00' }] },
      'availability[0].start',
    ],
    [
      'malformed time',
      { availability: [{ day: 'MON', start: '6pm', end: '19:00' }] },
      'availability[0].start',
    ],
    [
      'end before start',
      { availability: [{ day: 'MON', start: '19:00', end: '18:00' }] },
      'availability[0].end',
    ],
    [
      'overlapping windows',
      {
        availability: [
          { day: 'TUE', start: '10:00', end: '12:00' },
          { day: 'TUE', start: '11:30', end: '13:00' },
        ],
      },
      'availability[1]',
    ],
    ['no interests', { interests: [] }, 'interests'],
    [
      'too many interests',
      { interests: Array.from({ length: 16 }, (_, i) => `tag${i}`) },
      'interests',
    ],
    ['malformed interest', { interests: ['python', '!!!'] }, 'interests[1]'],
    ['unknown goal', { goals: ['world-domination'] }, 'goals[0]'],
    ['too many goals', { goals: Array.from({ length: 11 }, () => 'career') }, 'goals'],
    ['mentee with expertise', { expertise: ['testing'] }, 'expertise'],
    ['mentee with capacity', { capacity: 2 }, 'capacity'],
    ['oversized about', { about: 'á'.repeat(1001) }, 'about'],
  ];

  it.each(cases)('%s', async (_label, overrides, field) => {
    const input = menteeInput(overrides);
    const r = await graphql(SIGN_UP, { input });
    const error = firstError(r);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
    expect(error.message.length).toBeGreaterThan(5);
    expect(error.message).not.toMatch(/SELECT|INSERT|at .*\.js/);
    expect(r.data).toBeNull();
    // Nothing was written: the email is still free.
    const valid = menteeInput({ email: input.email });
    if (typeof input.email === 'string' && input.email.includes('@')) {
      await expect(signUp(valid)).resolves.toMatchObject({ email: input.email.toLowerCase() });
    }
  });

  it('refuses a mentor capacity outside 1 to 10', async () => {
    for (const capacity of [0, 11]) {
      const r = await graphql(SIGN_UP, { input: mentorInput({ capacity }) });
      expect(firstError(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
    }
  });

  it('refuses a mentor listing goals', async () => {
    const r = await graphql(SIGN_UP, { input: mentorInput({ goals: ['career'] }) });
    expect(firstError(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'goals' });
  });

  it('lists every invalid field at once', async () => {
    const r = await graphql(SIGN_UP, {
      input: menteeInput({ timezone: 'Nowhere/Land', interests: [], goals: ['nope'] }),
    });
    const fields = (firstError(r).extensions?.fields ?? []).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['timezone', 'interests', 'goals[0]']));
  });

  it('refuses oversized lists and strings before looking at them', async () => {
    const r = await graphql(SIGN_UP, {
      input: menteeInput({ interests: Array.from({ length: 500 }, (_, i) => `t${i}`) }),
    });
    expect(firstError(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'interests' });
    const big = await fetch(`${process.env.PUENTE_TEST_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_UP,
        variables: { input: menteeInput({ about: 'x'.repeat(400_000) }) },
      }),
    });
    expect(big.status).toBe(413);
  });

  it('refuses a duplicate email, whatever its case, with CONFLICT', async () => {
    const first = await signUpMentee();
    const r = await graphql(SIGN_UP, { input: mentorInput({ email: first.email.toUpperCase() }) });
    expect(firstError(r).extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'email',
      reason: 'EMAIL_TAKEN',
    });
  });

  it('creates exactly one account under concurrent sign-ups with one email', async () => {
    const email = uniqueEmail('race');
    const tag = randomUUID().slice(0, 8);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        graphql<{ signUp: { me: { id: string } } }>(SIGN_UP, {
          input: menteeInput({ email, displayName: `Racer ${tag} ${i}` }),
        }),
      ),
    );
    const created = results.filter((r) => r.data?.signUp);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(created).toHaveLength(1);
    expect(conflicts).toHaveLength(7);
    const lead = await loginLead();
    const search = await ok(
      graphql<{ participants: { totalCount: number } }>(
        LIST,
        { filter: { name: `Racer ${tag}` }, first: 100 },
        lead.token,
      ),
    );
    expect(search.participants.totalCount).toBe(1);
  });
});

describe('searching people by name', () => {
  it("ignores accents and case, in the lead list and in a cohort's matches", async () => {
    const tag = randomUUID().slice(0, 8);
    const lead = await loginLead();
    const inigo = await signUpMentee({ displayName: `Íñigo Peña ${tag}` });
    const maria = await signUpMentor({ displayName: `MARÍA José ${tag}` });
    const names = async (name: string) =>
      (
        await ok(
          graphql<{ participants: { edges: { node: { id: string } }[] } }>(
            LIST,
            { filter: { name }, first: 100 },
            lead.token,
          ),
        )
      ).participants.edges.map((e) => e.node.id);
    expect(await names(`inigo pena ${tag}`)).toEqual([inigo.id]);
    expect(await names(`ÍÑIGO PEÑA ${tag}`)).toEqual([inigo.id]);
    expect(await names(`íñigo`)).toContain(inigo.id);
    expect(await names(`maría josé ${tag}`)).toEqual([maria.id]);
    expect(await names(`Maria Jose ${tag}`)).toEqual([maria.id]);
    // A wildcard typed is a character, not a wildcard.
    expect(await names(`M_RIA ${tag}`)).toEqual([]);
    expect(await names(`%${tag}`)).toEqual([]);

    const pair = await acceptedPair();
    const MATCHES = `query M($c: ID!, $p: String) { cohortMatches(cohortId: $c, first: 10, person: $p) {
      edges { node { id } } } }`;
    const found = await ok(
      graphql<{ cohortMatches: { edges: { node: { id: string } }[] } }>(
        MATCHES,
        { c: pair.cohortId, p: 'inigo perez' },
        pair.lead.token,
      ),
    );
    expect(found.cohortMatches.edges.map((e) => e.node.id)).toEqual([pair.matchId]);
  });
});

describe('look-alike emails (one normal form)', () => {
  // The fullwidth form of an address: ｆｅ.x@… for fe.x@…
  const fullwidth = (ascii: string) =>
    [...ascii]
      .map((ch) =>
        /[a-z0-9.]/.test(ch) ? String.fromCodePoint((ch.codePointAt(0) ?? 0) + 0xfee0) : ch,
      )
      .join('');

  it('does not create a second account for a fullwidth look-alike, and logs it in', async () => {
    const local = `fe.x${randomUUID().slice(0, 8)}`;
    const email = `${local}@example.org`;
    const first = await signUp(menteeInput({ email }));
    const lookalike = `${fullwidth(local)}@example.org`;
    expect(lookalike).not.toBe(email);
    const again = await graphql(SIGN_UP, { input: mentorInput({ email: lookalike }) });
    expect(firstError(again).extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'email',
      reason: 'EMAIL_TAKEN',
    });
    const login = await loginAs(lookalike, 'a-long-password');
    expect(login.data?.login.me).toEqual({ id: first.id, role: 'MENTEE' });
  });

  it('stores a fullwidth address in its plain form', async () => {
    const local = `nfkc${randomUUID().slice(0, 8)}`;
    const data = await ok(
      graphql<{ signUp: { me: { email: string } } }>(SIGN_UP, {
        input: menteeInput({ email: `${fullwidth(local)}@example.org` }),
      }),
    );
    expect(data.signUp.me.email).toBe(`${local}@example.org`);
  });

  it('refuses an address with look-alikes from another script, writing nothing', async () => {
    const lead = await loginLead();
    const tag = randomUUID().slice(0, 8);
    // "а" is Cyrillic: NFKC leaves it, so the address is not plain.
    for (const email of [`f\u0430tima.${tag}@example.org`, `fatima.${tag}@ex\u0430mple.org`]) {
      const r = await graphql(SIGN_UP, {
        input: menteeInput({ email, displayName: `Fatima ${tag}` }),
      });
      expect(firstError(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const fields = [
        firstError(r).extensions?.field,
        ...(firstError(r).extensions?.fields ?? []).map((f) => f.field),
      ];
      expect(fields).toContain('email');
      expect(r.data ?? null).toBeNull();
    }
    const login = await loginAs(`f\u0430tima.${tag}@example.org`, 'a-long-password');
    expect(firstError(login).extensions?.code).toBe('BAD_USER_INPUT');
    const search = await ok(
      graphql<{ participants: { totalCount: number } }>(
        LIST,
        { filter: { name: `Fatima ${tag}` } },
        lead.token,
      ),
    );
    expect(search.participants.totalCount).toBe(0);
  });
});

describe('login', () => {
  it('logs in with the right password, any email case', async () => {
    const account = await signUpMentor();
    const r = await loginAs(account.email.toUpperCase(), 'another-long-password');
    expect(r.data?.login.me).toEqual({ id: account.id, role: 'MENTOR' });
    await expect(
      ok(graphql<{ me: { id: string } }>(ME, {}, r.data?.login.token)),
    ).resolves.toMatchObject({
      me: { id: account.id },
    });
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const account = await signUpMentee();
    const wrong = await loginAs(account.email, 'not-the-password');
    const unknown = await loginAs(uniqueEmail('nobody'), 'not-the-password');
    expect(firstError(wrong).extensions).toEqual(firstError(unknown).extensions);
    expect(firstError(wrong).message).toBe(firstError(unknown).message);
    expect(firstError(wrong).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('slows down repeated failures for one email, even with the right password after', async () => {
    const account = await signUpMentee();
    for (let i = 0; i < 5; i++) {
      await loginAs(account.email, `wrong-password-${i}`);
    }
    const blocked = await loginAs(account.email, 'a-long-password');
    expect(firstError(blocked).extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'LOGIN_RATE_LIMITED',
    });
    expect(firstError(blocked).extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Another person is not affected.
    const other = await signUpMentee();
    await expect(loginAs(other.email, 'a-long-password')).resolves.toMatchObject({
      data: { login: { me: { id: other.id } } },
    });
  });
});

describe('profiles and who may see them', () => {
  it('lets a participant edit only their own profile, validating the whole of it', async () => {
    const mentee = await signUpMentee();
    const UPDATE = `mutation U($input: UpdateProfileInput!) { updateProfile(input: $input) { id timezone about interests capacity } }`;
    const updated = await ok(
      graphql<{ updateProfile: Record<string, unknown> }>(
        UPDATE,
        {
          input: {
            timezone: 'Europe/Madrid',
            about: 'Ahora en Madrid',
            interests: ['R', 'ecology'],
          },
        },
        mentee.token,
      ),
    );
    expect(updated.updateProfile).toMatchObject({
      id: mentee.id,
      timezone: 'Europe/Madrid',
      interests: ['r', 'ecology'],
    });
    const bad = await graphql(UPDATE, { input: { capacity: 3 } }, mentee.token);
    expect(firstError(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
    const badLang = await graphql(UPDATE, { input: { languages: ['EN'] } }, mentee.token);
    expect(firstError(badLang).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'preferredLanguage',
    });
    const me = await ok(
      graphql<{ me: { timezone: string; languages: string[] } }>(ME, {}, mentee.token),
    );
    expect(me.me).toMatchObject({ timezone: 'Europe/Madrid', languages: ['EN', 'ES'] });
    const anonymous = await graphql(UPDATE, { input: { about: 'x' } });
    expect(firstError(anonymous).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("refuses a mentee reading another participant's profile", async () => {
    const a = await signUpMentee();
    const b = await signUpMentee();
    const r = await graphql(PARTICIPANT, { id: b.id }, a.token);
    expect(firstError(r).extensions?.code).toBe('FORBIDDEN');
    expect(r.data).toBeNull();
    const own = await ok(
      graphql<{ participant: { email: string } }>(PARTICIPANT, { id: a.id }, a.token),
    );
    expect(own.participant.email).toBe(a.email);
  });

  it('refuses anonymous requests for me and participants', async () => {
    const r = await graphql(ME);
    expect(firstError(r).extensions?.code).toBe('UNAUTHENTICATED');
    const list = await graphql(LIST, {});
    expect(firstError(list).extensions?.code).toBe('UNAUTHENTICATED');
    const garbage = await graphql(ME, {}, 'not-a-token');
    expect(firstError(garbage).extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'BAD_TOKEN',
    });
  });

  it('refuses mentees and mentors listing participants', async () => {
    for (const account of [await signUpMentee(), await signUpMentor()]) {
      const r = await graphql(LIST, {}, account.token);
      expect(firstError(r).extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('shows leads emails but never self-identification', async () => {
    const lead = await loginLead();
    const mentee = await signUpMentee({ underrepresented: true });
    const seen = await ok(
      graphql<{ participant: { email: string } }>(PARTICIPANT, { id: mentee.id }, lead.token),
    );
    expect(seen.participant.email).toBe(mentee.email);
    const r = await graphql(
      `
        query P($id: ID!) {
          participant(id: $id) {
            id
            underrepresented
          }
        }
      `,
      { id: mentee.id },
      lead.token,
    );
    expect(firstError(r).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRIVATE_FIELD' });
  });
});

describe('private fields of the other person of a match (access policy)', () => {
  const MATCH = `query M($id: ID!) { match(id: $id) {
    mentor { id email } mentee { id email } } }`;

  it("lets a mentee read her mentor's email once accepted, never his profile or self-identification", async () => {
    const { mentor, mentee, matchId } = await acceptedPair();
    const seen = await ok(
      graphql<{ match: { mentor: { email: string } } }>(MATCH, { id: matchId }, mentee.token),
    );
    expect(seen.match.mentor.email).toBe(mentor.email);
    const profile = await graphql(PARTICIPANT, { id: mentor.id }, mentee.token);
    expect(firstError(profile).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_YOUR_PROFILE',
    });
    const selfId = await graphql(
      `
        query M($id: ID!) {
          match(id: $id) {
            mentor {
              id
              underrepresented
            }
          }
        }
      `,
      { id: matchId },
      mentee.token,
    );
    expect(firstError(selfId).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PRIVATE_FIELD',
    });
    // Nor the mentor hers.
    const hers = await graphql(
      `
        query M($id: ID!) {
          match(id: $id) {
            mentee {
              id
              underrepresented
            }
          }
        }
      `,
      { id: matchId },
      mentor.token,
    );
    expect(firstError(hers).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PRIVATE_FIELD',
    });
  });

  it("keeps a mentee's email from a mentor who has only been proposed to her", async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await mentorIn(cohort.id, {}, 1);
    const mentee = await menteeIn(cohort.id);
    const [proposal] = (await run(lead, cohort.id)).runMatching.proposals;
    const r = await graphql(MATCH, { id: proposal.id }, mentor.token);
    expect(firstError(r).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRIVATE_FIELD' });
    expect(firstError(r).path).toEqual(['match', 'mentee', 'email']);
    await ok(
      graphql(`mutation { acceptMatch(matchId: "${proposal.id}") { id } }`, {}, mentor.token),
    );
    const after = await ok(
      graphql<{ match: { mentee: { email: string } } }>(MATCH, { id: proposal.id }, mentor.token),
    );
    expect(after.match.mentee.email).toBe(mentee.email);
  });
});

describe('lead listing', () => {
  it('filters by role, language, time zone and interest, and pages with cursors', async () => {
    const tag = `cohort-${randomUUID().slice(0, 8)}`;
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(
        await signUpMentee({
          interests: [tag, 'python'],
          timezone: 'America/Lima',
          languages: ['ES'],
          preferredLanguage: 'ES',
          displayName: `Mentee ${i}`,
        }),
      );
    }
    for (let i = 0; i < 3; i++) {
      made.push(
        await signUpMentor({
          interests: [tag],
          timezone: 'US/Eastern',
          displayName: `Mentor ${i}`,
        }),
      );
    }
    const lead = await loginLead();
    type Page = {
      participants: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
        edges: { node: { id: string; role: string; email: string } }[];
      };
    };
    const all = await ok(
      graphql<Page>(LIST, { filter: { interest: tag.toUpperCase() }, first: 100 }, lead.token),
    );
    expect(all.participants.totalCount).toBe(8);
    expect(all.participants.edges.map((e) => e.node.id)).toEqual(made.map((m) => m.id));
    expect(all.participants.edges[0].node.email).toBe(made[0].email);

    const mentors = await ok(
      graphql<Page>(LIST, { filter: { interest: tag, role: 'MENTOR' } }, lead.token),
    );
    expect(mentors.participants.totalCount).toBe(3);
    const spanish = await ok(
      graphql<Page>(LIST, { filter: { interest: tag, language: 'ES' } }, lead.token),
    );
    expect(spanish.participants.totalCount).toBe(5);
    const eastern = await ok(
      graphql<Page>(LIST, { filter: { interest: tag, timezone: 'America/New_York' } }, lead.token),
    );
    expect(eastern.participants.edges.every((e) => e.node.role === 'MENTOR')).toBe(true);
    expect(eastern.participants.totalCount).toBe(3);

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page: Page = await ok(
        graphql<Page>(LIST, { filter: { interest: tag }, first: 3, after }, lead.token),
      );
      pages++;
      expect(page.participants.pageInfo.hasPreviousPage).toBe(after !== undefined);
      seen.push(...page.participants.edges.map((e) => e.node.id));
      if (!page.participants.pageInfo.hasNextPage) {
        break;
      }
      after = page.participants.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(made.map((m) => m.id));
  });

  it('caps the page size and refuses a forged cursor', async () => {
    const lead = await loginLead();
    const big = await graphql(LIST, { first: 1000 }, lead.token);
    expect(firstError(big).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await graphql(LIST, { after: 'bm9wZQ' }, lead.token);
    expect(firstError(forged).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const zone = await graphql(LIST, { filter: { timezone: 'Atlantis/Capital' } }, lead.token);
    expect(firstError(zone).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.timezone',
    });
  });

  it("lists a cohort's members and finds people by name, taken literally", async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const tag = randomUUID().slice(0, 8);
    const inside = await mentorIn(cohort.id, { displayName: `Zoé Núñez ${tag}` });
    await menteeIn(cohort.id, { displayName: `Zoe 100% ${tag}` });
    const outside = await signUpMentor({ displayName: `Zoé Fuera ${tag}` });
    type List = { participants: { totalCount: number; edges: { node: { id: string } }[] } };
    const list = (filter: Record<string, unknown>, token = lead.token) =>
      graphql<List>(LIST, { filter, first: 50 }, token);
    const ids = (r: List) => r.participants.edges.map((e) => e.node.id);

    const mentors = await ok(list({ cohortId: cohort.id, role: 'MENTOR' }));
    expect(ids(mentors)).toEqual([inside.id]);
    const members = await ok(list({ cohortId: cohort.id }));
    expect(members.participants.totalCount).toBe(2);
    const byName = await ok(list({ name: `zoé núñez ${tag.toUpperCase()}` }));
    expect(ids(byName)).toEqual([inside.id]);
    const everyZoe = await ok(list({ name: tag }));
    expect(everyZoe.participants.totalCount).toBe(3);
    expect(ids(everyZoe)).toContain(outside.id);
    const literal = await ok(list({ name: `100% ${tag}` }));
    expect(literal.participants.totalCount).toBe(1);
    await expect(ok(list({ name: `1_0% ${tag}` }))).resolves.toMatchObject({
      participants: { totalCount: 0 },
    });

    const badCohort = await list({ cohortId: 'not-a-cohort' });
    expect(firstError(badCohort).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.cohortId',
    });
    const longName = await list({ name: 'x'.repeat(101) });
    expect(firstError(longName).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.name',
    });
    const asMentor = await list({ cohortId: cohort.id }, inside.token);
    expect(firstError(asMentor).extensions?.code).toBe('FORBIDDEN');
  });
});
