import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CohortEntity } from '../cohorts/cohort.entity';
import { notFound } from '../common/errors/app-error';
import { MATCH_STATUSES, type MatchStatusName } from '../matches/match-transitions';
import { findPairsNeedingCheckIn, type CheckInRow } from '../sessions/sessions.repository';
import {
  describeUnmatched,
  LANGUAGE_GROUPS,
  OFFSET_BANDS,
  offsetBand,
  OVERLAP_BUCKETS,
} from './report-maths';
import {
  equityRows,
  guardedAverage,
  hideComplement,
  isSmall,
  round,
  shown,
  hidden,
  suppressPartition,
  type Cell,
} from './suppression';

// SQL fragments shared by the queries: a person's language group and UTC-offset band at
// the cohort's start (in the database's own tz data).
const LANGUAGE_GROUP_SQL = `CASE WHEN 'EN' = ANY (p.languages) AND 'ES' = ANY (p.languages) THEN 'Both'
  WHEN 'ES' = ANY (p.languages) THEN 'Spanish only' ELSE 'English only' END`;
const OFFSET_SQL = `extract(epoch from ((c.starts_on + time '12:00') - (((c.starts_on + time '12:00') AT TIME ZONE p.timezone) AT TIME ZONE 'UTC'))) / 3600`;
const OVERLAP_SQL = `CASE WHEN o < 60 THEN 'under 1 h' WHEN o < 120 THEN '1-2 h' WHEN o < 180 THEN '2-3 h'
  WHEN o < 300 THEN '3-5 h' ELSE '5 h or more' END`;

type PeopleRow = {
  role: 'MENTEE' | 'MENTOR';
  language: string;
  band: string;
  people: number;
  capacity: number;
};
type MatchRow = {
  status: MatchStatusName;
  n: number;
  score: number | null;
  language: number | null;
  availability: number | null;
  interests: number | null;
  goals: number | null;
};

export type ReportData = Awaited<ReturnType<ReportsService['report']>>;

const cells = (
  labels: readonly string[],
  counts: Map<string, number>,
): (Cell & { label: string })[] =>
  suppressPartition(labels.map((l) => counts.get(l) ?? 0)).map((c, i) => ({
    ...c,
    label: labels[i],
  }));

