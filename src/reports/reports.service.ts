import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/app-error';
import type { MatchEntity } from '../matches/match.entity';
import { readCohortReport, type CohortReportData } from './cohort-report';
import { readCsvReport, type CsvFile } from './csv-report';
import { inReadOnlySnapshot } from './read-snapshot';
import { csvLanguage } from './csv-words';
import { findParticipantById } from '../participants/participants.repository';
import { matchesByIds } from './reports.repository';

export type ReportData = CohortReportData;

// Reports read only: each runs in one read-only snapshot at the request's time, and writes
// nothing (check-ins are flagged by the scheduler's sweep, not by reading the report).
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(cohortId: string, now: Date): Promise<ReportData> {
    const report = await inReadOnlySnapshot(this.dataSource, (m) =>
      readCohortReport(m, cohortId, now),
    );
    if (!report) {
      throw notFound('The cohort', 'COHORT_NOT_FOUND');
    }
    return report;
  }

  // In the language asked for (`?lang=`), else the reader's preferred language.
  async csv(cohortId: string, now: Date, reader: { id: string; lang?: string }): Promise<CsvFile> {
    const person =
      reader.lang || !reader.id
        ? null
        : await findParticipantById(this.dataSource.manager, reader.id);
    const lang = csvLanguage(reader.lang, person?.preferredLanguage ?? null);
    const file = await inReadOnlySnapshot(this.dataSource, (m) =>
      readCsvReport(m, cohortId, now, lang),
    );
    if (!file) {
      throw notFound('The cohort', 'COHORT_NOT_FOUND');
    }
    return file;
  }

  // The matches behind the check-in rows (a per-request DataLoader batches the ids).
  matchesByIds(ids: readonly string[]): Promise<MatchEntity[]> {
    return matchesByIds(this.dataSource.manager, ids);
  }
}
