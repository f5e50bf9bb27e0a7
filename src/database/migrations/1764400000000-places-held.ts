import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MATCH_STATUSES } from '../../common/vocabulary';
import { holdsPlace } from '../../matches/capacity';

// One capacity rule in the database too: cohort_member.places_held counts the mentor's
// matches whose status holds a place (capacity.ts), kept by triggers on match, and a CHECK
// keeps it within the capacity. It replaces accepted_count (ACCEPTED only), which disagreed
// with the matcher (PROPOSED, ACCEPTED and COMPLETED).
//
// holds_place() is written from capacity.ts when the migration runs; a middle-tier test
// checks that the two agree for every status.
const holding = MATCH_STATUSES.filter((s) => holdsPlace(s))
  .map((s) => `'${s}'`)
  .join(', ');

export class PlacesHeld1764400000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION holds_place(status text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT status IN (${holding})
      $$`);
    await q.query(`ALTER TABLE cohort_member DROP CONSTRAINT cohort_member_accepted`);
    await q.query(`ALTER TABLE cohort_member RENAME COLUMN accepted_count TO places_held`);
    await q.query(`
      UPDATE cohort_member cm SET places_held = (
        SELECT count(*) FROM match x
         WHERE x.cohort_id = cm.cohort_id AND x.mentor_id = cm.participant_id AND holds_place(x.status))`);
    // Proposals made before this rule may exceed a capacity lowered since: keep them (the
    // capacity rises to what is held) rather than refuse to migrate.
    await q.query(`
      UPDATE cohort_member SET capacity = places_held
       WHERE role = 'MENTOR' AND places_held > capacity AND places_held <= 10`);
    await q.query(`
      ALTER TABLE cohort_member ADD CONSTRAINT cohort_member_places CHECK (
        places_held >= 0 AND places_held <= coalesce(capacity, 0))`);

    // Statement-level triggers with transition tables: one UPDATE per mentor per statement,
    // not per match row (a run inserts thousands of proposals in a few statements).
    await q.query(`
      CREATE FUNCTION match_places_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE cohort_member cm SET places_held = cm.places_held + d.change
          FROM (
            SELECT cohort_id, mentor_id, sum(change)::int AS change FROM (
              SELECT n.cohort_id, n.mentor_id, 1 AS change FROM new_rows n WHERE holds_place(n.status)
              UNION ALL
              SELECT o.cohort_id, o.mentor_id, -1 FROM old_rows o WHERE holds_place(o.status)
            ) c GROUP BY cohort_id, mentor_id
          ) d
         WHERE d.change <> 0 AND cm.cohort_id = d.cohort_id AND cm.participant_id = d.mentor_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION match_places_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE cohort_member cm SET places_held = cm.places_held + d.change
          FROM (SELECT cohort_id, mentor_id, count(*)::int AS change FROM new_rows
                 WHERE holds_place(status) GROUP BY cohort_id, mentor_id) d
         WHERE cm.cohort_id = d.cohort_id AND cm.participant_id = d.mentor_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION match_places_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE cohort_member cm SET places_held = cm.places_held - d.change
          FROM (SELECT cohort_id, mentor_id, count(*)::int AS change FROM old_rows
                 WHERE holds_place(status) GROUP BY cohort_id, mentor_id) d
         WHERE cm.cohort_id = d.cohort_id AND cm.participant_id = d.mentor_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER match_places_insert AFTER INSERT ON match
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_places_inserted()`);
    await q.query(`
      CREATE TRIGGER match_places_update AFTER UPDATE ON match
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION match_places_changed()`);
    await q.query(`
      CREATE TRIGGER match_places_delete AFTER DELETE ON match
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION match_places_deleted()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER match_places_delete ON match`);
    await q.query(`DROP TRIGGER match_places_update ON match`);
    await q.query(`DROP TRIGGER match_places_insert ON match`);
    await q.query(`DROP FUNCTION match_places_deleted()`);
    await q.query(`DROP FUNCTION match_places_inserted()`);
    await q.query(`DROP FUNCTION match_places_changed()`);
    await q.query(`ALTER TABLE cohort_member DROP CONSTRAINT cohort_member_places`);
    await q.query(`ALTER TABLE cohort_member RENAME COLUMN places_held TO accepted_count`);
    await q.query(`
      UPDATE cohort_member cm SET accepted_count = (
        SELECT count(*) FROM match x
         WHERE x.cohort_id = cm.cohort_id AND x.mentor_id = cm.participant_id AND x.status = 'ACCEPTED')`);
    await q.query(`
      ALTER TABLE cohort_member ADD CONSTRAINT cohort_member_accepted CHECK (
        accepted_count >= 0 AND accepted_count <= coalesce(capacity, 0))`);
    await q.query(`DROP FUNCTION holds_place(text)`);
  }
}
