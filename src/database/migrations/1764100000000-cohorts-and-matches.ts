import { MigrationInterface, QueryRunner } from 'typeorm';

export class CohortsAndMatches1764100000000 implements MigrationInterface {
  name = 'CohortsAndMatches1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT',
        min_overlap_minutes int NOT NULL DEFAULT 60,
        target_overlap_minutes int NOT NULL DEFAULT 180,
        weights jsonb NOT NULL,
        expiry_days int NOT NULL DEFAULT 7,
        allow_repeat_pairs boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES participant(id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cohort_status CHECK (status IN ('DRAFT', 'OPEN', 'MATCHING', 'ACTIVE', 'CLOSED')),
        CONSTRAINT cohort_name CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        CONSTRAINT cohort_dates CHECK (ends_on >= starts_on AND ends_on <= starts_on + 730),
        CONSTRAINT cohort_overlap CHECK (min_overlap_minutes BETWEEN 0 AND 10080
          AND target_overlap_minutes BETWEEN 15 AND 10080),
        CONSTRAINT cohort_expiry CHECK (expiry_days BETWEEN 1 AND 60)
      )`);
    await q.query(`
      CREATE TABLE cohort_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        role text NOT NULL,
        capacity int,
        accepted_count int NOT NULL DEFAULT 0,
        joined_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT cohort_member_once UNIQUE (cohort_id, participant_id),
        CONSTRAINT cohort_member_role CHECK (role IN ('MENTEE', 'MENTOR')),
        CONSTRAINT cohort_member_capacity CHECK (
          (role = 'MENTOR' AND capacity BETWEEN 1 AND 10) OR (role = 'MENTEE' AND capacity IS NULL)),
        -- A mentor never holds more accepted matches than their capacity.
        CONSTRAINT cohort_member_accepted CHECK (
          accepted_count >= 0 AND accepted_count <= coalesce(capacity, 0))
      )`);
    await q.query(`CREATE INDEX cohort_member_participant ON cohort_member (participant_id)`);
    await q.query(`CREATE INDEX cohort_member_cohort_role ON cohort_member (cohort_id, role)`);

    await q.query(`
      CREATE TABLE pair_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        mentee_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        kind text NOT NULL,
        created_by uuid REFERENCES participant(id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pair_rule_kind CHECK (kind IN ('PIN', 'EXCLUDE')),
        CONSTRAINT pair_rule_once UNIQUE (cohort_id, mentor_id, mentee_id),
        CONSTRAINT pair_rule_two_people CHECK (mentor_id <> mentee_id)
      )`);
    // One pin per mentee in a cohort.
    await q.query(
      `CREATE UNIQUE INDEX pair_rule_one_pin ON pair_rule (cohort_id, mentee_id) WHERE kind = 'PIN'`,
    );

    await q.query(`
      CREATE TABLE match_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        run_by uuid REFERENCES participant(id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        weights jsonb NOT NULL,
        settings jsonb NOT NULL,
        input_hash text NOT NULL,
        mentee_count int NOT NULL,
        mentor_count int NOT NULL,
        matched_count int NOT NULL,
        total_score int NOT NULL,
        unmatched jsonb NOT NULL DEFAULT '[]',
        duration_ms int NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX match_run_cohort ON match_run (cohort_id, created_at)`);

    await q.query(`
      CREATE TABLE match (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        run_id uuid REFERENCES match_run(id) ON DELETE SET NULL,
        mentor_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        mentee_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'PROPOSED',
        score int NOT NULL,
        breakdown jsonb NOT NULL,
        proposed_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        responded_at timestamptz,
        closed_at timestamptz,
        decline_reason text,
        decline_note text,
        end_reason text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT match_status CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'COMPLETED', 'ENDED')),
        CONSTRAINT match_score CHECK (score BETWEEN 0 AND 1000),
        CONSTRAINT match_two_people CHECK (mentor_id <> mentee_id),
        CONSTRAINT match_decline_reason CHECK (
          (status = 'DECLINED') = (decline_reason IS NOT NULL)
          AND (decline_reason IS NULL OR decline_reason IN ('NO_TIME', 'NOT_MY_EXPERTISE', 'LANGUAGE', 'OTHER')))
      )`);
    // A mentee never has two live matches in a cohort.
    await q.query(`CREATE UNIQUE INDEX match_one_live_per_mentee ON match (cohort_id, mentee_id)
      WHERE status IN ('PROPOSED', 'ACCEPTED')`);
    await q.query(`CREATE INDEX match_cohort_status ON match (cohort_id, status, proposed_at, id)`);
    await q.query(`CREATE INDEX match_mentor ON match (mentor_id, status)`);
    await q.query(`CREATE INDEX match_mentee ON match (mentee_id, status)`);
    await q.query(`CREATE INDEX match_expiry ON match (expires_at) WHERE status = 'PROPOSED'`);

    // The database refuses any status change the lifecycle rules refuse.
    await q.query(`
      CREATE FUNCTION match_status_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
             (OLD.status = 'PROPOSED' AND NEW.status IN ('ACCEPTED', 'DECLINED', 'EXPIRED'))
          OR (OLD.status = 'ACCEPTED' AND NEW.status IN ('COMPLETED', 'ENDED'))) THEN
          RAISE EXCEPTION 'match % cannot go from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'match_status_transition';
        END IF;
        IF NEW.mentor_id <> OLD.mentor_id OR NEW.mentee_id <> OLD.mentee_id OR NEW.cohort_id <> OLD.cohort_id THEN
          RAISE EXCEPTION 'the people of a match do not change' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER match_status_guard BEFORE UPDATE ON match
      FOR EACH ROW EXECUTE FUNCTION match_status_guard()`);

    await q.query(`
      CREATE TABLE match_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES match(id) ON DELETE CASCADE,
        cohort_id uuid NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        actor_id uuid REFERENCES participant(id),
        reason text,
        note text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX match_event_match ON match_event (match_id, created_at)`);
    await q.query(`CREATE INDEX match_event_cohort ON match_event (cohort_id, created_at, id)`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        kind text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        read_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX notification_recipient ON notification (recipient_id, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE match_event`);
    await q.query(`DROP TABLE match`);
    await q.query(`DROP FUNCTION match_status_guard`);
    await q.query(`DROP TABLE match_run`);
    await q.query(`DROP TABLE pair_rule`);
    await q.query(`DROP TABLE cohort_member`);
    await q.query(`DROP TABLE cohort`);
  }
}
