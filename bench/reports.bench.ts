// npm run bench:reports — cohortReport over GraphQL on a cohort of 20,000 participants,
// 8,000 matches and 100,000 sessions, on the PostgreSQL server and on PGlite.
// Target: under 300 ms on the server.
import 'reflect-metadata';
import { forEachTarget, gql, machine, median, ms, writeResult, type Target } from './db-harness';

const PARTICIPANTS = 20_000;
const MENTEES = 16_000;
const MATCHES = 8_000;
const SESSIONS = 100_000;

const REPORT = `query R($c: ID!) { cohortReport(cohortId: $c) {
  menteeCount mentorCount matchedMenteeCount completedSessionCount averageScore averageRating
  matchesByStatus { status count } equity { group mentees matched matchRate medianHoursToMatch averageRating }
  participation { menteesByLanguage { label display } mentorsByLanguage { label display } menteesByOffset { label display } mentorsByOffset { label display } capacityOffered capacityUsed capacityPending }
  funnel { proposed accepted declined expired completed ended medianHoursToAnswer declinedByReason { label display } }
  quality { averageScore averageLanguage averageAvailability averageInterests averageGoals averageEquity overlapDistribution { label display } unmatched { summary } }
  activity { sessionsPerPair mentoringHours completionRate noShowRate pairsNeedingCheckIn averageRating }
} }`;

const ZONES = [
  'America/Bogota',
  'America/Mexico_City',
  'America/Lima',
  'America/Argentina/Buenos_Aires',
  'America/Santiago',
  'Europe/Madrid',
  'America/New_York',
  'America/Los_Angeles',
  'Africa/Lagos',
  'Africa/Nairobi',
  'Europe/London',
  'America/Chicago',
];

// Bulk SQL: the data is made where it lives, in a few statements.
async function seed(t: Target): Promise<{ leadId: string; cohortId: string }> {
  const q = (sql: string, params: unknown[] = []) => t.ds.query(sql, params);
  const [lead] =
    (await q(`INSERT INTO participant (email, password_hash, display_name, role, languages, preferred_language, timezone)
    VALUES ('lead@bench', 'x', 'Bench Lead', 'LEAD', ARRAY['EN'], 'EN', 'UTC') RETURNING id`)) as {
      id: string;
    }[];
  const [cohort] =
    (await q(`INSERT INTO cohort (name, starts_on, ends_on, status, weights, require_verified_email)
    VALUES ('Bench report', '2027-03-01', '2027-08-30', 'ACTIVE', '{"language":1,"availability":1,"interests":1,"goals":1,"equity":0.5}', false) RETURNING id`)) as {
      id: string;
    }[];
  await q(
    `INSERT INTO participant (email, password_hash, display_name, role, languages, preferred_language, timezone, availability, interests, goals, expertise, capacity, underrepresented)
     SELECT 'p' || i || '@bench', 'x', 'Persona ' || i,
            CASE WHEN i <= $1 THEN 'MENTEE' ELSE 'MENTOR' END,
            CASE WHEN i % 20 < 12 THEN ARRAY['EN'] WHEN i % 20 < 17 THEN ARRAY['EN', 'ES'] ELSE ARRAY['ES'] END,
            CASE WHEN i % 20 < 17 THEN 'EN' ELSE 'ES' END,
            ($3::text[])[1 + i % array_length($3::text[], 1)],
            '[{"day":"MON","start":"18:00","end":"20:00"}]'::jsonb, ARRAY['python', 'topic-' || (i % 40)],
            CASE WHEN i <= $1 THEN ARRAY['first-contribution'] ELSE ARRAY[]::text[] END,
            CASE WHEN i <= $1 THEN ARRAY[]::text[] ELSE ARRAY['packaging'] END,
            CASE WHEN i <= $1 THEN NULL ELSE 1 + i % 5 END,
            CASE WHEN i <= $1 THEN i % 3 = 0 ELSE NULL END
       FROM generate_series(1, $2) i`,
    [MENTEES, PARTICIPANTS, ZONES],
  );
  await q(
    `INSERT INTO cohort_member (cohort_id, participant_id, role, capacity, joined_at)
     SELECT $1, id, role, capacity, timestamptz '2027-02-01' + (random() * interval '20 days') FROM participant WHERE email LIKE '%@bench' AND role <> 'LEAD'`,
    [cohort.id],
  );
  const [run] = (await q(
    `INSERT INTO match_run (cohort_id, run_by, weights, settings, input_hash, mentee_count, mentor_count, matched_count, total_score, unmatched)
     SELECT $1, $2, '{}', '{}', 'bench', $3, $4, $5, 0,
            jsonb_agg(jsonb_build_object('menteeId', id, 'reasons', jsonb_build_array(CASE WHEN n % 2 = 0 THEN 'MENTORS_AT_CAPACITY' ELSE 'NO_AVAILABILITY_OVERLAP' END), 'compatibleMentors', 0))
       FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM participant WHERE role = 'MENTEE' AND email LIKE '%@bench' ORDER BY id OFFSET $5) u
     RETURNING id`,
    [cohort.id, lead.id, MENTEES, PARTICIPANTS - MENTEES, MATCHES],
  )) as { id: string }[];
  // 8,000 matches: one per mentee, mentors in turn, statuses spread as a running program's.
  await q(
    `WITH e AS (SELECT id, row_number() OVER (ORDER BY id) n FROM participant WHERE role = 'MENTEE' AND email LIKE '%@bench' ORDER BY id LIMIT $3),
          m AS (SELECT id, row_number() OVER (ORDER BY id) n FROM participant WHERE role = 'MENTOR' AND email LIKE '%@bench'),
          mc AS (SELECT count(*) c FROM m)
     INSERT INTO match (cohort_id, run_id, mentor_id, mentee_id, status, score, breakdown, proposed_at, expires_at, responded_at, decline_reason)
     SELECT $1, $2, m.id, e.id,
            s.status, 300 + (e.n * 37) % 700,
            jsonb_build_object('language', 1, 'availability', 0.5 + (e.n % 5) / 10.0, 'interests', (e.n % 7) / 10.0, 'goals', (e.n % 3) / 2.0,
                               'equity', e.n % 2, 'overlapMinutesPerWeek', 60 + (e.n * 13) % 400, 'sharedInterests', '["python"]'::jsonb, 'overlap', '[]'::jsonb),
            timestamptz '2027-03-01', timestamptz '2027-03-08',
            CASE WHEN s.status IN ('PROPOSED', 'EXPIRED') THEN NULL ELSE timestamptz '2027-03-01' + ((e.n % 96) * interval '1 hour') END,
            CASE WHEN s.status = 'DECLINED' THEN (ARRAY['NO_TIME', 'NOT_MY_EXPERTISE', 'LANGUAGE', 'OTHER'])[1 + e.n % 4] END
       FROM e CROSS JOIN mc JOIN m ON m.n = 1 + (e.n % mc.c)
       CROSS JOIN LATERAL (SELECT CASE WHEN e.n % 100 < 62 THEN 'ACCEPTED' WHEN e.n % 100 < 75 THEN 'COMPLETED' WHEN e.n % 100 < 85 THEN 'DECLINED'
                                       WHEN e.n % 100 < 93 THEN 'EXPIRED' WHEN e.n % 100 < 97 THEN 'PROPOSED' ELSE 'ENDED' END AS status) s`,
    [cohort.id, run.id, MATCHES],
  );
  // 100,000 sessions over the accepted, completed and ended pairs.
  await q(
    `WITH pairs AS (SELECT id, mentor_id, mentee_id, row_number() OVER (ORDER BY id) n FROM match
                     WHERE cohort_id = $1 AND status IN ('ACCEPTED', 'COMPLETED', 'ENDED')),
          k AS (SELECT generate_series(1, 20) k)
     INSERT INTO mentorship_session (match_id, cohort_id, mentor_id, mentee_id, starts_at, duration_minutes, status, cancel_reason, completed_at)
     SELECT p.id, $1, p.mentor_id, p.mentee_id, timestamptz '2027-03-02' + (k.k * interval '6 days') + (p.n % 24) * interval '1 hour',
            (1 + (p.n + k.k) % 6) * 15,
            CASE WHEN (p.n + k.k) % 10 < 7 THEN 'COMPLETED' WHEN (p.n + k.k) % 10 < 8 THEN 'NO_SHOW' WHEN (p.n + k.k) % 10 < 9 THEN 'CANCELLED' ELSE 'SCHEDULED' END,
            CASE WHEN (p.n + k.k) % 10 = 8 THEN 'bench' END, NULL
       FROM pairs p CROSS JOIN k
      ORDER BY p.n, k.k LIMIT $2`,
    [cohort.id, SESSIONS],
  );
  await q(
    `INSERT INTO session_feedback (session_id, cohort_id, author_id, mentee_id, rating)
     SELECT id, cohort_id, mentee_id, mentee_id, 3 + (abs(hashtext(id::text)) % 3) FROM mentorship_session WHERE cohort_id = $1 AND status = 'COMPLETED'`,
    [cohort.id],
  );
  await q('ANALYZE');
  return { leadId: lead.id, cohortId: cohort.id };
}

