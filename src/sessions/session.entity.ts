import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SessionStatusName } from './session-rules';

@Entity({ name: 'mentorship_session' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @Column({ name: 'mentee_id', type: 'uuid' })
  menteeId: string;

  @Column({ name: 'scheduled_by', type: 'uuid', nullable: true })
  scheduledBy: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ type: 'text' })
  status: SessionStatusName;

  @Column({ type: 'text', nullable: true })
  agenda: string | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  // The iCalendar SEQUENCE: raised on every move and on cancellation (session-calendar.ts).
  @Column({ name: 'calendar_sequence', type: 'int', default: 0 })
  calendarSequence: number;

  // When the 24-hour reminder went out (session-rules.ts, reminderMarkAt).
  @Column({ name: 'reminded_at', type: 'timestamptz', precision: 3, nullable: true })
  remindedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

@Entity({ name: 'session_feedback' })
export class FeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  // The session's mentee, whoever wrote it (for equity figures).
  @Column({ name: 'mentee_id', type: 'uuid' })
  menteeId: string;

  @Column({ type: 'int' })
  rating: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
