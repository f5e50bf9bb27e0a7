import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, type ErrorReason } from '../common/errors/app-error';
import { AppConfig } from '../config/app-config';
import { findParticipantsByIds } from '../participants/participants.repository';
import { answerTokenMatchId, answerTokenValid, linkState } from './answer-links';
import type { ProposalByLink } from './dto/answer-link.types';
import type { MatchEntity } from './match.entity';
import { findMatch } from './matches.repository';
import { MatchesService } from './matches.service';

const refuse = (reason: ErrorReason, message: string) =>
  new AppError('BAD_USER_INPUT', message, { reason, field: 'token' });

const INVALID = () =>
  refuse(
    'TOKEN_INVALID',
    'This link is not valid. Check that you opened the whole link from the email.',
  );

// The answer links of a proposal email: no login, one action (accept or decline that
// proposal as its mentor), and only through the page's POST.
@Injectable()
export class AnswerLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly matches: MatchesService,
  ) {}

  async view(token: string, now: Date): Promise<ProposalByLink> {
    const match = await this.matchOf(token, now);
    const [mentor, mentee] = await this.people(match);
    const shared = (xs: readonly string[], ys: readonly string[]) =>
      xs.filter((x) => ys.includes(x));
    return {
      state: linkState(match.status),
      status: match.status,
      expiresAt: match.expiresAt,
      mentorName: mentor.displayName,
      mentorLanguage: mentor.preferredLanguage,
      mentorTimezone: mentor.timezone,
      mentee: {
        displayName: mentee.displayName,
        languages: mentee.languages,
        timezone: mentee.timezone,
        interests: mentee.interests,
        goals: mentee.goals,
        about: mentee.about,
      },
      sharedLanguages: shared(mentor.languages, mentee.languages),
      sharedInterests: match.breakdown.sharedInterests ?? [],
      overlapMinutesPerWeek: match.breakdown.overlapMinutesPerWeek ?? 0,
    };
  }

  async answer(
    token: string,
    accept: boolean,
    reason: string | null | undefined,
    note: string | null | undefined,
    now: Date,
  ): Promise<ProposalByLink> {
    const match = await this.matchOf(token, now);
    switch (linkState(match.status)) {
      case 'ANSWERED':
        throw refuse('TOKEN_USED', 'This proposal has already been answered.');
      case 'EXPIRED':
        throw refuse('TOKEN_EXPIRED', 'This proposal has expired: it can no longer be answered.');
      case 'OPEN':
        break;
    }
    // As the mentor the link was made for: the same transition, checks and notices as
    // answering in the app (a race with another answer is settled there, under the lock).
    const mentor = { id: match.mentorId, role: 'MENTOR' as const };
    if (accept) {
      await this.matches.accept(mentor, match.id, now);
    } else {
      await this.matches.decline(mentor, match.id, reason, note, now);
    }
    return this.view(token, now);
  }

  private async matchOf(token: string, now: Date): Promise<MatchEntity> {
    const id = answerTokenMatchId(token);
    if (!id) {
      throw INVALID();
    }
    const match = await findMatch(this.dataSource.manager, id, now);
    if (!match || !answerTokenValid(token, match, this.config.jwtSecret)) {
      throw INVALID();
    }
    return match;
  }

  private async people(match: MatchEntity) {
    const people = await findParticipantsByIds(this.dataSource.manager, [
      match.mentorId,
      match.menteeId,
    ]);
    const mentor = people.find((p) => p.id === match.mentorId);
    const mentee = people.find((p) => p.id === match.menteeId);
    if (!mentor || !mentee) {
      throw INVALID();
    }
    return [mentor, mentee] as const;
  }
}
