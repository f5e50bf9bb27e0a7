import { inTransaction } from '../common/transaction';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canRunMatching } from '../cohorts/cohort-transitions';
import { checkEquityChange, checkWeights, mergeWeights } from '../cohorts/cohort-settings';
import { CohortEntity, type Weights } from '../cohorts/cohort.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError, conflict, InvalidInputError } from '../common/errors/app-error';
import { expiresAt } from '../matches/match-transitions';
import { MatchEntity } from '../matches/match.entity';
import * as repo from '../matches/matches.repository';
import { updateCohortStatus } from '../cohorts/cohorts.repository';
import { scoreWithoutEquity } from './engine/score-view';
import { MatchesService } from '../matches/matches.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Metrics } from '../observability/metrics.service';
import { buildInstance, instanceHash, UNVERIFIED_EMAIL } from './build-instance';
import { InstanceValidationError, matchInstance } from './engine';
import type { MatchResult, ScoreWeights } from './engine/types';

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
    private readonly metrics: Metrics,
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
    const started = performance.now();
    const outcome = await inTransaction(this.dataSource, async (m) => {
      const cohort = dryRun
        ? await this.cohorts.findIn(m, cohortId)
        : await this.cohorts.lockCohort(m, cohortId);
      if (!dryRun) {
        // Proposals of this cohort past their time free their places before places are
        // counted (the sweep's own routine; a dry run only reads, and counts them as held).
        await this.matches.expireDue(now, cohortId, m);
      }
      if (!canRunMatching(cohort.status)) {
        throw conflict(
          `Matching runs on open, matching or active cohorts; this one is ${cohort.status.toLowerCase()}.`,
          'COHORT_NOT_MATCHABLE',
          'cohortId',
        );
      }
      // A run may try other weights, but not another equity weight: it is fixed with the
      // cohort, so that no two runs differ only in it (equity.ts).
      const weights = mergeWeights(cohort.weights, weightChange);
      const weightErrors = [
        ...checkEquityChange('OPEN', cohort.weights, weights),
        ...checkWeights(weights),
      ];
      if (weightErrors.length) {
        throw new InvalidInputError(weightErrors);
      }
      const { mentors, mentees, exclusions, pins, unverifiedMentees } = await repo.loadCandidates(
        m,
        cohort,
      );
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
      // What a lead reads of a run is the privacy view: totals without the equity part.
      const totalScore = visibleTotal(result, weights);
      // Mentees left out before the matching are unmatched too, with their own reason.
      const unmatched: RunOutcome['unmatched'] = [
        ...result.unmatched,
        ...unverifiedMentees.map((menteeId) => ({
          menteeId,
          reasons: [UNVERIFIED_EMAIL],
          compatibleMentors: 0,
        })),
      ];
      const base = {
        dryRun,
        unmatched,
        matchedCount: result.matchedCount,
        totalScore,
        averageScore: result.matchedCount
          ? Math.round((totalScore / result.matchedCount) * 10) / 10
          : null,
        menteeCount: mentees.length + unverifiedMentees.length,
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
      const run = await repo.insertRun(m, {
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
        menteeCount: mentees.length + unverifiedMentees.length,
        mentorCount: mentors.length,
        matchedCount: result.matchedCount,
        totalScore,
        unmatched,
        durationMs: 0,
      });
      // In the order a saved run is read back (runProposals: proposed at, then id), so that
      // its pages are the same in this answer and in later reads.
      const proposals = (await this.saveProposals(m, cohort, run.id, result, now)).sort((a, b) =>
        a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      );
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
        await updateCohortStatus(m, cohortId, 'MATCHING');
      }
      const durationMs = Math.round(performance.now() - started);
      await repo.setRunDuration(m, run.id, durationMs);
      return { ...base, id: run.id, createdAt: run.createdAt, durationMs, proposals };
    });
    this.metrics.matchingRun((performance.now() - started) / 1000);
    return outcome;
  }

  private saveProposals(
    m: EntityManager,
    cohort: CohortEntity,
    runId: string,
    result: MatchResult,
    now: Date,
  ): Promise<MatchEntity[]> {
    return repo.insertProposals(
      m,
      result.matches.map((p) => ({
        cohortId: cohort.id,
        runId,
        mentorId: p.mentorId,
        menteeId: p.menteeId,
        status: 'PROPOSED' as const,
        score: p.score,
        breakdown: p.breakdown,
        proposedAt: now,
        expiresAt: expiresAt(now, cohort.expiryDays),
      })),
    );
  }
}

const visibleTotal = (result: MatchResult, weights: ScoreWeights): number =>
  result.matches.reduce((sum, p) => sum + scoreWithoutEquity(p.breakdown, weights), 0);
