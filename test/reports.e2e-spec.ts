import { runJob } from './helpers/jobs';
import { baseUrl, firstError, graphql, graphqlAt, ok } from './helpers/graphql';
import { loginLead, signUpMentee } from './helpers/factories';
import { createOpenCohort, menteeIn, mentorIn, run } from './helpers/cohorts';

const REPORT = `query R($c: ID!) { cohortReport(cohortId: $c) {
  cohort { id name } menteeCount mentorCount matchedMenteeCount completedSessionCount averageScore averageRating csvUrl
  matchesByStatus { status count }
  equity { group mentees matched matchRate medianHoursToMatch averageRating }
  participation { menteesByLanguage { label display count } mentorsByOffset { label display } menteesByOffset { label display } capacityOffered capacityUsed capacityPending }
  funnel { proposed accepted declined expired completed ended medianHoursToAnswer declinedByReason { label display } }
  quality { averageScore averageLanguage averageAvailability overlapDistribution { label display } unmatched { reason language offsetBand count summary } }
  activity { sessionsPerPair mentoringHours completionRate noShowRate pairsNeedingCheckIn averageRating checkIns { reason daysSince match { id } } }
} }`;

type Report = {
  cohortReport: {
    menteeCount: number;
    mentorCount: number;
    matchedMenteeCount: number;
    completedSessionCount: number;
    csvUrl: string;
    matchesByStatus: { status: string; count: number }[];
    equity: { group: string; mentees: string; matched: string; matchRate: number | null }[];
    participation: {
      menteesByLanguage: { label: string; display: string }[];
      capacityOffered: number;
      capacityUsed: number;
      capacityPending: number;
      menteesByOffset: { label: string; display: string }[];
    };
    averageScore: number | null;
    funnel: {
      proposed: number;
      accepted: number;
      declined: number;
      expired: number;
      completed: number;
      ended: number;
      medianHoursToAnswer: number | null;
      declinedByReason: { label: string; display: string }[];
    };
    quality: {
      averageScore: number | null;
      averageLanguage: number | null;
      averageAvailability: number | null;
      unmatched: {
        reason: string;
        language: string;
        offsetBand: string;
        count: string;
        summary: string;
      }[];
      overlapDistribution: { label: string; display: string }[];
    };
    activity: {
      mentoringHours: number;
      completionRate: number | null;
      pairsNeedingCheckIn: number;
      averageRating: number | null;
      checkIns: { reason: string }[];
    };
  };
};

