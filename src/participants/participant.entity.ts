import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Language, Role, Weekday } from '../common/enums';

export type AvailabilityWindow = { day: `${Weekday}`; start: string; end: string };

@Entity({ name: 'participant' })
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Stored trimmed and lower-cased; unique in the database.
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: `${Role}`;

  @Column({ type: 'text', array: true })
  languages: `${Language}`[];

  @Column({ name: 'preferred_language', type: 'text' })
  preferredLanguage: `${Language}`;

  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'jsonb' })
  availability: AvailabilityWindow[];

  @Column({ type: 'text', array: true })
  interests: string[];

  @Column({ type: 'text', array: true })
  goals: string[];

  @Column({ type: 'text', array: true })
  expertise: string[];

  @Column({ type: 'text', nullable: true })
  about: string | null;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  // Private self-identification: only the person themself reads it.
  @Column({ type: 'boolean', nullable: true })
  underrepresented: boolean | null;

  // When the person opened the link mailed to their address; null until then.
  @Column({ name: 'email_verified_at', type: 'timestamptz', precision: 3, nullable: true })
  emailVerifiedAt: Date | null;

  // The optional kinds of email turned off (mail-preferences.ts).
  @Column({ name: 'email_preferences', type: 'jsonb', default: () => `'{"off": []}'` })
  emailPreferences: { off: string[] };

  // When the person deleted their account; the row is anonymised from then on.
  @Column({ name: 'deleted_at', type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
