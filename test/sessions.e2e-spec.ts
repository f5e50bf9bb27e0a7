import { baseUrl, firstError, graphql, graphqlAt, ok } from './helpers/graphql';
import { signUpMentee } from './helpers/factories';
import { acceptedPair } from './helpers/pairs';
import { createOpenCohort, menteeIn, mentorIn, run } from './helpers/cohorts';

const VIEW = 'timezone localStart insideAvailability person { displayName }';
const SESSION_FIELDS = `id status startsAt durationMinutes agenda cancelReason endsAt icsUrl
  myView { ${VIEW} } otherView { ${VIEW} }`;
const SCHEDULE = `mutation S($m: ID!, $at: DateTime!, $d: Int!, $a: String, $done: Boolean) {
  scheduleSession(matchId: $m, startsAt: $at, durationMinutes: $d, agenda: $a, completed: $done) { ${SESSION_FIELDS} } }`;
const SCHEDULE_LOCAL = `mutation L($m: ID!, $local: String!, $tz: String, $d: Int!) {
  scheduleSessionLocal(matchId: $m, localStart: $local, timezone: $tz, durationMinutes: $d) { ${SESSION_FIELDS} } }`;
const COMPLETE = `mutation C($s: ID!) { completeSession(sessionId: $s) { id status } }`;
const FEEDBACK = `mutation F($s: ID!, $r: Int!, $c: String) { submitFeedback(sessionId: $s, rating: $r, comment: $c) { id rating comment } }`;

type Session = {
  id: string;
  status: string;
  startsAt: string;
  icsUrl: string;
  myView: { localStart: string; insideAvailability: boolean; timezone: string };
  otherView: { localStart: string; insideAvailability: boolean };
};

