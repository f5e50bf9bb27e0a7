import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MatchEntity, MatchRunEntity } from '../matches/match.entity';

@Injectable()
export class MatchRunsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(cohortId: string) {
    const runs = await this.dataSource
      .getRepository(MatchRunEntity)
      .find({ where: { cohortId }, order: { createdAt: 'DESC' } });
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

  proposals(runId: string): Promise<MatchEntity[]> {
    return this.dataSource
      .getRepository(MatchEntity)
      .find({ where: { runId }, order: { proposedAt: 'ASC', id: 'ASC' } });
  }
}
