import { inTransaction } from '../common/transaction';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canRunMatching } from '../cohorts/cohort-transitions';
import { mergeWeights, checkWeights } from '../cohorts/cohort-settings';
import { CohortEntity, type Weights } from '../cohorts/cohort.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, conflict, InvalidInputError } from '../common/errors/app-error';
import { expiresAt } from '../matches/match-transitions';
import { MatchEntity, MatchRunEntity } from '../matches/match.entity';
import { scoreWithoutEquity } from './engine/score-view';
import { MatchesService } from '../matches/matches.service';
import { NotificationsService } from '../notifications/notifications.service';
import { buildInstance, instanceHash, type MenteeRow, type MentorRow } from './build-instance';
import { InstanceValidationError, matchInstance } from './engine';
import type { MatchResult, PairRef } from './engine/types';

export type RunOutcome = {
  id: string | null;
  dryRun: boolean;
  proposals: Partial<MatchEntity>[];
  unmatched: { menteeId: string; reasons: string[]; compatibleMentors: number }[];
  matchedCount: number;
  totalScore: number;
  averageScore: number | null;
  menteeCount: number;
  mentorCount: number;
  weights: Weights;
  inputHash: string;
  createdAt: Date;
  durationMs: number;
};

@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortsService,
    private readonly matches: MatchesService,
    private readonly notifications: NotificationsService,
  ) {}

  // Dry runs read and save nothing; real runs lock the cohort so runs never overlap, then
  // save the proposals, the run, the history and the mentors' notices in one transaction.
  async run(
    lead: AuthUser,
    cohortId: string,
    dryRun: boolean,
    weightChange: Partial<Weights> | undefined,
    now: Date,
  ): Promise<RunOutcome> {
    await this.matches.expireDue(now);
    const started = performance.now();
    return inTransaction(this.dataSource, async (m) => {
      const cohort = dryRun
        ? await this.cohorts.findIn(m, cohortId)
        : await this.cohorts.lockCohort(m, cohortId);
      if (!canRunMatching(cohort.status)) {
        throw conflict(
          `Matching runs on open, matching or active cohorts; this one is ${cohort.status.toLowerCase()}.`,
          'COHORT_NOT_MATCHABLE',
          'cohortId',
        );
      }
      const weights = mergeWeights(cohort.weights, weightChange);
      const weightErrors = checkWeights(weights);
      if (weightErrors.length) {
        throw new InvalidInputError(weightErrors);
      }
      const { mentors, mentees, exclusions, pins } = await this.loadPeople(m, cohort);
      const instance = buildInstance({ ...cohort, weights }, mentors, mentees, exclusions, pins);
      let result: MatchResult;
      try {
        result = matchInstance(instance);
      } catch (error) {
        if (error instanceof InstanceValidationError) {
          // Only a pin can make our own data infeasible: the rest is validated on the way in.
          throw new AppError('BAD_USER_INPUT', `The matching could not run: ${error.message}`, {
            reason: 'INFEASIBLE_INPUT',
            field: 'cohortId',
            issues: error.issues,
          });
        }
        throw error;
      }
      const inputHash = instanceHash(instance);
      const base = {
        dryRun,
        unmatched: result.unmatched,
        matchedCount: result.matchedCount,
        totalScore: result.totalScore,
        averageScore: result.matchedCount
          ? Math.round((result.totalScore / result.matchedCount) * 10) / 10
          : null,
        menteeCount: mentees.length,
        mentorCount: mentors.length,
        weights,
        inputHash,
      };
      if (dryRun) {
        return {
          ...base,
          id: null,
          createdAt: now,
          durationMs: Math.round(performance.now() - started),
          proposals: result.matches.map((p) => ({
            id: `draft:${p.menteeId}:${p.mentorId}`,
            cohortId,
            mentorId: p.mentorId,
            menteeId: p.menteeId,
            status: 'PROPOSED' as const,
            score: p.score,
            breakdown: p.breakdown,
            weights,
            proposedAt: undefined,
          })),
        };
      }
      const run = await m.save(
        MatchRunEntity,
        m.create(MatchRunEntity, {
          cohortId,
          runBy: lead.id,
          weights,
          settings: {
            minOverlapMinutes: cohort.minOverlapMinutes,
            targetOverlapMinutes: cohort.targetOverlapMinutes,
            expiryDays: cohort.expiryDays,
            allowRepeatPairs: cohort.allowRepeatPairs,
            pins: pins.length,
            exclusions: exclusions.length,
          },
          inputHash,
          menteeCount: mentees.length,
          mentorCount: mentors.length,
          matchedCount: result.matchedCount,
          totalScore: result.totalScore,
          unmatched: result.unmatched,
          durationMs: 0,
        }),
      );
      const proposals = await this.saveProposals(m, cohort, run.id, result, now);
      await this.matches.recordEvents(
        m,
        proposals.map((p) => ({
          match: p,
          from: null,
          to: 'PROPOSED',
          actorId: lead.id,
          reason: 'MATCH_RUN',
          note: null,
        })),
      );
      await this.notifications.send(
        m,
        proposals.map((p) => ({
          recipientId: p.mentorId,
          kind: 'MATCH_PROPOSED',
          payload: {
            matchId: p.id,
            cohortId,
            menteeId: p.menteeId,
            // The mentor's view: without the mentee's private equity part.
            score: scoreWithoutEquity(p.breakdown, weights),
          },
        })),
      );
      if (cohort.status === 'OPEN' && proposals.length > 0) {
        // Publishing proposals closes joining; the lead can reopen the cohort for late joiners.
        // A run that proposes nobody leaves the cohort open: there is nothing to answer.
        await m.update(CohortEntity, { id: cohortId }, { status: 'MATCHING' });
      }
      const durationMs = Math.round(performance.now() - started);
      await m.update(MatchRunEntity, { id: run.id }, { durationMs });
      return { ...base, id: run.id, createdAt: run.createdAt, durationMs, proposals };
    });
  }

  private async saveProposals(
    m: EntityManager,
    cohort: CohortEntity,
    runId: string,
    result: MatchResult,
    now: Date,
  ): Promise<MatchEntity[]> {
    const saved: MatchEntity[] = [];
    const rows = result.matches.map((p) => ({
      cohortId: cohort.id,
      runId,
      mentorId: p.mentorId,
      menteeId: p.menteeId,
      status: 'PROPOSED' as const,
      score: p.score,
      breakdown: p.breakdown,
      proposedAt: now,
      expiresAt: expiresAt(now, cohort.expiryDays),
    }));
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(MatchEntity)
        .values(chunk)
        .returning('*')
        .execute();
      const raw = inserted.raw as Record<string, unknown>[];
      raw.forEach((r, j) =>
        saved.push({
          ...(chunk[j] as unknown as MatchEntity),
          id: r.id as string,
          respondedAt: null,
          closedAt: null,
          declineReason: null,
          declineNote: null,
          endReason: null,
        }),
      );
    }
    return saved;
  }

  // Who a run considers: mentees with nothing settled, mentors with places left, and the
  // pairs that must not be proposed (lead exclusions, past declines and expiries, and
  // pairs from earlier cohorts unless the cohort allows them again).
  private async loadPeople(m: EntityManager, cohort: CohortEntity) {
    const mentees = await m.query<MenteeRow[]>(
      `SELECT p.id, p.languages, p.preferred_language AS "preferredLanguage", p.timezone, p.availability,
              p.interests, p.goals, p.underrepresented
         FROM cohort_member cm JOIN participant p ON p.id = cm.participant_id
        WHERE cm.cohort_id = $1 AND cm.role = 'MENTEE'
          AND NOT EXISTS (SELECT 1 FROM match x WHERE x.cohort_id = cm.cohort_id AND x.mentee_id = cm.participant_id
                          AND x.status IN ('PROPOSED', 'ACCEPTED', 'COMPLETED'))
        ORDER BY p.id`,
      [cohort.id],
    );
    const mentors = await m.query<MentorRow[]>(
      `SELECT p.id, p.languages, p.preferred_language AS "preferredLanguage", p.timezone, p.availability,
              p.interests, p.expertise,
              (cm.capacity - (SELECT count(*) FROM match x WHERE x.cohort_id = cm.cohort_id AND x.mentor_id = cm.participant_id
                              AND x.status IN ('PROPOSED', 'ACCEPTED', 'COMPLETED')))::int AS remaining
         FROM cohort_member cm JOIN participant p ON p.id = cm.participant_id
        WHERE cm.cohort_id = $1 AND cm.role = 'MENTOR'
        ORDER BY p.id`,
      [cohort.id],
    );
    const withPlaces = mentors.filter((x) => x.remaining > 0);
    const exclusions = await m.query<PairRef[]>(
      `SELECT DISTINCT r.mentor_id AS "mentorId", r.mentee_id AS "menteeId" FROM (
         SELECT mentor_id, mentee_id FROM pair_rule WHERE cohort_id = $1 AND kind = 'EXCLUDE'
         UNION ALL
         SELECT x.mentor_id, x.mentee_id FROM match x
           JOIN cohort_member a ON a.cohort_id = $1 AND a.participant_id = x.mentor_id
           JOIN cohort_member b ON b.cohort_id = $1 AND b.participant_id = x.mentee_id
          WHERE x.status = 'DECLINED' OR (x.status = 'EXPIRED' AND x.cohort_id = $1)
             OR (NOT $2::boolean AND x.cohort_id <> $1 AND x.status IN ('ACCEPTED', 'COMPLETED', 'ENDED'))
       ) r`,
      [cohort.id, cohort.allowRepeatPairs],
    );
    const menteeIds = new Set(mentees.map((x) => x.id));
    const mentorIds = new Set(withPlaces.map((x) => x.id));
    const keep = (p: PairRef) => menteeIds.has(p.menteeId) && mentorIds.has(p.mentorId);
    const pins = (
      await m.query<PairRef[]>(
        `SELECT mentor_id AS "mentorId", mentee_id AS "menteeId" FROM pair_rule WHERE cohort_id = $1 AND kind = 'PIN'`,
        [cohort.id],
      )
    ).filter(keep);
    return { mentees, mentors: withPlaces, exclusions: exclusions.filter(keep), pins };
  }
}
