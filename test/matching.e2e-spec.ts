import { TEST_NOW_HEADER } from '../src/common/graphql/request-clock';
import { baseUrl, firstError, graphql, ok } from './helpers/graphql';
import { loginLead, signUpMentee, type Account } from './helpers/factories';
import { createOpenCohort, menteeIn, mentorIn, run, RUN } from './helpers/cohorts';
import { runJob } from './helpers/jobs';

const MY_MATCHES = `query { myMatches { id status score cohort { id }
  mentor { id displayName email } mentee { id displayName languages timezone interests goals }
  breakdown { overlapMinutesPerWeek sharedInterests overlap { mentor mentee } language availability interests goals equity } } }`;
const ACCEPT = `mutation A($id: ID!) { acceptMatch(matchId: $id) { id status respondedAt } }`;
const DECLINE = `mutation D($id: ID!, $r: String, $n: String) { declineMatch(matchId: $id, reason: $r, note: $n) { id status declineReason } }`;
const COHORT_MATCHES = `query M($c: ID!, $s: MatchStatus, $first: Int) { cohortMatches(cohortId: $c, status: $s, first: $first) {
  totalCount edges { node { id status score mentor { id displayName } mentee { id displayName } history { from to reason } } } } }`;
const HISTORY = `query H($c: ID!) { cohortHistory(cohortId: $c, first: 100) { totalCount edges { node { matchId from to reason note actor { id } } } } }`;
const NOTIFICATIONS = `query { myNotifications(first: 50) { unreadCount totalCount edges { node { id kind payload readAt } } } }`;

type Proposal = { id: string; status: string; mentor: { id: string }; mentee: { id: string } };

