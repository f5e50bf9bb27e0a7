// A cohort of generated people for the benchmarks that drive the API (bench:runs, bench:dry-run).
import { generateInstance } from './generate-instance';
import type { Target } from './db-harness';

// A lead and an open cohort of generated people, written straight into the database.
export async function seedCohort(t: Target, mentees: number, mentors: number, seed = 42) {
  const instance = generateInstance({ mentees, mentors, seed });
  const people = [
    ...instance.mentors.map((m) => ({ ...m, role: 'MENTOR' as const })),
    ...instance.mentees.map((e) => ({ ...e, role: 'MENTEE' as const })),
  ];
  const [lead] = await t.ds.query<{ id: string }[]>(
    `INSERT INTO participant (email, password_hash, display_name, role, languages, preferred_language, timezone)
     VALUES ('lead@bench', 'x', 'Bench Lead', 'LEAD', ARRAY['EN'], 'EN', 'UTC') RETURNING id`,
  );
  const [cohort] = await t.ds.query<{ id: string }[]>(
    `INSERT INTO cohort (name, starts_on, ends_on, status, weights, require_verified_email) VALUES ('Bench', '2027-03-01', '2027-05-30', 'OPEN', $1, false) RETURNING id`,
    [JSON.stringify(instance.cohort.weights)],
  );
  for (let i = 0; i < people.length; i += 500) {
    const chunk = people.slice(i, i + 500);
    await t.ds.query(
      `WITH p AS (
         INSERT INTO participant (email, password_hash, display_name, role, languages, preferred_language, timezone, availability, interests, goals, expertise, capacity, underrepresented)
         SELECT x.email, 'x', x.name, x.role, string_to_array(x.langs, ','), x.pref, x.tz, x.avail, string_to_array(x.interests, ','),
                string_to_array(x.goals, ','), string_to_array(x.expertise, ','), x.capacity, x.urep
           FROM jsonb_to_recordset($1::jsonb) AS x(email text, name text, role text, langs text, pref text, tz text, avail jsonb,
                interests text, goals text, expertise text, capacity int, urep boolean)
         RETURNING id, role, capacity)
       INSERT INTO cohort_member (cohort_id, participant_id, role, capacity) SELECT $2, id, role, capacity FROM p`,
      [
        JSON.stringify(
          chunk.map((p) => ({
            email: `${p.id}@bench`,
            name: `Person ${p.id}`,
            role: p.role,
            langs: p.languages.map((l) => l.toUpperCase()).join(','),
            pref: (p.preferredLanguage ?? p.languages[0]).toUpperCase(),
            tz: p.timezone,
            avail: p.availability,
            interests: (p.interests ?? []).join(','),
            goals: 'goals' in p ? (p.goals ?? []).join(',') : '',
            expertise: 'expertise' in p ? (p.expertise ?? []).join(',') : '',
            capacity: p.role === 'MENTOR' ? p.capacity : null,
            urep: 'underrepresented' in p ? p.underrepresented === true : null,
          })),
        ),
        cohort.id,
      ],
    );
  }
  // string_to_array('') gives {} for people without goals or expertise.
  return { leadId: lead.id, cohortId: cohort.id };
}
