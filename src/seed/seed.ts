// npm run seed -- --size small|large : a living demo program on a fresh database.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../common/auth/password';
import { CohortMemberEntity } from '../cohorts/cohort.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import type { AuthUser } from '../common/auth/auth-user';
import { loadConfig } from '../config/app-config';
import { createApp } from '../bootstrap';
import { MatchesService } from '../matches/matches.service';
import { MatchingService } from '../matching/matching.service';
import { ParticipantEntity } from '../participants/participant.entity';
import { checkProfile } from '../participants/profile';
import { GOAL_TAGS, INTEREST_TAXONOMY } from '../participants/taxonomy';
import { SessionsService } from '../sessions/sessions.service';
import {
  ABOUT_EN,
  ABOUT_ES,
  ENGLISH_FIRST,
  ENGLISH_LAST,
  pick,
  rng,
  SPANISH_FIRST,
  SPANISH_LAST,
  SPANISH_ZONES,
  weeklyWindows,
  weighted,
  ZONES,
  zipfTags,
} from './demo-data';

const SIZES = {
  small: { mentees: 60, mentors: 20 },
  large: { mentees: 1200, mentors: 300 },
} as const;
export const DEMO_LEAD = {
  email: 'lead@puente.example',
  password: 'puente-lead-demo',
  name: 'Lucía Coordinadora',
};
const DEMO_PASSWORD = 'puente-demo-2027';
const DAY = 86_400_000;

