import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ScoreWeights } from '../matching/engine/types';
import type { CohortStatusName } from './cohort-transitions';

// The engine owns the weights' shape and defaults (matching/engine/types.ts).
export type Weights = ScoreWeights;

@Entity({ name: 'cohort' })
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  // Calendar days, kept as 'YYYY-MM-DD' text on our side.
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'text' })
  status: CohortStatusName;

  @Column({ name: 'min_overlap_minutes', type: 'int' })
  minOverlapMinutes: number;

  @Column({ name: 'target_overlap_minutes', type: 'int' })
  targetOverlapMinutes: number;

  @Column({ type: 'jsonb' })
  weights: Weights;

  @Column({ name: 'expiry_days', type: 'int' })
  expiryDays: number;

  @Column({ name: 'allow_repeat_pairs', type: 'boolean' })
  allowRepeatPairs: boolean;

  @Column({ name: 'require_verified_email', type: 'boolean' })
  requireVerifiedEmail: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'cohort_member' })
export class CohortMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @Column({ type: 'text' })
  role: 'MENTEE' | 'MENTOR';

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz', precision: 3 })
  joinedAt: Date;
}

@Entity({ name: 'pair_rule' })
export class PairRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @Column({ name: 'mentee_id', type: 'uuid' })
  menteeId: string;

  @Column({ type: 'text' })
  kind: 'PIN' | 'EXCLUDE';

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