describe("the leads' report", () => {
  it('counts the cohort with small cells suppressed, and downloads as CSV', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead, { name: 'Primavera Ñandú 2027' });
    const mentors = [];
    for (let i = 0; i < 4; i++) {
      mentors.push(await mentorIn(cohort.id, { displayName: `Mentora ${i}` }, 3));
    }
    for (let i = 0; i < 7; i++) {
      await menteeIn(cohort.id, { displayName: `Aprendiz ${i}`, underrepresented: true });
    }
    for (let i = 0; i < 5; i++) {
      await menteeIn(cohort.id, {
        displayName: `Íñigo ${i}`,
        underrepresented: false,
        languages: ['ES'],
        preferredLanguage: 'ES',
      });
    }
    await menteeIn(cohort.id, {
      displayName: 'Sin horas',
      underrepresented: true,
      availability: [{ day: 'SUN', start: '03:00', end: '04:00' }],
    });
    const published = await run(lead, cohort.id);
    expect(published.runMatching.matchedCount).toBe(12);

    // Every mentor accepts all; one pair meets and rates the session.
    const proposals = published.runMatching.proposals;
    for (const p of proposals) {
      const mentor = mentors.find((m) => m.id === p.mentor.id)!;
      await ok(graphql(`mutation { acceptMatch(matchId: "${p.id}") { id } }`, {}, mentor.token));
    }
    const first = proposals[0];
    const mentor = mentors.find((m) => m.id === first.mentor.id)!;
    const session = await ok(
      graphql<{ scheduleSession: { id: string } }>(
        `mutation { scheduleSession(matchId: "${first.id}", startsAt: "2027-03-08T17:00:00Z", durationMinutes: 90) { id } }`,
        {},
        mentor.token,
      ),
    );
    await ok(
      graphqlAt(
        '2027-03-08T19:00:00Z',
        `mutation { completeSession(sessionId: "${session.scheduleSession.id}") { id } }`,
        {},
        mentor.token,
      ),
    );
    await ok(
      graphql(
        `mutation { submitFeedback(sessionId: "${session.scheduleSession.id}", rating: 5) { id } }`,
        {},
        mentor.token,
      ),
    );

    const r = (await ok(graphql<Report>(REPORT, { c: cohort.id }, lead.token))).cohortReport;
    expect(r).toMatchObject({
      menteeCount: 13,
      mentorCount: 4,
      matchedMenteeCount: 12,
      completedSessionCount: 1,
    });
    expect(r.matchesByStatus).toEqual(
      expect.arrayContaining([
        { status: 'ACCEPTED', count: 12 },
        { status: 'PROPOSED', count: 0 },
      ]),
    );
    // 8 underrepresented, 7 matched: the 1 left unmatched would show, so matched is hidden,
    // and so is the other group's (or the total would give it away).
    expect(r.equity).toEqual([
      {
        group: 'Self-identified underrepresented',
        mentees: '8',
        matched: '<5',
        matchRate: null,
        medianHoursToMatch: null,
        averageRating: null,
      },
      {
        group: 'Everyone else',
        mentees: '5',
        matched: '<5',
        matchRate: null,
        medianHoursToMatch: null,
        averageRating: null,
      },
    ]);
    expect(r.participation).toMatchObject({
      capacityOffered: 12,
      capacityUsed: 12,
      capacityPending: 0,
    });
    expect(r.participation.menteesByLanguage).toEqual([
      { label: 'English only', display: '0', count: 0 },
      { label: 'Spanish only', display: '5', count: 5 },
      { label: 'Both', display: '8', count: 8 },
    ]);
    expect(r.participation.menteesByOffset.find((c) => c.label === 'UTC-5..-3')?.display).toBe(
      '13',
    );
    expect(r.funnel).toMatchObject({ proposed: 12, accepted: 12, declined: 0 });
    expect(r.quality.unmatched).toEqual([
      {
        reason: 'NO_AVAILABILITY_OVERLAP',
        language: 'Both',
        offsetBand: 'UTC-5..-3',
        count: '<5',
        summary: '<5 bilingual mentees in UTC-5..-3 without a mentor with enough shared hours',
      },
    ]);
    expect(r.activity).toMatchObject({
      mentoringHours: 1.5,
      completionRate: 1,
      averageRating: null,
      pairsNeedingCheckIn: 0,
    });
    // Every pair shares MON and WED 12:00-15:00 (UTC-5): 360 minutes a week, full language
    // and availability parts; the average score is the scores the lead sees, averaged.
    const leadScores = proposals.map((p) => p.score);
    expect(r.averageScore).toBe(
      Math.round((10 * leadScores.reduce((a, x) => a + x, 0)) / leadScores.length) / 10,
    );
    expect(r.quality.averageScore).toBe(r.averageScore);
    expect(r.quality.averageLanguage).toBe(1);
    expect(r.quality.averageAvailability).toBe(1);
    expect(r.quality.overlapDistribution).toEqual([
      { label: 'under 1 h', display: '0' },
      { label: '1-2 h', display: '0' },
      { label: '2-3 h', display: '0' },
      { label: '3-5 h', display: '0' },
      { label: '5 h or more', display: '12' },
    ]);
    // Each mentor accepted within moments of the proposal.
    expect(r.funnel.medianHoursToAnswer).toBe(0);
    expect(r.funnel.declinedByReason).toEqual([
      { label: 'NO_TIME', display: '0' },
      { label: 'NOT_MY_EXPERTISE', display: '0' },
      { label: 'LANGUAGE', display: '0' },
      { label: 'OTHER', display: '0' },
    ]);

    // 30 days on, the other eleven pairs never met.
    const later = (
      await ok(
        graphqlAt<Report>(
          new Date(Date.now() + 30 * 86_400_000).toISOString(),
          REPORT,
          { c: cohort.id },
          lead.token,
        ),
      )
    ).cohortReport;
    expect(later.activity.pairsNeedingCheckIn).toBe(11);
    expect(later.activity.checkIns).toHaveLength(11);
    expect(later.activity.checkIns.every((c) => c.reason === 'NEVER_MET')).toBe(true);
    // Reading the report writes nothing: no lead is told by a read (the scheduler's sweep
    // flags check-ins), even when the report finds pairs needing one.
    const NOTICES = `query { myNotifications(first: 100) { edges { node { kind payload } } } }`;
    type Notices = {
      myNotifications: {
        edges: { node: { kind: string; payload: { cohortId: string; reason: string } } }[];
      };
    };
    const told = async () =>
      (await ok(graphql<Notices>(NOTICES, {}, lead.token))).myNotifications.edges.filter(
        (e) => e.node.kind === 'CHECK_IN_NEEDED' && e.node.payload.cohortId === cohort.id,
      );
    await expect(told()).resolves.toHaveLength(0);

    const csv = await fetch(`${baseUrl()}${r.csvUrl}`, {
      headers: { authorization: `Bearer ${lead.token}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toMatch(/Primavera Ñandú 2027/);
    expect(text).toMatch(/Íñigo \d/);
    expect(text).toMatch(/Self-identified underrepresented,8,<5/);
    expect(text).not.toMatch(/@example\.org/);
    expect(text.split('\n').filter((l) => /^Mentora \d,/.test(l))).toHaveLength(12);
    expect(text).toMatch(/^Pairs needing a check-in,0$/m);
    // The file says what the page says: the same funnel, scores on the same scale (of 100).
    const f = r.funnel;
    for (const [label, value] of [
      ['Proposals made', f.proposed],
      ['Proposals accepted', f.accepted],
      ['Proposals declined', f.declined],
      ['Proposals expired', f.expired],
      ['Mentorships completed', f.completed],
      ['Mentorships ended early', f.ended],
    ] as const) {
      expect(text).toMatch(new RegExp(`^${label},${value}$`, 'm'));
    }
    expect(f.proposed).toBeGreaterThan(0);
    const average = r.averageScore === null ? '' : String(Math.round(r.averageScore) / 10);
    expect(text).toMatch(
      new RegExp(`^Average score \\(of 100\\),${average.replace('.', '\\.')}$`, 'm'),
    );
    const scores = text
      .split('\n')
      .filter((l) => /^Mentora \d,/.test(l))
      .map((l) => Number(l.split(',')[3]));
    expect(scores.every((x) => x >= 0 && x <= 100)).toBe(true);
    // In the lead's language when asked (the page asks for its own): words, not codes.
    const es = await (
      await fetch(`${baseUrl()}${r.csvUrl}?lang=es`, {
        headers: { authorization: `Bearer ${lead.token}` },
      })
    ).text();
    expect(es).toMatch(new RegExp(`^Propuestas hechas,${f.proposed}$`, 'm'));
    expect(es).toMatch(/^Grupos subrepresentados \(autoidentificación\),8,<5/m);
    expect(es).toMatch(/^Persona mentora,Persona mentoreada,Estado,Puntaje \(de 100\)/m);
    expect(es).toMatch(
      /^Mentora \d,[^,]+,(Propuesto|Aceptado|Rechazado|Caducado|Completado|Terminado antes),/m,
    );
    expect(es).not.toMatch(/,(PROPOSED|ACCEPTED|DECLINED|EXPIRED),/);
    expect(text).toMatch(/^Mentor,Mentee,Status,Score \(of 100\)/m);

    // The CSV is read at the request's time too: 30 days on, the eleven pairs show.
    const csvLater = await fetch(`${baseUrl()}${r.csvUrl}`, {
      headers: {
        authorization: `Bearer ${lead.token}`,
        'x-puente-test-now': new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    });
    expect(csvLater.status).toBe(200);
    await expect(csvLater.text()).resolves.toMatch(/^Pairs needing a check-in,11$/m);
    await expect(told()).resolves.toHaveLength(0);

    // The background sweep tells the lead, once per pair: a second sweep tells nobody again.
    const at = new Date(Date.now() + 30 * 86_400_000);
    await expect(runJob('checkIns', at, cohort.id)).resolves.toBe(11);
    await expect(told()).resolves.toHaveLength(11);
    await expect(runJob('checkIns', at, cohort.id)).resolves.toBe(0);
    await expect(told()).resolves.toHaveLength(11);
  });

  it('is for leads only', async () => {
    const lead = await loginLead();
    const cohort = await createOpenCohort(lead);
    const mentee = await signUpMentee();
    const r = await graphql(REPORT, { c: cohort.id }, mentee.token);
    expect(firstError(r).extensions?.code).toBe('FORBIDDEN');
    const csv = await fetch(`${baseUrl()}/reports/${cohort.id}.csv`, {
      headers: { authorization: `Bearer ${mentee.token}` },
    });
    expect(csv.status).toBe(403);
    expect((await fetch(`${baseUrl()}/reports/${cohort.id}.csv`)).status).toBe(401);
    const empty = (await ok(graphql<Report>(REPORT, { c: cohort.id }, lead.token))).cohortReport;
    expect(empty).toMatchObject({ menteeCount: 0, matchedMenteeCount: 0, averageRating: null });
  });
});