async function main() {
  const results = await forEachTarget(async (t) => {
    const seeded = performance.now();
    const { leadId, cohortId } = await seed(t);
    const seedMs = performance.now() - seeded;
    const counts = (
      await t.ds.query<Record<string, number>[]>(
        `SELECT (SELECT count(*) FROM participant WHERE email LIKE '%@bench' AND role <> 'LEAD')::int AS participants,
              (SELECT count(*) FROM match)::int AS matches, (SELECT count(*) FROM mentorship_session)::int AS sessions,
              (SELECT count(*) FROM session_feedback)::int AS feedback`,
      )
    )[0];
    const token = await t.tokenFor(leadId, 'LEAD');
    const times: number[] = [];
    let report: Record<string, unknown> = {};
    for (let i = 0; i < 6; i++) {
      const r = await gql<{ cohortReport: Record<string, unknown> }>(t, token, REPORT, {
        c: cohortId,
      });
      if (i > 0) {
        times.push(r.ms);
      }
      report = r.data.cohortReport;
    }
    const figures = {
      ...counts,
      seedSeconds: ms(seedMs / 1000),
      reportMedianMs: ms(median(times)),
      reportMaxMs: ms(Math.max(...times)),
      targetMs: t.name === 'postgres' ? 300 : null,
      meetsTarget: t.name === 'postgres' ? median(times) < 300 : null,
      sample: {
        menteeCount: report.menteeCount,
        matchedMenteeCount: report.matchedMenteeCount,
        completedSessionCount: report.completedSessionCount,
      },
    };
    process.stdout.write(
      `seeded ${counts.participants} participants, ${counts.matches} matches, ${counts.sessions} sessions, ${counts.feedback} ratings in ${figures.seedSeconds} s\n` +
        `cohortReport: median ${figures.reportMedianMs} ms, max ${figures.reportMaxMs} ms over ${times.length} runs` +
        (t.name === 'postgres'
          ? `; target < 300 ms: ${figures.meetsTarget ? 'met' : 'MISSED'}\n`
          : '\n'),
    );
    return figures;
  });
  writeResult('reports.json', {
    benchmark: 'cohortReport over GraphQL',
    machine: machine(),
    results,
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
