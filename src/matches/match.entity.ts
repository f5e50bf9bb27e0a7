import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ScoreBreakdown } from '../matching/engine/types';
import type { DeclineReason, MatchStatusName } from './match-transitions';

// What the engine said of a pair when it was proposed, kept as computed then (the engine's
// own type).
export type StoredBreakdown = ScoreBreakdown;

@Entity({ name: 'match' })
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId: string | null;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @Column({ name: 'mentee_id', type: 'uuid' })
  menteeId: string;

  @Column({ type: 'text' })
  status: MatchStatusName;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'jsonb' })
  breakdown: StoredBreakdown;

  @CreateDateColumn({ name: 'proposed_at', type: 'timestamptz', precision: 3 })
  proposedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  // When the mentor was reminded of this unanswered proposal (once, 48 hours before expiry).
  @Column({ name: 'reminded_at', type: 'timestamptz', precision: 3, nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: DeclineReason | null;

  @Column({ name: 'decline_note', type: 'text', nullable: true })
  declineNote: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;
}

@Entity({ name: 'match_event' })
export class MatchEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: MatchStatusName | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: MatchStatusName;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

@Entity({ name: 'match_run' })
export class MatchRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @Column({ name: 'run_by', type: 'uuid', nullable: true })
  runBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'jsonb' })
  weights: Record<string, number>;

  @Column({ type: 'jsonb' })
  settings: Record<string, unknown>;

  @Column({ name: 'input_hash', type: 'text' })
  inputHash: string;

  @Column({ name: 'mentee_count', type: 'int' })
  menteeCount: number;

  @Column({ name: 'mentor_count', type: 'int' })
  mentorCount: number;

  @Column({ name: 'matched_count', type: 'int' })
  matchedCount: number;

  @Column({ name: 'total_score', type: 'int' })
  totalScore: number;

  @Column({ type: 'jsonb' })
  unmatched: { menteeId: string; reasons: string[]; compatibleMentors: number }[];

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs: number;
}
