import { MigrationInterface, QueryRunner } from 'typeorm';

export class Participants1764000000000 implements MigrationInterface {
  name = 'Participants1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL,
        languages text[] NOT NULL,
        preferred_language text NOT NULL,
        timezone text NOT NULL,
        availability jsonb NOT NULL DEFAULT '[]',
        interests text[] NOT NULL DEFAULT '{}',
        goals text[] NOT NULL DEFAULT '{}',
        expertise text[] NOT NULL DEFAULT '{}',
        about text,
        capacity int,
        underrepresented boolean,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT participant_email_lower CHECK (email = lower(btrim(email)) AND length(email) BETWEEN 3 AND 254),
        CONSTRAINT participant_role CHECK (role IN ('MENTEE', 'MENTOR', 'LEAD')),
        CONSTRAINT participant_display_name CHECK (length(btrim(display_name)) BETWEEN 1 AND 80),
        CONSTRAINT participant_languages CHECK (
          cardinality(languages) BETWEEN 1 AND 2 AND languages <@ ARRAY['EN', 'ES']::text[]),
        CONSTRAINT participant_preferred_language CHECK (preferred_language = ANY (languages)),
        CONSTRAINT participant_interests CHECK (cardinality(interests) <= 15),
        CONSTRAINT participant_goals CHECK (cardinality(goals) <= 10),
        CONSTRAINT participant_expertise CHECK (cardinality(expertise) <= 10),
        CONSTRAINT participant_about CHECK (about IS NULL OR length(about) <= 1000),
        CONSTRAINT participant_capacity CHECK (
          (role = 'MENTOR' AND capacity BETWEEN 1 AND 10) OR (role <> 'MENTOR' AND capacity IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX participant_email_key ON participant (email)`);
    await q.query(`CREATE INDEX participant_role_created ON participant (role, created_at, id)`);
    await q.query(`CREATE INDEX participant_interests_gin ON participant USING gin (interests)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE participant`);
  }
}
