import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every table with an updated_at column has it set whenever a row changes, whoever writes
// the row (services, raw SQL, the scheduler): a BEFORE UPDATE trigger, one function. An
// UPDATE that changes nothing leaves it alone. The tables are found by their column, so the
// ones that exist now are all covered (participant, cohort, match, mentorship_session);
// a table created later adds the same trigger in its own migration (a middle-tier spec checks).
export class SetUpdatedAt1764500000000 implements MigrationInterface {
  name = 'SetUpdatedAt1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW IS DISTINCT FROM OLD THEN
          NEW.updated_at := now();
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      DO $$
      DECLARE t record;
      BEGIN
        FOR t IN
          SELECT c.table_name FROM information_schema.columns c
            JOIN information_schema.tables tb
              ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
           WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at'
             AND tb.table_type = 'BASE TABLE'
        LOOP
          EXECUTE format(
            'CREATE TRIGGER set_updated_at BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION set_updated_at()',
            t.table_name);
        END LOOP;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      DECLARE t record;
      BEGIN
        FOR t IN
          SELECT DISTINCT event_object_table AS table_name FROM information_schema.triggers
           WHERE trigger_schema = current_schema() AND trigger_name = 'set_updated_at'
        LOOP
          EXECUTE format('DROP TRIGGER set_updated_at ON %I', t.table_name);
        END LOOP;
      END
      $$`);
    await q.query(`DROP FUNCTION set_updated_at()`);
  }
}
