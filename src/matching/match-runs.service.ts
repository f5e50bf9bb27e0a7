import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MatchEntity } from '../matches/match.entity';
import * as repo from '../matches/matches.repository';

@Injectable()
export class MatchRunsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Saved runs as a lead reads them: totals are the privacy view's (stored that way when the
  // run is saved; see runTotals).
  async list(cohortId: string) {
    const runs = await repo.listRuns(this.dataSource.manager, cohortId);
    return runs.map((r) => ({
      id: r.id,
      dryRun: false,
      unmatched: r.unmatched,
      matchedCount: r.matchedCount,
      totalScore: r.totalScore,
      averageScore: r.matchedCount ? Math.round((r.totalScore / r.matchedCount) * 10) / 10 : null,
      menteeCount: r.menteeCount,
      mentorCount: r.mentorCount,
      weights: r.weights,
      inputHash: r.inputHash,
      createdAt: r.createdAt,
      durationMs: r.durationMs,
      proposals: undefined,
    }));
  }

  proposals(runId: string, now: Date): Promise<MatchEntity[]> {
    return repo.runProposals(this.dataSource.manager, runId, now);
  }
}