async function myMatches(a: Account, at?: Date) {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${a.token}`,
      ...(at ? { [TEST_NOW_HEADER]: at.toISOString() } : {}),
    },
    body: JSON.stringify({ query: MY_MATCHES }),
  });
  const body = (await res.json()) as {
    data: { myMatches: (Proposal & Record<string, unknown>)[] };
    errors?: unknown[];
  };
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }
  return body.data.myMatches;
}

const NO_OVERLAP = [{ day: 'SUN', start: '03:00', end: '04:00' }];

describe('a cohort from opening to second run', () => {
  it('runs dry, publishes, takes answers, refills declines and expires the unanswered', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead, { expiryDays: 7 });

    const bilingual = [];
    for (let i = 0; i < 4; i++) {
      bilingual.push(
        await mentorIn(
          cohort.id,
          { displayName: `Mentora ${i}`, interests: ['python', `rare-${i}`] },
          2,
        ),
      );
    }
    const englishOnly = [];
    for (let i = 0; i < 2; i++) {
      englishOnly.push(
        await mentorIn(
          cohort.id,
          { displayName: `Mentor EN ${i}`, languages: ['EN'], preferredLanguage: 'EN' },
          1,
        ),
      );
    }
    const mentees: Account[] = [];
    for (let i = 0; i < 10; i++) {
      mentees.push(
        await menteeIn(cohort.id, {
          displayName: `Aprendiz ${i}`,
          languages: ['ES', 'EN'],
          interests: ['python', `rare-${i % 4}`],
        }),
      );
    }
    const spanishOnly = [];
    for (let i = 0; i < 2; i++) {
      spanishOnly.push(
        await menteeIn(cohort.id, {
          displayName: `Solo ES ${i}`,
          languages: ['ES'],
          preferredLanguage: 'ES',
        }),
      );
    }
    const noHours = [];
    for (let i = 0; i < 2; i++) {
      noHours.push(
        await menteeIn(cohort.id, { displayName: `Sin horas ${i}`, availability: NO_OVERLAP }),
      );
    }

    // A participant cannot run matching.
    const denied = await graphql(RUN, { c: cohort.id, dry: true }, mentees[0].token);
    expect(firstError(denied).extensions?.code).toBe('FORBIDDEN');

    // Dry runs: totals and reasons, nothing saved; other weights can be compared.
    const dry = await run(lead, cohort.id, true);
    expect(dry.runMatching).toMatchObject({
      id: null,
      dryRun: true,
      matchedCount: 10,
      menteeCount: 14,
      mentorCount: 6,
    });
    expect(dry.runMatching.proposals).toHaveLength(10);
    const reasons = Object.fromEntries(
      dry.runMatching.unmatched.map((u) => [u.mentee.id, u.reasons]),
    );
    for (const m of noHours) {
      expect(reasons[m.id]).toEqual(['NO_AVAILABILITY_OVERLAP']);
    }
    expect(Object.values(reasons).filter((r) => r.includes('MENTORS_AT_CAPACITY'))).toHaveLength(2);
    const dry2 = await run(lead, cohort.id, true, { interests: 3 });
    expect(dry2.runMatching.inputHash).not.toBe(dry.runMatching.inputHash);
    expect(dry2.runMatching.matchedCount).toBe(10);
    const none = await ok(
      graphql<{ cohortMatches: { totalCount: number } }>(
        COHORT_MATCHES,
        { c: cohort.id },
        lead.token,
      ),
    );
    expect(none.cohortMatches.totalCount).toBe(0);

    // The real run saves the proposals and tells each mentor.
    const real = await run(lead, cohort.id);
    expect(real.runMatching.id).toEqual(expect.any(String));
    expect(real.runMatching.matchedCount).toBe(10);
    const proposals = real.runMatching.proposals;
    expect(proposals.every((p) => p.status === 'PROPOSED')).toBe(true);
    const status = await ok(
      graphql<{ cohort: { status: string } }>(
        `query { cohort(id: "${cohort.id}") { status } }`,
        {},
        lead.token,
      ),
    );
    expect(status.cohort.status).toBe('MATCHING');
    const runs = await ok(
      graphql<{ matchRuns: { id: string; matchedCount: number; proposals: unknown[] }[] }>(
        `query { matchRuns(cohortId: "${cohort.id}") { id matchedCount proposals { id } } }`,
        {},
        lead.token,
      ),
    );
    expect(runs.matchRuns).toEqual([
      { id: real.runMatching.id, matchedCount: 10, proposals: expect.any(Array) },
    ]);

    // The matches table filters by a person's name (either side, any case, taken literally).
    const byName = (person: string, token = lead.token) =>
      graphql<{
        cohortMatches: {
          totalCount: number;
          edges: { node: { mentor: { displayName: string }; mentee: { displayName: string } } }[];
        };
      }>(
        `
          query M($c: ID!, $p: String) {
            cohortMatches(cohortId: $c, person: $p, first: 100) {
              totalCount
              edges {
                node {
                  mentor {
                    displayName
                  }
                  mentee {
                    displayName
                  }
                }
              }
            }
          }
        `,
        { c: cohort.id, p: person },
        token,
      );
    const mentora1 = bilingual[1].id;
    const ofMentora1 = proposals.filter((p) => p.mentor.id === mentora1).length;
    expect(ofMentora1).toBeGreaterThan(0);
    const found = await ok(byName('  mentora 1 '));
    expect(found.cohortMatches.totalCount).toBe(ofMentora1);
    expect(found.cohortMatches.edges).toHaveLength(ofMentora1);
    expect(found.cohortMatches.edges.every((e) => e.node.mentor.displayName === 'Mentora 1')).toBe(
      true,
    );
    const menteeIds = new Set(mentees.map((m) => m.id));
    const aprendices = await ok(byName('APRENDIZ'));
    expect(aprendices.cohortMatches.totalCount).toBe(
      proposals.filter((p) => menteeIds.has(p.mentee.id)).length,
    );
    await expect(ok(byName('%'))).resolves.toMatchObject({ cohortMatches: { totalCount: 0 } });
    await expect(ok(byName('Mentora_1'))).resolves.toMatchObject({
      cohortMatches: { totalCount: 0 },
    });
    const tooLong = await byName('x'.repeat(101));
    expect(firstError(tooLong).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'person',
    });
    const asMentee = await byName('Mentora', mentees[0].token);
    expect(firstError(asMentee).extensions?.code).toBe('FORBIDDEN');
    expect(runs.matchRuns[0].proposals).toHaveLength(10);

    // Mentors see their proposals, explained, in their own terms; never the mentee's email.
    const mentorA = bilingual[0];
    const forA = await myMatches(mentorA);
    expect(forA).toHaveLength(2);
    expect(forA[0]).toMatchObject({
      status: 'PROPOSED',
      cohort: { id: cohort.id },
      mentee: { displayName: expect.stringMatching(/Aprendiz|Solo ES/), timezone: 'America/Lima' },
      breakdown: {
        overlapMinutesPerWeek: 360,
        language: 1,
        overlap: [
          { mentor: 'MON 12:00-15:00', mentee: 'MON 12:00-15:00' },
          { mentor: 'WED 12:00-15:00', mentee: 'WED 12:00-15:00' },
        ],
      },
    });
    const email = await graphql(
      `
        query {
          myMatches {
            mentee {
              email
            }
          }
        }
      `,
      {},
      mentorA.token,
    );
    expect(firstError(email).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PRIVATE_FIELD',
    });
    const selfId = await graphql(
      `
        query {
          myMatches {
            mentee {
              underrepresented
            }
          }
        }
      `,
      {},
      mentorA.token,
    );
    expect(firstError(selfId).extensions?.code).toBe('FORBIDDEN');
    const notes = await ok(
      graphql<{ myNotifications: { unreadCount: number; edges: { node: { kind: string } }[] } }>(
        NOTIFICATIONS,
        {},
        mentorA.token,
      ),
    );
    expect(notes.myNotifications.edges.map((e) => e.node.kind)).toEqual([
      'MATCH_PROPOSED',
      'MATCH_PROPOSED',
    ]);

    // Another mentor cannot read or answer A's proposal; the mentee cannot see it yet.
    const other = bilingual[1];
    const peek = await graphql(`query { match(id: "${forA[0].id}") { id } }`, {}, other.token);
    expect(firstError(peek).extensions?.code).toBe('FORBIDDEN');
    const steal = await graphql(ACCEPT, { id: forA[0].id }, other.token);
    expect(firstError(steal).extensions?.code).toBe('FORBIDDEN');
    const menteeOfA = mentees
      .concat(spanishOnly)
      .find((m) => m.id === forA[0].mentee.id) as Account;
    await expect(myMatches(menteeOfA)).resolves.toEqual([]);
    const early = await graphql(`query { match(id: "${forA[0].id}") { id } }`, {}, menteeOfA.token);
    expect(firstError(early).extensions?.code).toBe('FORBIDDEN');

    // A accepts both; the mentee now sees her mentor, with the email to write to.
    for (const p of forA) {
      await expect(ok(graphql(ACCEPT, { id: p.id }, mentorA.token))).resolves.toMatchObject({
        acceptMatch: { status: 'ACCEPTED' },
      });
    }
    const again = await graphql(ACCEPT, { id: forA[0].id }, mentorA.token);
    expect(firstError(again).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });
    const seen = await myMatches(menteeOfA);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      status: 'ACCEPTED',
      mentor: { id: mentorA.id, email: mentorA.email },
    });
    const menteeNotes = await ok(
      graphql<{ myNotifications: { edges: { node: { kind: string } }[] } }>(
        NOTIFICATIONS,
        {},
        menteeOfA.token,
      ),
    );
    expect(menteeNotes.myNotifications.edges[0].node.kind).toBe('MATCH_ACCEPTED');

    // B declines one with a reason from the list, accepts the other.
    const mentorB = bilingual[1];
    const forB = await myMatches(mentorB);
    const noReason = await graphql(DECLINE, { id: forB[0].id, r: 'busy' }, mentorB.token);
    expect(firstError(noReason).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const otherNoNote = await graphql(DECLINE, { id: forB[0].id, r: 'OTHER' }, mentorB.token);
    expect(firstError(otherNoNote).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    await expect(
      ok(graphql(DECLINE, { id: forB[0].id, r: 'NO_TIME', n: 'Viajo en marzo' }, mentorB.token)),
    ).resolves.toMatchObject({
      declineMatch: { status: 'DECLINED', declineReason: 'NO_TIME' },
    });
    await ok(graphql(ACCEPT, { id: forB[1].id }, mentorB.token));
    const leadNotes = await ok(
      graphql<{
        myNotifications: { edges: { node: { kind: string; payload: { matchId: string } } }[] };
      }>(NOTIFICATIONS, {}, lead.token),
    );
    expect(
      leadNotes.myNotifications.edges.some(
        (e) => e.node.kind === 'MATCH_DECLINED' && e.node.payload.matchId === forB[0].id,
      ),
    ).toBe(true);

    // The second run fills B's freed place, never with the declined pair.
    const second = await run(lead, cohort.id);
    const declinedMentee = forB[0].mentee.id;
    expect(
      second.runMatching.proposals.some(
        (p) => p.mentor.id === mentorB.id && p.mentee.id === declinedMentee,
      ),
    ).toBe(false);
    expect(second.runMatching.proposals.filter((p) => p.mentor.id === mentorB.id)).toHaveLength(1);
    expect(second.runMatching.menteeCount).toBe(2 + 2 + 1);

    // Eight days on, unanswered proposals read as expired; the sweep writes history and notices.
    const later = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    const mentorC = bilingual[2];
    const forC = await myMatches(mentorC, later);
    expect(forC.length).toBeGreaterThan(0);
    expect(forC.every((p) => p.status === 'EXPIRED')).toBe(true);
    const lateAccept = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${mentorC.token}`,
        [TEST_NOW_HEADER]: later.toISOString(),
      },
      body: JSON.stringify({ query: ACCEPT, variables: { id: forC[0].id } }),
    });
    expect(
      ((await lateAccept.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]
        .extensions.reason,
    ).toBe('PROPOSAL_EXPIRED');

    // Reading wrote nothing: the history has no expiry until the background sweep runs.
    const beforeSweep = await ok(
      graphql<{ cohortHistory: { edges: { node: { to: string } }[] } }>(
        HISTORY,
        { c: cohort.id },
        lead.token,
      ),
    );
    expect(beforeSweep.cohortHistory.edges.filter((e) => e.node.to === 'EXPIRED')).toEqual([]);
    expect(await runJob('expiry', later, cohort.id)).toBeGreaterThan(0);

    const history = await ok(
      graphql<{
        cohortHistory: {
          totalCount: number;
          edges: {
            node: {
              matchId: string;
              from: string | null;
              to: string;
              reason: string | null;
              note: string | null;
              actor: { id: string } | null;
            };
          }[];
        };
      }>(HISTORY, { c: cohort.id }, lead.token),
    );
    const steps = history.cohortHistory.edges.map((e) => e.node);
    const ofB = steps.filter((s) => s.matchId === forB[0].id);
    expect(ofB).toEqual([
      {
        matchId: forB[0].id,
        from: null,
        to: 'PROPOSED',
        reason: 'MATCH_RUN',
        note: null,
        actor: { id: lead.id },
      },
      {
        matchId: forB[0].id,
        from: 'PROPOSED',
        to: 'DECLINED',
        reason: 'NO_TIME',
        note: 'Viajo en marzo',
        actor: { id: mentorB.id },
      },
    ]);
    const expired = steps.filter((s) => s.to === 'EXPIRED');
    expect(expired.length).toBeGreaterThan(0);
    expect(expired.every((s) => s.actor === null && s.reason === 'NO_ANSWER')).toBe(true);
    expect(steps.filter((s) => s.to === 'ACCEPTED')).toHaveLength(3);

    // The history is for leads only.
    const notLead = await graphql(HISTORY, { c: cohort.id }, mentorA.token);
    expect(firstError(notLead).extensions?.code).toBe('FORBIDDEN');
    const fieldDenied = await graphql(
      `
        query {
          myMatches {
            history {
              to
            }
          }
        }
      `,
      {},
      mentorA.token,
    );
    expect(firstError(fieldDenied).extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps each request to a fixed number of SQL statements, however many matches', async () => {
    const lead = await loginLead();
    const counts: number[] = [];
    for (const size of [10, 200]) {
      const cohort = await createOpenCohort(lead);
      const mentors = Math.ceil(size / 10);
      for (let i = 0; i < mentors; i++) {
        await mentorIn(cohort.id, { displayName: `M${i}` }, 10);
      }
      await Promise.all(
        Array.from({ length: size }, (_, i) => menteeIn(cohort.id, { displayName: `E${i}` })),
      );
      expect((await run(lead, cohort.id)).runMatching.matchedCount).toBe(size);
      const res = await graphql<{ cohortMatches: { edges: unknown[] } }>(
        COHORT_MATCHES.replace(' history { from to reason }', ''),
        { c: cohort.id, first: 500 },
        lead.token,
      );
      expect(res.data?.cohortMatches.edges).toHaveLength(size);
      counts.push(
        (res as unknown as { extensions: { sqlStatements: number } }).extensions?.sqlStatements ??
          -1,
      );
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });

  it('lets only the mentor decline, and only leads or the pair end a match', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await mentorIn(cohort.id, {}, 1);
    const mentee = await menteeIn(cohort.id);
    const outsider = await signUpMentee();
    const [p] = (await run(lead, cohort.id)).runMatching.proposals;
    const byLead = await graphql(DECLINE, { id: p.id, r: 'NO_TIME' }, lead.token);
    expect(firstError(byLead).extensions?.code).toBe('FORBIDDEN');
    await ok(graphql(ACCEPT, { id: p.id }, mentor.token));
    const END = `mutation E($id: ID!, $r: String) { endMatch(matchId: $id, reason: $r) { status endReason } }`;
    const stranger = await graphql(END, { id: p.id, r: 'no' }, outsider.token);
    expect(firstError(stranger).extensions?.code).toBe('FORBIDDEN');
    const noReason = await graphql(END, { id: p.id }, mentee.token);
    expect(firstError(noReason).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    await expect(
      ok(graphql(END, { id: p.id, r: 'Cambio de trabajo' }, mentee.token)),
    ).resolves.toEqual({
      endMatch: { status: 'ENDED', endReason: 'Cambio de trabajo' },
    });
    const complete = await graphql(
      `mutation { completeMatch(matchId: "${p.id}") { status } }`,
      {},
      lead.token,
    );
    expect(firstError(complete).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });
  });

  it('keeps pins and exclusions, and refuses a pin that cannot be', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const m1 = await mentorIn(cohort.id, { displayName: 'Uno', interests: ['python'] }, 1);
    const m2 = await mentorIn(cohort.id, { displayName: 'Dos', interests: ['ecology'] }, 1);
    const e1 = await menteeIn(cohort.id, { interests: ['python'] });
    const e2 = await menteeIn(cohort.id, { interests: ['ecology'] });
    const RULE = `mutation P($c: ID!, $m: ID!, $e: ID!, $k: PairRuleKind!) { addPairRule(cohortId: $c, mentorId: $m, menteeId: $e, kind: $k) { id kind } }`;
    await ok(graphql(RULE, { c: cohort.id, m: m2.id, e: e1.id, k: 'PIN' }, lead.token));
    const dry = await run(lead, cohort.id, true);
    const pairs = dry.runMatching.proposals.map((p) => `${p.mentor.id}:${p.mentee.id}`).sort();
    expect(pairs).toEqual([`${m2.id}:${e1.id}`, `${m1.id}:${e2.id}`].sort());
    const wrongWay = await graphql(
      RULE,
      { c: cohort.id, m: e1.id, e: m1.id, k: 'EXCLUDE' },
      lead.token,
    );
    expect(firstError(wrongWay).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'mentorId',
    });

    const far = await menteeIn(cohort.id, { availability: NO_OVERLAP });
    await ok(graphql(RULE, { c: cohort.id, m: m1.id, e: far.id, k: 'PIN' }, lead.token));
    const infeasible = await graphql(RUN, { c: cohort.id, dry: true }, lead.token);
    expect(firstError(infeasible).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INFEASIBLE_INPUT',
    });

    // The lead reads the rules with the two names, and removes the impossible pin.
    const RULES = `query R($c: ID!) { cohort(id: $c) { pairRules { id kind mentor { displayName } mentee { id displayName } } } }`;
    type Rules = {
      cohort: {
        pairRules: {
          id: string;
          kind: string;
          mentor: { displayName: string };
          mentee: { id: string; displayName: string };
        }[];
      };
    };
    const rules = await ok(graphql<Rules>(RULES, { c: cohort.id }, lead.token));
    expect(rules.cohort.pairRules).toHaveLength(2);
    expect(rules.cohort.pairRules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'PIN', mentor: { displayName: 'Dos' } }),
        expect.objectContaining({ kind: 'PIN', mentor: { displayName: 'Uno' } }),
      ]),
    );
    const pin = rules.cohort.pairRules.find((r) => r.mentee.id === far.id);
    const mentorAdds = await graphql(
      RULE,
      { c: cohort.id, m: m1.id, e: e2.id, k: 'PIN' },
      m1.token,
    );
    expect(firstError(mentorAdds).extensions?.code).toBe('FORBIDDEN');
    const mentorReadsRuns = await graphql(
      `
        query ($c: ID!) {
          matchRuns(cohortId: $c) {
            id
          }
        }
      `,
      { c: cohort.id },
      m1.token,
    );
    expect(firstError(mentorReadsRuns).extensions?.code).toBe('FORBIDDEN');
    const asMentor = await graphql(RULES, { c: cohort.id }, m1.token);
    expect(firstError(asMentor).extensions?.code).toBe('FORBIDDEN');
    const removeRule = `mutation X($id: ID!) { removePairRule(ruleId: $id) }`;
    const notLeadRemoves = await graphql(removeRule, { id: pin?.id }, m1.token);
    expect(firstError(notLeadRemoves).extensions?.code).toBe('FORBIDDEN');
    await expect(ok(graphql(removeRule, { id: pin?.id }, lead.token))).resolves.toEqual({
      removePairRule: true,
    });
    const after = await ok(graphql<Rules>(RULES, { c: cohort.id }, lead.token));
    expect(after.cohort.pairRules.map((r) => r.mentee.id)).toEqual([e1.id]);
    await expect(run(lead, cohort.id, true)).resolves.toMatchObject({
      runMatching: { matchedCount: 2 },
    });
  });
});