describe('mentorship sessions', () => {
  it('books a session both people see in their own local time', async () => {
    const { mentor, mentee, matchId } = await acceptedPair();
    const booked = await ok(
      graphql<{ scheduleSession: Session }>(
        SCHEDULE,
        { m: matchId, at: '2027-03-08T17:00:00Z', d: 60, a: 'Primer PR' },
        mentee.token,
      ),
    );
    expect(booked.scheduleSession).toMatchObject({
      status: 'SCHEDULED',
      startsAt: '2027-03-08T17:00:00.000Z',
      myView: {
        timezone: 'Europe/Madrid',
        localStart: '2027-03-08T18:00',
        insideAvailability: true,
      },
      otherView: { localStart: '2027-03-08T12:00', insideAvailability: true },
    });
    const forMentor = await ok(
      graphql<{ mySessions: Session[] }>(
        `query { mySessions { ${SESSION_FIELDS} } }`,
        {},
        mentor.token,
      ),
    );
    expect(forMentor.mySessions).toEqual([
      expect.objectContaining({
        id: booked.scheduleSession.id,
        myView: expect.objectContaining({
          timezone: 'America/Bogota',
          localStart: '2027-03-08T12:00',
        }),
      }),
    ]);
    const viaMatch = await ok(
      graphql<{ myMatches: { sessions: { id: string }[] }[] }>(
        `
          query {
            myMatches {
              sessions {
                id
              }
            }
          }
        `,
        {},
        mentor.token,
      ),
    );
    expect(viaMatch.myMatches[0].sessions.map((s) => s.id)).toEqual([booked.scheduleSession.id]);

    // From a local time in the mentor's own zone; a slot outside availability is flagged.
    const local = await ok(
      graphql<{ scheduleSessionLocal: Session }>(
        SCHEDULE_LOCAL,
        { m: matchId, local: '2027-03-10T16:00', d: 30 },
        mentor.token,
      ),
    );
    expect(local.scheduleSessionLocal).toMatchObject({
      startsAt: '2027-03-10T21:00:00.000Z',
      myView: { localStart: '2027-03-10T16:00', insideAvailability: false },
      otherView: { localStart: '2027-03-10T22:00', insideAvailability: false },
    });
    const gap = await graphql(
      SCHEDULE_LOCAL,
      { m: matchId, local: '2027-03-28T02:30', tz: 'Europe/Madrid', d: 30 },
      mentor.token,
    );
    expect(firstError(gap).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'localStart',
    });
  });

  it('refuses overlaps, dates outside the cohort, odd durations and strangers, writing nothing', async () => {
    const { mentor, mentee, matchId } = await acceptedPair();
    await ok(graphql(SCHEDULE, { m: matchId, at: '2027-03-15T17:00:00Z', d: 90 }, mentee.token));
    const overlap = await graphql(
      SCHEDULE,
      { m: matchId, at: '2027-03-15T18:00:00Z', d: 30 },
      mentor.token,
    );
    expect(firstError(overlap).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SESSION_OVERLAP',
      field: 'startsAt',
    });
    const outside = await graphql(
      SCHEDULE,
      { m: matchId, at: '2027-06-15T17:00:00Z', d: 60 },
      mentee.token,
    );
    expect(firstError(outside).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OUTSIDE_COHORT',
    });
    for (const d of [10, 200, 50]) {
      const odd = await graphql(
        SCHEDULE,
        { m: matchId, at: '2027-03-22T17:00:00Z', d },
        mentee.token,
      );
      expect(firstError(odd).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'durationMinutes',
      });
    }
    const past = await graphql(
      SCHEDULE,
      { m: matchId, at: '2020-03-22T17:00:00Z', d: 60 },
      mentee.token,
    );
    expect(firstError(past).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IN_THE_PAST',
    });
    const stranger = await signUpMentee();
    const theirs = await graphql(
      SCHEDULE,
      { m: matchId, at: '2027-03-22T17:00:00Z', d: 60 },
      stranger.token,
    );
    expect(firstError(theirs).extensions?.code).toBe('FORBIDDEN');
    const all = await ok(
      graphql<{ mySessions: unknown[] }>(
        `
          query {
            mySessions {
              id
            }
          }
        `,
        {},
        mentee.token,
      ),
    );
    expect(all.mySessions).toHaveLength(1);

    // Other people's sessions at the same time are no clash.
    const other = await acceptedPair();
    const otherPair = await graphql(
      SCHEDULE,
      { m: other.matchId, at: '2027-03-15T17:30:00Z', d: 30 },
      other.mentee.token,
    );
    expect(otherPair.data).toBeTruthy();
  });

  it('moves a booked session, not onto another session nor outside the cohort', async () => {
    const { mentor, mentee, matchId } = await acceptedPair();
    const book = async (at: string, d: number) =>
      (
        await ok(
          graphql<{ scheduleSession: Session }>(SCHEDULE, { m: matchId, at, d }, mentee.token),
        )
      ).scheduleSession;
    const s = await book('2027-03-08T17:00:00Z', 60);
    await book('2027-03-08T19:00:00Z', 60);
    const MOVE = `mutation M($s: ID!, $at: DateTime!, $d: Int) {
      rescheduleSession(sessionId: $s, startsAt: $at, durationMinutes: $d) { ${SESSION_FIELDS} } }`;
    // Overlapping its own old slot is fine; the mover's view follows.
    const moved = await ok(
      graphql<{ rescheduleSession: Session }>(
        MOVE,
        { s: s.id, at: '2027-03-08T17:30:00Z' },
        mentor.token,
      ),
    );
    expect(moved.rescheduleSession).toMatchObject({
      id: s.id,
      status: 'SCHEDULED',
      startsAt: '2027-03-08T17:30:00.000Z',
      myView: { timezone: 'America/Bogota', localStart: '2027-03-08T12:30' },
    });
    const onto = await graphql(MOVE, { s: s.id, at: '2027-03-08T18:00:00Z', d: 90 }, mentor.token);
    expect(firstError(onto).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SESSION_OVERLAP',
    });
    const outside = await graphql(MOVE, { s: s.id, at: '2027-06-15T17:00:00Z' }, mentee.token);
    expect(firstError(outside).extensions).toMatchObject({ reason: 'OUTSIDE_COHORT' });
    const past = await graphql(MOVE, { s: s.id, at: '2020-03-08T17:00:00Z' }, mentee.token);
    expect(firstError(past).extensions).toMatchObject({ reason: 'IN_THE_PAST' });
    const odd = await graphql(MOVE, { s: s.id, at: '2027-03-09T17:00:00Z', d: 50 }, mentee.token);
    expect(firstError(odd).extensions).toMatchObject({ field: 'durationMinutes' });
    const done = await ok(
      graphql<{ mySessions: Session[] }>(
        `query { mySessions { ${SESSION_FIELDS} } }`,
        {},
        mentee.token,
      ),
    );
    expect(done.mySessions.map((x) => x.startsAt)).toEqual([
      '2027-03-08T17:30:00.000Z',
      '2027-03-08T19:00:00.000Z',
    ]);
  });

  it("moves a session from a local time: the mover's zone, or the one given; a time that does not exist is refused", async () => {
    const { mentor, mentee, matchId } = await acceptedPair();
    const s = (
      await ok(
        graphql<{ scheduleSession: Session }>(
          SCHEDULE,
          { m: matchId, at: '2027-03-08T17:00:00Z', d: 60 },
          mentee.token,
        ),
      )
    ).scheduleSession;
    const MOVE_LOCAL = `mutation M($s: ID!, $local: String!, $tz: String, $d: Int) {
      rescheduleSessionLocal(sessionId: $s, localStart: $local, timezone: $tz, durationMinutes: $d) { ${SESSION_FIELDS} } }`;
    // The mentor in Bogotá writes Wednesday 12:00 (UTC-5): 17:00 UTC, 18:00 in Madrid.
    const moved = await ok(
      graphql<{ rescheduleSessionLocal: Session & { durationMinutes: number } }>(
        MOVE_LOCAL,
        { s: s.id, local: '2027-03-10T12:00', d: 90 },
        mentor.token,
      ),
    );
    expect(moved.rescheduleSessionLocal).toMatchObject({
      id: s.id,
      startsAt: '2027-03-10T17:00:00.000Z',
      durationMinutes: 90,
      myView: { localStart: '2027-03-10T12:00' },
      otherView: { localStart: '2027-03-10T18:00' },
    });
    // The mentee writes in her Madrid time; the length stays when not given.
    const again = await ok(
      graphql<{ rescheduleSessionLocal: Session & { durationMinutes: number } }>(
        MOVE_LOCAL,
        { s: s.id, local: '2027-03-15T18:30' },
        mentee.token,
      ),
    );
    expect(again.rescheduleSessionLocal).toMatchObject({
      startsAt: '2027-03-15T17:30:00.000Z',
      durationMinutes: 90,
    });
    // 02:30 on 2027-03-28 does not exist in Madrid (the clocks jump to 03:00).
    const gap = await graphql(
      MOVE_LOCAL,
      { s: s.id, local: '2027-03-28T02:30', tz: 'Europe/Madrid' },
      mentee.token,
    );
    expect(firstError(gap).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BAD_LOCAL_TIME',
      field: 'localStart',
    });
    const zone = await graphql(
      MOVE_LOCAL,
      { s: s.id, local: '2027-03-16T12:00', tz: 'Mars/Olympus' },
      mentee.token,
    );
    expect(firstError(zone).extensions).toMatchObject({ field: 'timezone' });
    // A stranger cannot move it, and nothing moved after the refusals.
    const stranger = await signUpMentee();
    const denied = await graphql(
      MOVE_LOCAL,
      { s: s.id, local: '2027-03-16T12:00' },
      stranger.token,
    );
    expect(firstError(denied).extensions?.code).toBe('FORBIDDEN');
    const { mySessions } = await ok(
      graphql<{ mySessions: Session[] }>(
        `query { mySessions { ${SESSION_FIELDS} } }`,
        {},
        mentor.token,
      ),
    );
    expect(mySessions.map((x) => x.startsAt)).toEqual(['2027-03-15T17:30:00.000Z']);
  });

  it('is scheduled only for accepted matches', async () => {
    const lead = (await acceptedPair()).lead;
    const cohort = await createOpenCohort(lead);
    const mentor = await mentorIn(cohort.id, {}, 1);
    await menteeIn(cohort.id);
    const [p] = (await run(lead, cohort.id)).runMatching.proposals;
    const r = await graphql(SCHEDULE, { m: p.id, at: '2027-03-15T17:00:00Z', d: 60 }, mentor.token);
    expect(firstError(r).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'MATCH_NOT_ACCEPTED',
    });
  });

  it('completes after the start, takes feedback once per person, and keeps it private', async () => {
    const { lead, mentor, mentee, matchId } = await acceptedPair();
    const s = (
      await ok(
        graphql<{ scheduleSession: Session }>(
          SCHEDULE,
          { m: matchId, at: '2027-03-08T17:00:00Z', d: 60 },
          mentee.token,
        ),
      )
    ).scheduleSession;
    const early = await graphql(COMPLETE, { s: s.id }, mentor.token);
    expect(firstError(early).extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_STARTED' });
    const tooSoon = await graphql(FEEDBACK, { s: s.id, r: 5 }, mentee.token);
    expect(firstError(tooSoon).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SESSION_NOT_COMPLETED',
    });

    const after = '2027-03-08T18:30:00Z';
    await expect(ok(graphqlAt(after, COMPLETE, { s: s.id }, mentor.token))).resolves.toEqual({
      completeSession: { id: s.id, status: 'COMPLETED' },
    });
    const bad = await graphql(FEEDBACK, { s: s.id, r: 6 }, mentee.token);
    expect(firstError(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rating' });
    const long = await graphql(FEEDBACK, { s: s.id, r: 4, c: 'x'.repeat(2001) }, mentee.token);
    expect(firstError(long).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    await ok(graphql(FEEDBACK, { s: s.id, r: 5, c: '¡Muy útil!' }, mentee.token));
    const twice = await graphql(FEEDBACK, { s: s.id, r: 1 }, mentee.token);
    expect(firstError(twice).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FEEDBACK_ALREADY_GIVEN',
    });
    await ok(graphql(FEEDBACK, { s: s.id, r: 4 }, mentor.token));

    const mentorSees = await ok(
      graphql<{ session: { myFeedback: { rating: number } } }>(
        `query { session(id: "${s.id}") { myFeedback { rating comment } } }`,
        {},
        mentor.token,
      ),
    );
    expect(mentorSees.session.myFeedback).toEqual({ rating: 4, comment: null });
    const peek = await graphql(
      `query { session(id: "${s.id}") { feedback { rating } } }`,
      {},
      mentor.token,
    );
    expect(firstError(peek).extensions?.code).toBe('FORBIDDEN');
    const leadSees = await ok(
      graphql<{
        session: { feedback: { rating: number; comment: string | null; author: { id: string } }[] };
      }>(
        `query { session(id: "${s.id}") { feedback { rating comment author { id } } } }`,
        {},
        lead.token,
      ),
    );
    expect(leadSees.session.feedback).toEqual([
      { rating: 5, comment: '¡Muy útil!', author: { id: mentee.id } },
      { rating: 4, comment: null, author: { id: mentor.id } },
    ]);
  });

  it('cancels with a reason, marks no-shows, and logs past sessions as done', async () => {
    const { mentor, mentee, matchId } = await acceptedPair();
    const s1 = (
      await ok(
        graphql<{ scheduleSession: Session }>(
          SCHEDULE,
          { m: matchId, at: '2027-03-22T17:00:00Z', d: 60 },
          mentee.token,
        ),
      )
    ).scheduleSession;
    const noReason = await graphql(
      `mutation { cancelSession(sessionId: "${s1.id}", reason: "  ") { status } }`,
      {},
      mentor.token,
    );
    expect(firstError(noReason).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    await expect(
      ok(
        graphql(
          `mutation { cancelSession(sessionId: "${s1.id}", reason: "Enfermedad") { status cancelReason } }`,
          {},
          mentor.token,
        ),
      ),
    ).resolves.toEqual({
      cancelSession: { status: 'CANCELLED', cancelReason: 'Enfermedad' },
    });
    // The cancelled slot is free again.
    const s2 = (
      await ok(
        graphql<{ scheduleSession: Session }>(
          SCHEDULE,
          { m: matchId, at: '2027-03-22T17:00:00Z', d: 60 },
          mentee.token,
        ),
      )
    ).scheduleSession;
    await expect(
      ok(
        graphqlAt(
          '2027-03-22T18:10:00Z',
          `mutation { markNoShow(sessionId: "${s2.id}") { status } }`,
          {},
          mentor.token,
        ),
      ),
    ).resolves.toEqual({
      markNoShow: { status: 'NO_SHOW' },
    });
    const logged = await ok(
      graphqlAt<{ scheduleSession: Session }>(
        '2027-04-02T10:00:00Z',
        SCHEDULE,
        { m: matchId, at: '2027-03-29T16:00:00Z', d: 45, done: true },
        mentor.token,
      ),
    );
    expect(logged.scheduleSession.status).toBe('COMPLETED');
    const future = await graphqlAt(
      '2027-04-02T10:00:00Z',
      SCHEDULE,
      { m: matchId, at: '2027-04-05T16:00:00Z', d: 45, done: true },
      mentor.token,
    );
    expect(firstError(future).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_STARTED',
    });
  });

  it('downloads an iCalendar file with the UTC start, for the two people only', async () => {
    const { mentor, mentee, matchId, lead } = await acceptedPair();
    const s = (
      await ok(
        graphql<{ scheduleSession: Session }>(
          SCHEDULE,
          { m: matchId, at: '2027-03-08T17:00:00Z', d: 45, a: 'Revisar el PR' },
          mentee.token,
        ),
      )
    ).scheduleSession;
    const get = (token?: string) =>
      fetch(`${baseUrl()}${s.icsUrl}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    const res = await get(mentor.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const text = await res.text();
    expect(text).toMatch(/BEGIN:VCALENDAR/);
    expect(text).toMatch(/DTSTART:20270308T170000Z/);
    expect(text).toMatch(/DURATION:PT45M|DTEND:20270308T174500Z/);
    expect(text).toMatch(/Camila Rojas/);
    expect((await get(lead.token)).status).toBe(200);
    expect((await get()).status).toBe(401);
    const stranger = await signUpMentee();
    expect((await get(stranger.token)).status).toBe(403);

    // Nobody outside the pair reads, moves or rates the session, or books on the match.
    const attempts: [string, Record<string, unknown>][] = [
      ['query($s: ID!) { session(id: $s) { id } }', { s: s.id }],
      ['mutation($s: ID!) { completeSession(sessionId: $s) { id } }', { s: s.id }],
      ['mutation($s: ID!) { markNoShow(sessionId: $s) { id } }', { s: s.id }],
      ['mutation($s: ID!) { cancelSession(sessionId: $s, reason: "no") { id } }', { s: s.id }],
      [
        'mutation($s: ID!) { rescheduleSession(sessionId: $s, startsAt: "2027-03-09T17:00:00Z") { id } }',
        { s: s.id },
      ],
      ['mutation($s: ID!) { submitFeedback(sessionId: $s, rating: 1) { id } }', { s: s.id }],
      [
        `mutation($m: ID!) { scheduleSessionLocal(matchId: $m, localStart: "2027-03-09T10:00",
           durationMinutes: 60) { id } }`,
        { m: matchId },
      ],
    ];
    for (const [query, variables] of attempts) {
      const denied = await graphql(query, variables, stranger.token);
      expect([query, firstError(denied).extensions?.code]).toEqual([query, 'FORBIDDEN']);
    }
    const still = await ok(
      graphql<{ session: { status: string } }>(
        'query($s: ID!) { session(id: $s) { status } }',
        { s: s.id },
        mentee.token,
      ),
    );
    expect(still.session.status).toBe('SCHEDULED');
  });

  it('answers every session operation outside the pair with the policy reason', async () => {
    const { lead, mentor, mentee, matchId } = await acceptedPair();
    const s = (
      await ok(
        graphql<{ scheduleSession: Session }>(
          SCHEDULE,
          { m: matchId, at: '2027-03-08T17:00:00Z', d: 60 },
          mentee.token,
        ),
      )
    ).scheduleSession;
    const other = await acceptedPair();
    // Another pair's mentor, and a lead: leads read sessions but do not change or book them.
    const moves: [string, Record<string, unknown>][] = [
      ['mutation($s: ID!) { completeSession(sessionId: $s) { id } }', { s: s.id }],
      ['mutation($s: ID!) { markNoShow(sessionId: $s) { id } }', { s: s.id }],
      ['mutation($s: ID!) { cancelSession(sessionId: $s, reason: "no") { id } }', { s: s.id }],
      [
        'mutation($s: ID!) { rescheduleSession(sessionId: $s, startsAt: "2027-03-09T17:00:00Z") { id } }',
        { s: s.id },
      ],
      ['mutation($s: ID!) { submitFeedback(sessionId: $s, rating: 1) { id } }', { s: s.id }],
      [SCHEDULE, { m: matchId, at: '2027-03-09T17:00:00Z', d: 60 }],
    ];
    for (const account of [other.mentor, lead]) {
      for (const [query, variables] of moves) {
        const denied = await graphql(query, variables, account.token);
        expect([query, firstError(denied).extensions]).toEqual([
          query,
          expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_A_PARTY' }),
        ]);
      }
    }
    const read = await graphql(
      'query($s: ID!) { session(id: $s) { id } }',
      { s: s.id },
      other.mentor.token,
    );
    expect(firstError(read).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_PARTY' });
    await expect(
      ok(graphql('query($s: ID!) { session(id: $s) { id } }', { s: s.id }, lead.token)),
    ).resolves.toEqual({ session: { id: s.id } });
    // Feedback on a session is for leads only, even to the pair.
    for (const account of [mentor, mentee]) {
      const peek = await graphql(
        'query($s: ID!) { session(id: $s) { feedback { rating } } }',
        { s: s.id },
        account.token,
      );
      expect(firstError(peek).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LEAD_ONLY' });
    }
    const still = await ok(
      graphql<{ session: { status: string } }>(
        'query($s: ID!) { session(id: $s) { status } }',
        { s: s.id },
        mentee.token,
      ),
    );
    expect(still.session.status).toBe('SCHEDULED');
  });

  it("shows a person the author of their own feedback, and a session's people in their zones", async () => {
    const { mentor, mentee, matchId } = await acceptedPair();
    const s = (
      await ok(
        graphqlAt<{ scheduleSession: Session }>(
          '2027-03-10T10:00:00Z',
          SCHEDULE,
          { m: matchId, at: '2027-03-08T17:00:00Z', d: 60, done: true },
          mentor.token,
        ),
      )
    ).scheduleSession;
    await ok(graphql(FEEDBACK, { s: s.id, r: 5 }, mentee.token));
    const mine = await ok(
      graphql<{ session: { myFeedback: { author: { id: string } } } }>(
        'query($s: ID!) { session(id: $s) { myFeedback { author { id } } } }',
        { s: s.id },
        mentee.token,
      ),
    );
    expect(mine.session.myFeedback.author.id).toBe(mentee.id);
    const views = await ok(
      graphql<{ session: { match: { id: string }; mentorView: { timezone: string } } }>(
        'query($s: ID!) { session(id: $s) { match { id } mentorView { timezone } } }',
        { s: s.id },
        mentee.token,
      ),
    );
    expect(views.session).toEqual({
      match: { id: matchId },
      mentorView: { timezone: 'America/Bogota' },
    });
  });
});