@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Every figure comes from SQL aggregates; the queries run side by side on the pool.
  async report(cohortId: string, now: Date) {
    const m = this.dataSource.manager;
    {
      const cohort = await m.findOneBy(CohortEntity, { id: cohortId });
      if (!cohort) {
        throw notFound('The cohort', 'COHORT_NOT_FOUND');
      }
      const [people, matches, extra, menteeGroups, sessions, ratings, unmatched, checkIns] =
        await Promise.all([
          this.people(m, cohortId),
          this.matchRows(m, cohortId),
          this.matchExtras(m, cohortId),
          this.menteeGroups(m, cohortId),
          this.sessionFigures(m, cohortId),
          this.ratings(m, cohortId),
          this.unmatched(m, cohortId),
          findPairsNeedingCheckIn(m, now, cohortId),
        ]);
      return this.shape(cohort, now, {
        people,
        matches,
        extra,
        menteeGroups,
        sessions,
        ratings,
        unmatched,
        checkIns,
      });
    }
  }

  // Grouped by zone in SQL; each zone's offset at the cohort start is computed once per
  // group and banded here.
  private async people(m: EntityManager, cohortId: string): Promise<PeopleRow[]> {
    const rows = await m.query<(Omit<PeopleRow, 'band'> & { offset: string })[]>(
      `SELECT g.role, g.language, g.people, g.capacity, ${OFFSET_SQL} AS offset
         FROM (SELECT cm.role, ${LANGUAGE_GROUP_SQL} AS language, p.timezone,
                      count(*)::int AS people, coalesce(sum(cm.capacity), 0)::int AS capacity
                 FROM cohort_member cm JOIN participant p ON p.id = cm.participant_id
                WHERE cm.cohort_id = $1
                GROUP BY 1, 2, 3) g
         JOIN cohort c ON c.id = $1 JOIN LATERAL (SELECT g.timezone) p ON true`,
      [cohortId],
    );
    return rows.map((r) => ({ ...r, band: offsetBand(Number(r.offset)) }));
  }

  private matchRows(m: EntityManager, cohortId: string): Promise<MatchRow[]> {
    return m.query(
      // The score as everyone but the mentee sees it (scoreWithoutEquity in score-privacy.ts):
      // an average of the stored scores, less the average of the others, would count the
      // self-identified mentees.
      `WITH x AS (
         SELECT m.status, m.breakdown AS b, coalesce(r.weights, c.weights) AS w
           FROM match m JOIN cohort c ON c.id = m.cohort_id LEFT JOIN match_run r ON r.id = m.run_id
          WHERE m.cohort_id = $1)
       SELECT status, count(*)::int AS n,
              avg(round(1000 * ((w->>'language')::float * (b->>'language')::float
                              + (w->>'availability')::float * (b->>'availability')::float
                              + (w->>'interests')::float * (b->>'interests')::float
                              + (w->>'goals')::float * (b->>'goals')::float)
                        / nullif((w->>'language')::float + (w->>'availability')::float + (w->>'interests')::float
                                 + (w->>'goals')::float + (w->>'equity')::float, 0)))::float AS score,
              avg((b->>'language')::float) AS language, avg((b->>'availability')::float) AS availability,
              avg((b->>'interests')::float) AS interests, avg((b->>'goals')::float) AS goals
         FROM x GROUP BY status`,
      [cohortId],
    );
  }

  private async matchExtras(m: EntityManager, cohortId: string) {
    const [declined, overlap, answer] = await Promise.all([
      m.query<{ reason: string; n: number }[]>(
        `SELECT decline_reason AS reason, count(*)::int AS n FROM match WHERE cohort_id = $1 AND status = 'DECLINED' GROUP BY 1`,
        [cohortId],
      ),
      m.query<{ bucket: string; n: number }[]>(
        `SELECT ${OVERLAP_SQL} AS bucket, count(*)::int AS n
           FROM (SELECT (breakdown->>'overlapMinutesPerWeek')::int AS o FROM match WHERE cohort_id = $1) x GROUP BY 1`,
        [cohortId],
      ),
      m.query<{ hours: number | null }[]>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch from responded_at - proposed_at) / 3600)::float AS hours
           FROM match WHERE cohort_id = $1 AND responded_at IS NOT NULL`,
        [cohortId],
      ),
    ]);
    return { declined, overlap, medianHoursToAnswer: answer[0]?.hours ?? null };
  }

  // Mentees by self-identification: how many, how many matched (a match was accepted),
  // the median time from joining to acceptance, and the ratings of their sessions.
  private menteeGroups(m: EntityManager, cohortId: string) {
    return m.query<
      {
        urep: boolean;
        mentees: number;
        matched: number;
        hours: number | null;
        rating: number | null;
        ratings: number;
      }[]
    >(
      `WITH mentee AS (
         SELECT cm.participant_id AS id, cm.joined_at, coalesce(p.underrepresented, false) AS urep, x.matched_at
           FROM cohort_member cm JOIN participant p ON p.id = cm.participant_id
           LEFT JOIN (SELECT mentee_id, min(responded_at) AS matched_at FROM match
                       WHERE cohort_id = $1 AND status IN ('ACCEPTED', 'COMPLETED', 'ENDED') GROUP BY 1) x
                  ON x.mentee_id = cm.participant_id
          WHERE cm.cohort_id = $1 AND cm.role = 'MENTEE')
       SELECT urep, count(*)::int AS mentees, count(matched_at)::int AS matched,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch from matched_at - joined_at) / 3600)
                FILTER (WHERE matched_at IS NOT NULL)::float AS hours,
              max(r.rating) AS rating, coalesce(max(r.ratings), 0)::int AS ratings
         FROM mentee
         LEFT JOIN (SELECT coalesce(p.underrepresented, false) AS urep, (sum(f.total) / sum(f.n))::float AS rating,
                           sum(f.n)::int AS ratings
                      FROM (SELECT mentee_id, sum(rating) AS total, count(*) AS n FROM session_feedback
                             WHERE cohort_id = $1 GROUP BY 1) f
                      JOIN participant p ON p.id = f.mentee_id GROUP BY 1) r USING (urep)
        GROUP BY urep`,
      [cohortId],
    );
  }

  private async sessionFigures(m: EntityManager, cohortId: string) {
    const [row] = await m.query<
      {
        completed: number;
        no_show: number;
        cancelled: number;
        scheduled: number;
        minutes: number;
      }[]
    >(
      `SELECT count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
              count(*) FILTER (WHERE status = 'NO_SHOW')::int AS no_show,
              count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
              count(*) FILTER (WHERE status = 'SCHEDULED')::int AS scheduled,
              coalesce(sum(duration_minutes) FILTER (WHERE status = 'COMPLETED'), 0)::int AS minutes
         FROM mentorship_session WHERE cohort_id = $1`,
      [cohortId],
    );
    return row;
  }

  private async ratings(m: EntityManager, cohortId: string) {
    const [row] = await m.query<
      {
        avg: number | null;
        n: number;
      }[]
    >(
      `SELECT avg(rating)::float AS avg, count(*)::int AS n FROM session_feedback WHERE cohort_id = $1`,
      [cohortId],
    );
    return row;
  }

  private unmatched(m: EntityManager, cohortId: string) {
    return m
      .query(
        `WITH run AS (SELECT unmatched FROM match_run WHERE cohort_id = $1 ORDER BY created_at DESC LIMIT 1),
            u AS (SELECT (x->>'menteeId')::uuid AS id, jsonb_array_elements_text(x->'reasons') AS reason
                    FROM run, jsonb_array_elements(run.unmatched) x)
       SELECT g.reason, g.language, g.n, ${OFFSET_SQL} AS offset
         FROM (SELECT u.reason, ${LANGUAGE_GROUP_SQL} AS language, p.timezone, count(*)::int AS n
                 FROM u JOIN participant p ON p.id = u.id
                WHERE NOT EXISTS (SELECT 1 FROM match x WHERE x.cohort_id = $1 AND x.mentee_id = u.id
                                    AND x.status IN ('PROPOSED', 'ACCEPTED', 'COMPLETED'))
                GROUP BY 1, 2, 3) g
         JOIN cohort c ON c.id = $1 JOIN LATERAL (SELECT g.timezone) p ON true`,
        [cohortId],
      )
      .then((rows: { reason: string; language: string; n: number; offset: string }[]) => {
        // Merge zones into bands, largest groups first.
        const merged = new Map<
          string,
          { reason: string; language: string; band: string; n: number }
        >();
        for (const r of rows) {
          const band = offsetBand(Number(r.offset));
          const key = `${r.reason}|${r.language}|${band}`;
          const cur = merged.get(key) ?? { reason: r.reason, language: r.language, band, n: 0 };
          cur.n += r.n;
          merged.set(key, cur);
        }
        return [...merged.values()].sort(
          (a, b) =>
            b.n - a.n ||
            a.reason.localeCompare(b.reason) ||
            a.language.localeCompare(b.language) ||
            a.band.localeCompare(b.band),
        );
      });
  }

  private shape(
    cohort: CohortEntity,
    now: Date,
    d: {
      people: PeopleRow[];
      matches: MatchRow[];
      extra: Awaited<ReturnType<ReportsService['matchExtras']>>;
      menteeGroups: Awaited<ReturnType<ReportsService['menteeGroups']>>;
      sessions: Awaited<ReturnType<ReportsService['sessionFigures']>>;
      ratings: Awaited<ReturnType<ReportsService['ratings']>>;
      unmatched: Awaited<ReturnType<ReportsService['unmatched']>>;
      checkIns: CheckInRow[];
    },
  ) {
    const sum = (rows: PeopleRow[], key: (r: PeopleRow) => string) => {
      const map = new Map<string, number>();
      rows.forEach((r) => map.set(key(r), (map.get(key(r)) ?? 0) + r.people));
      return map;
    };
    const mentees = d.people.filter((r) => r.role === 'MENTEE');
    const mentors = d.people.filter((r) => r.role === 'MENTOR');
    const byStatus = new Map(d.matches.map((r) => [r.status, r]));
    const count = (s: MatchStatusName) => byStatus.get(s)?.n ?? 0;
    const totalMatches = d.matches.reduce((a, r) => a + r.n, 0);
    const weighted = (key: keyof Omit<MatchRow, 'status' | 'n'>) =>
      totalMatches === 0
        ? null
        : round(
            d.matches.reduce((a, r) => a + (r[key] ?? 0) * r.n, 0) / totalMatches,
            key === 'score' ? 1 : 3,
          );

    const urep = d.menteeGroups.find((g) => g.urep) ?? {
      urep: true,
      mentees: 0,
      matched: 0,
      hours: null,
      rating: null,
      ratings: 0,
    };
    const rest = d.menteeGroups.find((g) => !g.urep) ?? {
      urep: false,
      mentees: 0,
      matched: 0,
      hours: null,
      rating: null,
      ratings: 0,
    };
    const equity = equityRows([
      { group: 'Self-identified underrepresented', mentees: urep.mentees, matched: urep.matched },
      { group: 'Everyone else', mentees: rest.mentees, matched: rest.matched },
    ]).map((row, i) => {
      const g = i === 0 ? urep : rest;
      return {
        group: row.group,
        mentees: row.mentees,
        matched: row.matched,
        matchRate: row.matchRate,
        medianHoursToMatch: row.matchedCount === null ? null : guardedAverage(g.hours, g.matched),
        averageRating: row.menteeCount === null ? null : guardedAverage(g.rating, g.ratings),
      };
    });

    const unmatchedCells = hideComplement(
      d.unmatched.map((u) => (isSmall(u.n) ? hidden() : shown(u.n))),
      d.unmatched.map((u) => u.n),
    );
    const accepted = count('ACCEPTED') + count('COMPLETED') + count('ENDED');
    const met = d.sessions.completed + d.sessions.no_show;
    const day = 86_400_000;
    return {
      cohortId: cohort.id,
      cohort,
      menteeCount: mentees.reduce((a, r) => a + r.people, 0),
      mentorCount: mentors.reduce((a, r) => a + r.people, 0),
      matchedMenteeCount: urep.matched + rest.matched,
      matchesByStatus: MATCH_STATUSES.map((status) => ({ status, count: count(status) })),
      completedSessionCount: d.sessions.completed,
      averageScore: weighted('score'),
      averageRating: guardedAverage(d.ratings.avg, d.ratings.n),
      equity,
      csvUrl: `/reports/${cohort.id}.csv`,
      participation: {
        menteesByLanguage: cells(
          LANGUAGE_GROUPS,
          sum(mentees, (r) => r.language),
        ),
        mentorsByLanguage: cells(
          LANGUAGE_GROUPS,
          sum(mentors, (r) => r.language),
        ),
        menteesByOffset: cells(
          OFFSET_BANDS,
          sum(mentees, (r) => r.band),
        ),
        mentorsByOffset: cells(
          OFFSET_BANDS,
          sum(mentors, (r) => r.band),
        ),
        capacityOffered: mentors.reduce((a, r) => a + r.capacity, 0),
        capacityUsed: count('ACCEPTED') + count('COMPLETED'),
        capacityPending: count('PROPOSED'),
      },
      funnel: {
        proposed: totalMatches,
        accepted,
        declined: count('DECLINED'),
        expired: count('EXPIRED'),
        completed: count('COMPLETED'),
        ended: count('ENDED'),
        declinedByReason: cells(
          ['NO_TIME', 'NOT_MY_EXPERTISE', 'LANGUAGE', 'OTHER'],
          new Map(d.extra.declined.map((r) => [r.reason, r.n])),
        ),
        medianHoursToAnswer:
          d.extra.medianHoursToAnswer === null ? null : round(d.extra.medianHoursToAnswer, 1),
      },
      quality: {
        averageScore: weighted('score'),
        averageLanguage: weighted('language'),
        averageAvailability: weighted('availability'),
        averageInterests: weighted('interests'),
        averageGoals: weighted('goals'),
        // Not reported: with the number of matches it would count the self-identified
        // mentees among them, unsuppressed (the equity rows give that count, with "<5").
        averageEquity: null,
        overlapDistribution: cells(
          OVERLAP_BUCKETS,
          new Map(d.extra.overlap.map((r) => [r.bucket, r.n])),
        ),
        unmatched: d.unmatched.map((u, i) => ({
          reason: u.reason,
          language: u.language,
          offsetBand: u.band,
          count: unmatchedCells[i].display,
          summary: describeUnmatched(unmatchedCells[i].display, u.language, u.band, u.reason),
        })),
      },
      activity: {
        sessionsPerPair: accepted === 0 ? null : round(d.sessions.completed / accepted, 2),
        mentoringHours: round(d.sessions.minutes / 60, 1),
        completionRate: met === 0 ? null : round(d.sessions.completed / met, 3),
        noShowRate: met === 0 ? null : round(d.sessions.no_show / met, 3),
        scheduledSessionCount: d.sessions.scheduled,
        cancelledSessionCount: d.sessions.cancelled,
        pairsNeedingCheckIn: d.checkIns.length,
        checkIns: d.checkIns.map((c) => ({
          matchId: c.id,
          reason: c.reason,
          daysSince: Math.floor(
            (now.getTime() - new Date(c.lastSessionAt ?? c.acceptedAt).getTime()) / day,
          ),
        })),
        averageRating: guardedAverage(d.ratings.avg, d.ratings.n),
      },
    };
  }
}