describe('self-identification stays private in scores', () => {
  it('shows the equity part only to the mentee; mentors, leads, dry runs and the CSV see the score without it', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentor = await mentorIn(cohort.id, { displayName: 'Privada', interests: ['python'] }, 2);
    const urep = await menteeIn(cohort.id, {
      displayName: 'Mentee Sí',
      interests: ['python'],
      underrepresented: true,
    });
    const other = await menteeIn(cohort.id, { displayName: 'Mentee No', interests: ['python'] });
    type Seen = { mentee: { id: string }; score: number; breakdown: { equity: number } };
    const byMentee = (list: Seen[]) => new Map(list.map((p) => [p.mentee.id, p]));

    // Both mentees are alike but for the private answer: everyone but the mentee sees
    // the same score and no equity, in a dry run as after it.
    const dry = byMentee(
      (await run(lead, cohort.id, true)).runMatching.proposals as unknown as Seen[],
    );
    expect(dry.get(urep.id)?.breakdown.equity).toBe(0);
    expect(dry.get(urep.id)?.score).toBe(dry.get(other.id)?.score);
    await run(lead, cohort.id);
    const forMentor = byMentee((await myMatches(mentor)) as unknown as Seen[]);
    expect(forMentor.get(urep.id)).toMatchObject({ breakdown: { equity: 0 } });
    expect(forMentor.get(urep.id)?.score).toBe(forMentor.get(other.id)?.score);
    const notice = await ok(
      graphql<{
        myNotifications: { edges: { node: { payload: { menteeId: string; score: number } } }[] };
      }>(NOTIFICATIONS, {}, mentor.token),
    );
    const scores = notice.myNotifications.edges.map((e) => e.node.payload.score);
    expect(scores).toEqual([forMentor.get(urep.id)?.score, forMentor.get(urep.id)?.score]);
    const forLead = await ok(
      graphql<{ cohortMatches: { edges: { node: Seen }[] } }>(
        `
          query M($c: ID!) {
            cohortMatches(cohortId: $c) {
              edges {
                node {
                  mentee {
                    id
                  }
                  score
                  breakdown {
                    equity
                  }
                }
              }
            }
          }
        `,
        { c: cohort.id },
        lead.token,
      ),
    );
    const leadView = byMentee(forLead.cohortMatches.edges.map((e) => e.node));
    expect(leadView.get(urep.id)).toMatchObject({
      score: forMentor.get(urep.id)?.score,
      breakdown: { equity: 0 },
    });

    // The mentee herself sees her equity part and the score that counted it.
    for (const p of forMentor.values()) {
      await ok(graphql(ACCEPT, { id: (p as unknown as { id: string }).id }, mentor.token));
    }
    const own = (await myMatches(urep)) as unknown as Seen[];
    expect(own[0].breakdown.equity).toBe(1);
    expect(own[0].score).toBeGreaterThan(forMentor.get(urep.id)?.score ?? Infinity);

    // The CSV's pair rows carry the same score as the lead's view, for both mentees alike.
    const csv = await (
      await fetch(`${baseUrl()}/reports/${cohort.id}.csv`, {
        headers: { authorization: `Bearer ${lead.token}` },
      })
    ).text();
    const rows = csv.split('\n').filter((line) => line.startsWith('Privada,'));
    expect(rows).toHaveLength(2);
    // (On the page's scale: out of 100.)
    const shown = String(Math.round(forMentor.get(urep.id)?.score ?? NaN) / 10);
    expect(rows.every((line) => line.split(',')[3] === shown)).toBe(true);
  });
});

