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
  'CHECK_IN_NEEDED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

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
