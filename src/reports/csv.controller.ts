import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { Roles } from '../common/auth/access.decorators';
import { Role } from '../common/enums';
import type { AuthedRequest } from '../common/auth/access.guard';
import { requestNow } from '../common/graphql/request-clock';
import { AppConfig } from '../config/app-config';
import { AppError } from '../common/errors/app-error';
import { isUuid } from '../common/graphql/id-arg';
import { ReportsService, type ReportData } from './reports.service';
import { scoreWithoutEquity, type ScoreParts } from '../matching/engine/score-view';
import type { ScoreWeights } from '../matching/engine/types';

// GET /reports/:cohortId.csv — LEAD only. UTF-8 with a byte-order mark so spreadsheets keep
// accents; the figures, then the pairs (names, scores, status; no emails, no self-identification).
@Roles(Role.LEAD)
@Controller('reports')
export class CsvController {
  constructor(
    private readonly config: AppConfig,
    private readonly reports: ReportsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':file')
  async download(@Param('file') file: string, @Req() req: AuthedRequest, @Res() res: Response) {
    const cohortId = file.replace(/\.csv$/, '');
    {
      if (!file.endsWith('.csv') || !isUuid(cohortId)) {
        throw new AppError('NOT_FOUND', 'No such report.', { reason: 'REPORT_NOT_FOUND' });
      }
      const now = requestNow(req, this.config.NODE_ENV === 'test');
      const report = await this.reports.report(cohortId, now);
      const pairs = await this.dataSource.query<Record<string, unknown>[]>(
        `SELECT mentor.display_name AS mentor, mentee.display_name AS mentee, x.status, x.breakdown AS parts,
                coalesce(r.weights, c.weights) AS weights,
                x.breakdown->>'language' AS language, x.breakdown->>'availability' AS availability,
                x.breakdown->>'interests' AS interests, x.breakdown->>'goals' AS goals,
                x.breakdown->>'overlapMinutesPerWeek' AS overlap, x.proposed_at AS proposed,
                (SELECT count(*) FROM mentorship_session s WHERE s.match_id = x.id AND s.status = 'COMPLETED')::int AS sessions
           FROM match x JOIN participant mentor ON mentor.id = x.mentor_id JOIN participant mentee ON mentee.id = x.mentee_id
           JOIN cohort c ON c.id = x.cohort_id LEFT JOIN match_run r ON r.id = x.run_id
          WHERE x.cohort_id = $1 ORDER BY x.proposed_at, mentor.display_name, mentee.display_name`,
        [cohortId],
      );
      const csv =
        '\ufeff' +
        stringify(
          [
            ...figureRows(report),
            [],
            ['Pairs'],
            [
              'Mentor',
              'Mentee',
              'Status',
              'Score',
              'Language',
              'Availability',
              'Interests',
              'Goals',
              'Weekly overlap (min)',
              'Proposed at (UTC)',
              'Completed sessions',
            ],
            ...pairs.map((p) => [
              p.mentor,
              p.mentee,
              p.status,
              // No self-identification in the file: the score without the equity part.
              scoreWithoutEquity(p.parts as ScoreParts, p.weights as ScoreWeights),
              p.language,
              p.availability,
              p.interests,
              p.goals,
              p.overlap,
              (p.proposed as Date).toISOString(),
              p.sessions,
            ]),
          ],
          // Names are chosen by people: a leading = + - @ must not run as a formula.
          { escape_formulas: true },
        );
      const name =
        report.cohort.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'cohort';
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader(
          'content-disposition',
          `attachment; filename="puente-${encodeURIComponent(name)}.csv"`,
        )
        .send(csv);
    }
  }
}

function figureRows(r: ReportData): unknown[][] {
  const rows: unknown[][] = [
    ['Cohort', r.cohort.name],
    ['Dates', `${r.cohort.startsOn} – ${r.cohort.endsOn}`],
    ['Mentees', r.menteeCount],
    ['Mentors', r.mentorCount],
    ['Matched mentees', r.matchedMenteeCount],
    ...r.matchesByStatus.map((s) => [`Matches ${s.status.toLowerCase()}`, s.count]),
    ['Completed sessions', r.completedSessionCount],
    ['Mentoring hours', r.activity.mentoringHours],
    ['Average score', r.averageScore ?? ''],
    ['Average rating', r.averageRating ?? ''],
    ['Median hours to answer', r.funnel.medianHoursToAnswer ?? ''],
    ['Capacity offered', r.participation.capacityOffered],
    ['Capacity used', r.participation.capacityUsed],
    ['Pairs needing a check-in', r.activity.pairsNeedingCheckIn],
    [],
    ['Equity', 'Mentees', 'Matched', 'Match rate', 'Median hours to match', 'Average rating'],
    ...r.equity.map((e) => [
      e.group,
      e.mentees,
      e.matched,
      e.matchRate ?? '',
      e.medianHoursToMatch ?? '',
      e.averageRating ?? '',
    ]),
    [],
    [
      'Mentees by language',
      ...r.participation.menteesByLanguage.map((c) => `${c.label}: ${c.display}`),
    ],
    [
      'Mentors by language',
      ...r.participation.mentorsByLanguage.map((c) => `${c.label}: ${c.display}`),
    ],
    [
      'Mentees by UTC offset',
      ...r.participation.menteesByOffset.map((c) => `${c.label}: ${c.display}`),
    ],
    ['Declined by reason', ...r.funnel.declinedByReason.map((c) => `${c.label}: ${c.display}`)],
    ['Weekly overlap', ...r.quality.overlapDistribution.map((c) => `${c.label}: ${c.display}`)],
    ...r.quality.unmatched.map((u) => ['Unmatched', u.summary]),
  ];
  return rows;
}