describe('a run that proposes nobody', () => {
  it('leaves the cohort open for people to join', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    await mentorIn(cohort.id, { displayName: 'Sola' }, 1);
    const empty = await run(lead, cohort.id);
    expect(empty.runMatching.matchedCount).toBe(0);
    const status = await ok(
      graphql<{ cohort: { status: string } }>(
        'query($c: ID!) { cohort(id: $c) { status } }',
        { c: cohort.id },
        lead.token,
      ),
    );
    expect(status.cohort.status).toBe('OPEN');
    const late = await menteeIn(cohort.id, { displayName: 'Llega tarde' });
    const next = await run(lead, cohort.id);
    expect(next.runMatching.proposals.map((p) => p.mentee.id)).toEqual([late.id]);
  });
});

// Issue 11, item 7: the two probes that read the private answer through a lead's view.
describe('leads cannot read self-identification through runs', () => {
  it('gives run totals and averages without the equity part (they add up to the scores the lead sees)', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    await mentorIn(cohort.id, { interests: ['python'] }, 3);
    await menteeIn(cohort.id, { interests: ['python'], underrepresented: true });
    await menteeIn(cohort.id, { interests: ['python'], underrepresented: true });
    await menteeIn(cohort.id, { interests: ['python'] });
    const dry = (await run(lead, cohort.id, true)).runMatching;
    const dryScores = dry.proposals.map((p) => p.score);
    expect(dry.totalScore).toBe(dryScores.reduce((a, b) => a + b, 0));
    await run(lead, cohort.id);
    const seen = await ok(
      graphql<{
        matchRuns: { totalScore: number; averageScore: number; matchedCount: number }[];
        cohortMatches: { edges: { node: { score: number } }[] };
      }>(
        `
          query R($c: ID!) {
            matchRuns(cohortId: $c) {
              totalScore
              averageScore
              matchedCount
            }
            cohortMatches(cohortId: $c) {
              edges {
                node {
                  score
                }
              }
            }
          }
        `,
        { c: cohort.id },
        lead.token,
      ),
    );
    const scores = seen.cohortMatches.edges.map((e) => e.node.score);
    expect(scores).toHaveLength(3);
    const sum = scores.reduce((a, b) => a + b, 0);
    expect(seen.matchRuns[0].totalScore).toBe(sum);
    expect(seen.matchRuns[0].averageScore).toBe(Math.round((sum / 3) * 10) / 10);
  });

  it('fixes the equity weight with the cohort: a run cannot change it, nor weigh equity alone', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    await mentorIn(cohort.id, {}, 1);
    await menteeIn(cohort.id, { underrepresented: true });
    await menteeIn(cohort.id, {});
    const tries = [
      { language: 0, availability: 0, interests: 0, goals: 0, equity: 1 },
      { equity: 0 },
      { equity: 0.25 },
    ];
    for (const w of tries) {
      const r = await graphql(RUN, { c: cohort.id, dry: true, w }, lead.token);
      expect(r.data ?? null).toBeNull();
      expect(firstError(r).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'weights.equity',
      });
    }
    // The other weights may not fall so low that equity outweighs them either.
    const low = await graphql(
      RUN,
      { c: cohort.id, dry: true, w: { language: 0, availability: 0, interests: 0, goals: 1 } },
      lead.token,
    );
    expect(firstError(low).extensions).toMatchObject({ field: 'weights.equity' });
    // Nor can the cohort's setting change once it is open.
    const update = await graphql(
      `
        mutation U($c: ID!) {
          updateCohort(cohortId: $c, input: { weights: { equity: 0 } }) {
            id
          }
        }
      `,
      { c: cohort.id },
      lead.token,
    );
    expect(firstError(update).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'weights.equity',
    });
    // The lead sees the setting.
    const shown = await ok(
      graphql<{ cohort: { weights: { equity: number } } }>(
        `
          query C($c: ID!) {
            cohort(id: $c) {
              weights {
                equity
              }
            }
          }
        `,
        { c: cohort.id },
        lead.token,
      ),
    );
    expect(shown.cohort.weights.equity).toBe(0.5);
    // Nothing was proposed by any of these.
    const none = await ok(
      graphql<{ cohortMatches: { totalCount: number } }>(
        COHORT_MATCHES,
        { c: cohort.id },
        lead.token,
      ),
    );
    expect(none.cohortMatches.totalCount).toBe(0);
  });
});
