import { firstError, graphql, ok } from './helpers/graphql';
import {
  loginLead,
  signUpMentee,
  signUpMentor,
  menteeInput,
  SIGN_UP,
  uniqueEmail,
} from './helpers/factories';
import { COHORT_FIELDS, createOpenCohort, join } from './helpers/cohorts';

const CREATE = `mutation C($input: CreateCohortInput!) { createCohort(input: $input) { ${COHORT_FIELDS} } }`;
const COHORTS = `query { cohorts { id status myMembership { role capacity } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateCohortInput!) { updateCohort(cohortId: $id, input: $input) { ${COHORT_FIELDS} } }`;

describe('cohorts', () => {
  it('lets a lead create a cohort in DRAFT with defaults and settings', async () => {
    const lead = await loginLead();
    const c = await ok(
      graphql<{ createCohort: Record<string, unknown> }>(
        CREATE,
        {
          input: {
            name: ' Primavera 2027 ',
            startsOn: '2027-03-01',
            endsOn: '2027-05-30',
            weights: { equity: 0.25 },
            expiryDays: 5,
          },
        },
        lead.token,
      ),
    );
    expect(c.createCohort).toMatchObject({
      name: 'Primavera 2027',
      status: 'DRAFT',
      minOverlapMinutes: 60,
      targetOverlapMinutes: 180,
      expiryDays: 5,
      allowRepeatPairs: false,
      weights: { language: 1, availability: 1, interests: 1, goals: 1, equity: 0.25 },
    });
  });

  // One validation for create and update: the same input is refused the same way by both.
  const REFUSED: [Record<string, unknown>, string][] = [
    [{ startsOn: '2027-02-30' }, 'startsOn'],
    [{ endsOn: '2027-02-01' }, 'endsOn'],
    [{ startsOn: 'tomorrow' }, 'startsOn'],
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(121) }, 'name'],
    [{ weights: { language: -1 } }, 'weights.language'],
    [{ weights: { equity: 10.5 } }, 'weights.equity'],
    [{ weights: { language: 0, availability: 0, interests: 0, goals: 0, equity: 0 } }, 'weights'],
    // Equity may break ties, never outweigh the rest: at most an eighth of the others.
    [{ weights: { equity: 1 } }, 'weights.equity'],
    [
      { weights: { language: 0, availability: 0, interests: 0, goals: 0, equity: 1 } },
      'weights.equity',
    ],
    [{ expiryDays: 0 }, 'expiryDays'],
    [{ expiryDays: 61 }, 'expiryDays'],
    [{ minOverlapMinutes: -5 }, 'minOverlapMinutes'],
    [{ targetOverlapMinutes: 10 }, 'targetOverlapMinutes'],
    [{ minOverlapMinutes: 240, targetOverlapMinutes: 60 }, 'targetOverlapMinutes'],
  ];

  it.each(REFUSED)('refuses a cohort with %j', async (change, field) => {
    const lead = await loginLead();
    const r = await graphql(
      CREATE,
      { input: { name: 'X', startsOn: '2027-03-01', endsOn: '2027-05-30', ...change } },
      lead.token,
    );
    expect(firstError(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each(REFUSED)(
    'refuses an update to %j, and keeps the cohort as it was',
    async (change, field) => {
      const lead = await loginLead();
      const created = await ok(
        graphql<{ createCohort: Record<string, unknown> & { id: string } }>(
          CREATE,
          { input: { name: 'Sin cambios', startsOn: '2027-03-01', endsOn: '2027-05-30' } },
          lead.token,
        ),
      );
      const r = await graphql(UPDATE, { id: created.createCohort.id, input: change }, lead.token);
      expect(firstError(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const after = await ok(
        graphql<{ cohort: Record<string, unknown> }>(
          `query ($id: ID!) { cohort(id: $id) { ${COHORT_FIELDS} } }`,
          { id: created.createCohort.id },
          lead.token,
        ),
      );
      expect(after.cohort).toEqual(created.createCohort);
    },
  );

  it('updates a cohort from its current settings, checked as a whole', async () => {
    const lead = await loginLead();
    const created = await ok(
      graphql<{ createCohort: { id: string } }>(
        CREATE,
        { input: { name: 'Verano', startsOn: '2027-06-01', endsOn: '2027-08-30' } },
        lead.token,
      ),
    );
    const id = created.createCohort.id;
    const updated = await ok(
      graphql<{ updateCohort: Record<string, unknown> }>(
        UPDATE,
        { id, input: { targetOverlapMinutes: 240, weights: { goals: 2 } } },
        lead.token,
      ),
    );
    expect(updated.updateCohort).toMatchObject({
      name: 'Verano',
      minOverlapMinutes: 60,
      targetOverlapMinutes: 240,
      weights: { language: 1, availability: 1, interests: 1, goals: 2, equity: 0.5 },
    });
    // The minimum alone may now rise to the target set before, not past it.
    const tooHigh = await graphql(UPDATE, { id, input: { minOverlapMinutes: 300 } }, lead.token);
    expect(firstError(tooHigh).extensions).toMatchObject({ field: 'targetOverlapMinutes' });
    await expect(
      ok(graphql(UPDATE, { id, input: { minOverlapMinutes: 240 } }, lead.token)),
    ).resolves.toMatchObject({ updateCohort: { minOverlapMinutes: 240 } });
  });

  it('shows a lead each cohort’s counts, pair rules and own membership in the list', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await signUpMentor({ capacity: 3 });
    await join(mentor, cohort.id, 'MENTOR', 2);
    const mentees = [await signUpMentee(), await signUpMentee()];
    for (const mentee of mentees) {
      await join(mentee, cohort.id, 'MENTEE');
    }
    await ok(
      graphql(
        `
          mutation ($c: ID!, $mentor: ID!, $mentee: ID!) {
            addPairRule(cohortId: $c, mentorId: $mentor, menteeId: $mentee, kind: EXCLUDE) {
              id
            }
          }
        `,
        { c: cohort.id, mentor: mentor.id, mentee: mentees[0].id },
        lead.token,
      ),
    );
    const list = await ok(
      graphql<{
        cohorts: {
          id: string;
          myMembership: unknown;
          counts: Record<string, number>;
          pairRules: { kind: string; mentor: { id: string }; mentee: { id: string } }[];
        }[];
      }>(
        `
          query {
            cohorts {
              id
              myMembership {
                role
              }
              counts {
                mentees
                mentors
                capacity
                placesHeld
              }
              pairRules {
                kind
                mentor {
                  id
                }
                mentee {
                  id
                }
              }
            }
          }
        `,
        {},
        lead.token,
      ),
    );
    expect(list.cohorts.find((c) => c.id === cohort.id)).toEqual({
      id: cohort.id,
      myMembership: null,
      counts: { mentees: 2, mentors: 1, capacity: 2, placesHeld: 0 },
      pairRules: [{ kind: 'EXCLUDE', mentor: { id: mentor.id }, mentee: { id: mentees[0].id } }],
    });
    const forMentor = await graphql(
      `
        query {
          cohorts {
            id
            pairRules {
              id
            }
          }
        }
      `,
      {},
      mentor.token,
    );
    expect(firstError(forMentor).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'LEAD_ONLY',
    });
  });

  it('refuses participants creating or opening cohorts', async () => {
    const mentor = await signUpMentor();
    const r = await graphql(
      CREATE,
      { input: { name: 'Mine', startsOn: '2027-03-01', endsOn: '2027-05-30' } },
      mentor.token,
    );
    expect(firstError(r).extensions?.code).toBe('FORBIDDEN');
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const open = await graphql(
      `mutation { openCohort(cohortId: "${cohort.id}") { id } }`,
      {},
      mentor.token,
    );
    expect(firstError(open).extensions?.code).toBe('FORBIDDEN');
    const update = await graphql(
      `
        mutation ($id: ID!) {
          updateCohort(cohortId: $id, input: { name: "Mine now" }) {
            id
          }
        }
      `,
      { id: cohort.id },
      mentor.token,
    );
    expect(firstError(update).extensions?.code).toBe('FORBIDDEN');
    const status = await graphql(
      `
        mutation ($id: ID!) {
          setCohortStatus(cohortId: $id, status: CLOSED) {
            id
          }
        }
      `,
      { id: cohort.id },
      mentor.token,
    );
    expect(firstError(status).extensions?.code).toBe('FORBIDDEN');
    const unchanged = await ok(
      graphql<{ cohort: { name: string; status: string } }>(
        `
          query ($id: ID!) {
            cohort(id: $id) {
              name
              status
            }
          }
        `,
        { id: cohort.id },
        lead.token,
      ),
    );
    expect(unchanged.cohort).toEqual({ name: cohort.name, status: 'OPEN' });
  });

  it('moves only along the sensible transitions', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const SET = `mutation S($c: ID!, $s: CohortStatus!) { setCohortStatus(cohortId: $c, status: $s) { status } }`;
    const bad = await graphql(SET, { c: cohort.id, s: 'ACTIVE' }, lead.token);
    expect(firstError(bad).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_COHORT_TRANSITION',
    });
    await expect(ok(graphql(SET, { c: cohort.id, s: 'MATCHING' }, lead.token))).resolves.toEqual({
      setCohortStatus: { status: 'MATCHING' },
    });
    await expect(ok(graphql(SET, { c: cohort.id, s: 'ACTIVE' }, lead.token))).resolves.toEqual({
      setCohortStatus: { status: 'ACTIVE' },
    });
    await expect(ok(graphql(SET, { c: cohort.id, s: 'CLOSED' }, lead.token))).resolves.toEqual({
      setCohortStatus: { status: 'CLOSED' },
    });
    const reopen = await graphql(SET, { c: cohort.id, s: 'OPEN' }, lead.token);
    expect(firstError(reopen).extensions?.code).toBe('CONFLICT');
  });

  it('lets people join an open cohort once, with the role they signed up as', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await signUpMentor({ capacity: 3 });
    await join(mentor, cohort.id, 'MENTOR');
    const twice = await graphql(
      `mutation { joinCohort(cohortId: "${cohort.id}", role: MENTOR) { id } }`,
      {},
      mentor.token,
    );
    expect(firstError(twice).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_JOINED',
    });
    const mine = await ok(
      graphql<{
        cohorts: { id: string; myMembership: { role: string; capacity: number } | null }[];
      }>(COHORTS, {}, mentor.token),
    );
    expect(mine.cohorts.find((c) => c.id === cohort.id)?.myMembership).toEqual({
      role: 'MENTOR',
      capacity: 3,
    });

    const mentee = await signUpMentee();
    const wrongRole = await graphql(
      `mutation { joinCohort(cohortId: "${cohort.id}", role: MENTOR) { id } }`,
      {},
      mentee.token,
    );
    expect(firstError(wrongRole).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'role',
    });
    const capacity = await graphql(
      `mutation { joinCohort(cohortId: "${cohort.id}", role: MENTEE, capacity: 2) { id } }`,
      {},
      mentee.token,
    );
    expect(firstError(capacity).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'capacity',
    });
    const badId = await graphql(
      `
        mutation {
          joinCohort(cohortId: "nope", role: MENTEE) {
            id
          }
        }
      `,
      {},
      mentee.token,
    );
    expect(firstError(badId).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'cohortId',
    });
  });

  it('refuses joining a cohort that is not open', async () => {
    const lead = await loginLead();
    const draft = await ok(
      graphql<{ createCohort: { id: string } }>(
        CREATE,
        { input: { name: 'Draft', startsOn: '2027-03-01', endsOn: '2027-05-30' } },
        lead.token,
      ),
    );
    const mentee = await signUpMentee();
    const r = await graphql(
      `mutation { joinCohort(cohortId: "${draft.createCohort.id}", role: MENTEE) { id } }`,
      {},
      mentee.token,
    );
    expect(firstError(r).extensions).toMatchObject({ code: 'CONFLICT', reason: 'COHORT_NOT_OPEN' });
  });

  it('signs up straight into an open cohort, or writes nothing', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const data = await ok(
      graphql<{ signUp: { token: string } }>(SIGN_UP, {
        input: menteeInput({ cohortId: cohort.id }),
      }),
    );
    const mine = await ok(
      graphql<{ cohorts: { id: string; myMembership: { role: string } | null }[] }>(
        COHORTS,
        {},
        data.signUp.token,
      ),
    );
    expect(mine.cohorts.find((c) => c.id === cohort.id)?.myMembership).toEqual({
      role: 'MENTEE',
      capacity: null,
    });

    const draft = await ok(
      graphql<{ createCohort: { id: string } }>(
        CREATE,
        { input: { name: 'Closed', startsOn: '2027-03-01', endsOn: '2027-05-30' } },
        lead.token,
      ),
    );
    const email = uniqueEmail('late');
    const refused = await graphql(SIGN_UP, {
      input: menteeInput({ email, cohortId: draft.createCohort.id }),
    });
    expect(firstError(refused).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'COHORT_NOT_OPEN',
    });
    // No account was left behind: the same email signs up fine without the cohort.
    await expect(ok(graphql(SIGN_UP, { input: menteeInput({ email }) }))).resolves.toBeTruthy();
  });

  it('shows participants open cohorts and their own, and leads all', async () => {
    const lead = await loginLead();
    const draft = await ok(
      graphql<{ createCohort: { id: string } }>(
        CREATE,
        { input: { name: 'Hidden draft', startsOn: '2027-03-01', endsOn: '2027-05-30' } },
        lead.token,
      ),
    );
    const open = await createOpenCohort(lead);
    const mentee = await signUpMentee();
    const seen = await ok(graphql<{ cohorts: { id: string }[] }>(COHORTS, {}, mentee.token));
    expect(seen.cohorts.map((c) => c.id)).toContain(open.id);
    expect(seen.cohorts.map((c) => c.id)).not.toContain(draft.createCohort.id);
    const direct = await graphql(
      `query { cohort(id: "${draft.createCohort.id}") { id } }`,
      {},
      mentee.token,
    );
    expect(firstError(direct).extensions?.code).toBe('NOT_FOUND');
    const all = await ok(graphql<{ cohorts: { id: string }[] }>(COHORTS, {}, lead.token));
    expect(all.cohorts.map((c) => c.id)).toEqual(
      expect.arrayContaining([open.id, draft.createCohort.id]),
    );
    const counts = await graphql(
      `query { cohort(id: "${open.id}") { counts { mentees } } }`,
      {},
      mentee.token,
    );
    expect(firstError(counts).extensions?.code).toBe('FORBIDDEN');
  });
});
