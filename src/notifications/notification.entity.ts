import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_KINDS = [
  'MATCH_PROPOSED',
  'MATCH_ACCEPTED',
  'MATCH_DECLINED',
  'MATCH_EXPIRED',
  'MATCH_ENDED',
  'MATCH_COMPLETED',
  'SESSION_SCHEDULED',
  'SESSION_LOGGED',
  'SESSION_CANCELLED',
  // To both people: a booked session has a new time; and 24 hours before a session.
  'SESSION_MOVED',
  'SESSION_REMINDER',
  'CHECK_IN_NEEDED',
  'VERIFY_EMAIL',
  'PASSWORD_RESET',
  // To a mentee whose proposed mentor declined or did not answer: neutral, no names.
  'MATCH_STILL_LOOKING',
  // To both people of a pair flagged for a check-in: a nudge to meet.
  'CHECK_IN_NUDGE',
  // To a mentor: an unanswered proposal expires in 48 hours.
  'MATCH_REMINDER',
  // To leads: an email could not be delivered after every retry.
  'MAIL_FAILED',
  // To the other person of a live match (and to leads, in the app): the person they were
  // matched with deleted their account, so the mentorship ended or the proposal lapsed.
  'MATCH_PARTNER_LEFT',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

// Account-security mail (its links are secrets): sent, never listed among a person's notices.
export const MAIL_ONLY_KINDS: readonly NotificationKind[] = ['VERIFY_EMAIL', 'PASSWORD_RESET'];

// The outbox: what a mailer would read later. Payloads hold ids and names, never emails.
@Entity({ name: 'notification' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