async function main(): Promise<void> {
  Logger.overrideLogger(['error', 'warn']);
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'small' } } });
  const size = SIZES[values.size as keyof typeof SIZES];
  if (!size) {
    process.stderr.write('Usage: npm run seed -- --size small|large\n');
    process.exit(2);
  }
  const config = loadConfig();
  // The seed writes proposals dated weeks back: a sweep on the real clock would expire them
  // while it answers them.
  config.JOBS_ENABLED = false;
  const running = await createApp(config, { quiet: true });
  try {
    await running.app.init();
    const app = running.app;
    const ds = app.get(DataSource);
    const [{ n }] = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM participant WHERE role <> 'LEAD'`,
    );
    if (n > 0) {
      throw new Error(
        `the database already has ${n} participants; seed a fresh one (stop the server, move ./data away)`,
      );
    }
    const r = rng(2027);
    const hash = await hashPassword(DEMO_PASSWORD);
    const participants = ds.getRepository(ParticipantEntity);

    let lead = await participants.findOneBy({ email: DEMO_LEAD.email });
    if (!lead) {
      lead = await participants.save(
        participants.create({
          email: DEMO_LEAD.email,
          passwordHash: await hashPassword(DEMO_LEAD.password),
          displayName: DEMO_LEAD.name,
          role: 'LEAD',
          languages: ['EN', 'ES'],
          preferredLanguage: 'ES',
          timezone: 'America/Bogota',
          availability: [],
          interests: [],
          goals: [],
          expertise: [],
          about: null,
          capacity: null,
          underrepresented: null,
          // The demo's addresses are not real mailboxes: its people count as verified.
          emailVerifiedAt: new Date(),
        }),
      );
    }
    const leadUser: AuthUser = { id: lead.id, role: 'LEAD' };

    // The cohort runs from eight weeks ago to five weeks ahead, so it has a past and a future.
    const now = new Date();
    const day = (offset: number) =>
      new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);
    const cohorts = app.get(CohortsService);
    const cohort = await cohorts.create(leadUser, {
      name: `Puente ${now.getUTCFullYear()} · Cohorte demo`,
      startsOn: day(-56),
      endsOn: day(35),
    });
    await cohorts.setStatus(cohort.id, 'OPEN');

    const people: ParticipantEntity[] = [];
    const make = (role: 'MENTEE' | 'MENTOR', i: number) => {
      const zone = weighted(r, ZONES);
      const spanishPlace = SPANISH_ZONES.has(zone);
      const spanishName = spanishPlace ? r() < 0.9 : r() < 0.2;
      const first = pick(r, spanishName ? SPANISH_FIRST : ENGLISH_FIRST);
      const last = pick(r, spanishName ? SPANISH_LAST : ENGLISH_LAST);
      // Mentors are more often bilingual; mentees in Spanish-speaking places often Spanish only.
      const roll = r();
      const languages: ('EN' | 'ES')[] = spanishPlace
        ? roll < (role === 'MENTOR' ? 0.6 : 0.4)
          ? ['EN', 'ES']
          : ['ES']
        : roll < 0.25
          ? ['EN', 'ES']
          : ['EN'];
      const preferred = languages.includes('ES') && spanishName ? 'ES' : languages[0];
      const checked = checkProfile({
        role,
        displayName: `${first} ${last}`,
        languages,
        preferredLanguage: preferred,
        timezone: zone,
        availability: weeklyWindows(r),
        interests: zipfTags(r, INTEREST_TAXONOMY, 2 + Math.floor(r() * 4)),
        goals: role === 'MENTEE' ? zipfTags(r, GOAL_TAGS, 1 + Math.floor(r() * 3)) : [],
        expertise: role === 'MENTOR' ? zipfTags(r, GOAL_TAGS, 2 + Math.floor(r() * 4)) : [],
        about: pick(r, preferred === 'ES' ? ABOUT_ES : ABOUT_EN),
        capacity: role === 'MENTOR' ? 1 + Math.floor(r() * 4) : null,
        underrepresented: role === 'MENTEE' ? r() < 0.45 : r() < 0.3 ? true : null,
      });
      if (!checked.ok) {
        throw new Error(`generated profile is invalid: ${JSON.stringify(checked.errors)}`);
      }
      const local = `${first}.${last}`
        .normalize('NFD')
        .replace(/[^\w.]/g, '')
        .toLowerCase();
      return participants.create({
        ...checked.profile,
        email: `${local}.${role.toLowerCase()}${i}@demo.puente.example`,
        passwordHash: hash,
        emailVerifiedAt: now,
      });
    };
    const batch = [
      ...Array.from({ length: size.mentors }, (_, i) => make('MENTOR', i)),
      ...Array.from({ length: size.mentees }, (_, i) => make('MENTEE', i)),
    ];
    for (let i = 0; i < batch.length; i += 500) {
      people.push(...(await participants.save(batch.slice(i, i + 500))));
    }
    // People joined over the three weeks before matching, a week into the cohort.
    const matchAt = new Date(now.getTime() - 49 * DAY);
    await ds.getRepository(CohortMemberEntity).insert(
      people.map((p) => ({
        cohortId: cohort.id,
        participantId: p.id,
        role: p.role as 'MENTEE' | 'MENTOR',
        capacity: p.capacity,
        joinedAt: new Date(matchAt.getTime() - (1 + r() * 20) * DAY),
      })),
    );

    // Most mentors accept within days, a few decline, some never answer.
    const result = await app
      .get(MatchingService)
      .run(leadUser, cohort.id, false, undefined, matchAt);
    const matches = app.get(MatchesService);
    const sessions = app.get(SessionsService);
    let accepted = 0;
    let sessionCount = 0;
    const declineReasons = ['NO_TIME', 'NOT_MY_EXPERTISE', 'LANGUAGE'];
    for (const p of result.proposals) {
      const mentor: AuthUser = { id: p.mentorId as string, role: 'MENTOR' };
      const mentee: AuthUser = { id: p.menteeId as string, role: 'MENTEE' };
      const answerAt = new Date(matchAt.getTime() + (0.2 + r() * 4) * DAY);
      const roll = r();
      if (roll < 0.08) {
        await matches.decline(mentor, p.id as string, pick(r, declineReasons), null, answerAt);
        continue;
      }
      if (roll < 0.14) {
        continue; // left unanswered: expires a week after the run
      }
      await matches.accept(mentor, p.id as string, answerAt);
      accepted++;
      // Weekly-ish sessions since acceptance; a quiet pair now and then.
      const quiet = r() < 0.1;
      let at = answerAt.getTime() + (2 + r() * 6) * DAY;
      while (!quiet && at < now.getTime() + 20 * DAY) {
        const start = new Date(Math.floor(at / 900_000) * 900_000);
        const past = start.getTime() < now.getTime() - 2 * 3600_000;
        const who = r() < 0.6 ? mentee : mentor;
        try {
          const s = await sessions.schedule(
            who,
            {
              matchId: p.id as string,
              startsAt: start,
              durationMinutes: pick(r, [30, 45, 60, 60, 90]),
              agenda: null,
              completed: past && r() < 0.88,
            },
            past ? new Date(start.getTime() + 3 * 3600_000) : now,
          );
          sessionCount++;
          if (s.status === 'COMPLETED') {
            for (const author of [mentee, mentor]) {
              if (r() < 0.7) {
                await sessions.submitFeedback(
                  author,
                  s.id,
                  weighted(r, [
                    [5, 5],
                    [4, 4],
                    [3, 1.5],
                    [2, 0.4],
                    [1, 0.1],
                  ]),
                  r() < 0.3
                    ? pick(r, [
                        '¡Muy útil!',
                        'Great session',
                        'Aprendí mucho sobre empaquetado.',
                        'We reviewed my first PR together.',
                      ])
                    : null,
                );
              }
            }
          } else if (past) {
            await sessions.move(
              who,
              s.id,
              'NO_SHOW',
              null,
              new Date(start.getTime() + 3 * 3600_000),
            );
          }
        } catch {
          // An overlap with another of the person's sessions: skip that week.
        }
        at += (6 + r() * 10) * DAY;
      }
    }
    await matches.expireDue(now);
    await cohorts.setStatus(cohort.id, 'ACTIVE');
    await sessions.flagCheckIns(now);
    // Fresh statistics for the planner: PGlite has no autovacuum, and without them the
    // report's queries choose nested loops over the whole cohort.
    await ds.query('ANALYZE');

    const mentor = people.find((p) => p.role === 'MENTOR')!;
    const mentee = people.find((p) => p.role === 'MENTEE')!;
    process.stdout.write(
      [
        `Seeded "${cohort.name}" (${values.size}): ${size.mentees} mentees, ${size.mentors} mentors,`,
        `${result.matchedCount} proposals, ${accepted} accepted, ${sessionCount} sessions.`,
        '',
        `Lead login:    ${DEMO_LEAD.email} / ${DEMO_LEAD.password}`,
        `A mentor:      ${mentor.email} / ${DEMO_PASSWORD}`,
        `A mentee:      ${mentee.email} / ${DEMO_PASSWORD}`,
        '',
      ].join('\n'),
    );
  } finally {
    await running.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
