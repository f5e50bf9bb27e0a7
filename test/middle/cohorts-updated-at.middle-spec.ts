// updated_at is set by the database whenever a row changes (migration 1764500000000).
import type { QueryRunner } from 'typeorm';
import { SetUpdatedAt1764500000000 } from '../../src/database/migrations/1764500000000-set-updated-at';
import { updateCohortStatus } from '../../src/cohorts/cohorts.repository';
import { openTestDatabase, type TestDatabase } from './database';
import { makeCohort, makeMatch, makeMember, makePerson } from './cohorts-fixtures';

describe('updated_at columns (middle tier)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const updatedAt = async (table: string, id: string): Promise<Date> => {
    const [row] = await db.dataSource.query<{ at: Date }[]>(
      `SELECT updated_at AS at FROM ${table} WHERE id = $1`,
      [id],
    );
    return row.at;
  };
  // Rows made "a while ago", so that a later change must show.
  const age = (table: string, id: string) =>
    db.dataSource.query(
      `ALTER TABLE ${table} DISABLE TRIGGER set_updated_at;
       UPDATE ${table} SET updated_at = '2020-01-01T00:00:00Z' WHERE id = '${id}';
       ALTER TABLE ${table} ENABLE TRIGGER set_updated_at`,
    );

  const tablesWithUpdatedAt = async () =>
    (
      await db.dataSource.query<{ table_name: string }[]>(
        `SELECT table_name FROM information_schema.columns
          WHERE table_schema = current_schema() AND column_name = 'updated_at' ORDER BY 1`,
      )
    ).map((r) => r.table_name);

  // (Through a given runner when one holds the connection: PGlite serves one at a time.)
  const tablesWithTrigger = async (runner?: QueryRunner): Promise<string[]> => {
    const sql = `SELECT DISTINCT event_object_table AS table_name FROM information_schema.triggers
      WHERE trigger_schema = current_schema() AND trigger_name = 'set_updated_at'
        AND event_manipulation = 'UPDATE' AND action_timing = 'BEFORE' ORDER BY 1`;
    const rows = runner
      ? ((await runner.query(sql)) as { table_name: string }[])
      : await db.dataSource.query<{ table_name: string }[]>(sql);
    return rows.map((r) => r.table_name);
  };

  it('has the trigger on every table with an updated_at column', async () => {
    const tables = await tablesWithUpdatedAt();
    expect(tables).toEqual(expect.arrayContaining(['cohort', 'match', 'participant']));
    await expect(tablesWithTrigger()).resolves.toEqual(tables);
  });

  it('moves updated_at when a cohort, a participant or a match changes', async () => {
    const m = db.dataSource.manager;
    const cohort = await makeCohort(m, { status: 'OPEN' });
    const mentorId = await makeMember(m, cohort.id, 'MENTOR');
    const menteeId = await makeMember(m, cohort.id, 'MENTEE');
    const matchId = await makeMatch(m, { cohortId: cohort.id, mentorId, menteeId }, 'PROPOSED');
    const old = new Date('2020-01-01T00:00:00Z');
    for (const [table, id] of [
      ['cohort', cohort.id],
      ['participant', mentorId],
      ['match', matchId],
    ]) {
      await age(table, id);
      await expect(updatedAt(table, id)).resolves.toEqual(old);
    }

    await updateCohortStatus(m, cohort.id, 'MATCHING');
    await m.query(`UPDATE participant SET display_name = 'Otra persona' WHERE id = $1`, [mentorId]);
    await m.query(`UPDATE match SET score = 600 WHERE id = $1`, [matchId]);
    for (const [table, id] of [
      ['cohort', cohort.id],
      ['participant', mentorId],
      ['match', matchId],
    ]) {
      const at = await updatedAt(table, id);
      expect(at.getTime()).toBeGreaterThan(old.getTime());
    }
  });

  it('leaves updated_at alone when an update changes nothing', async () => {
    const person = await makePerson(db.dataSource.manager, 'MENTEE');
    await age('participant', person);
    await db.dataSource.query(`UPDATE participant SET role = role WHERE id = $1`, [person]);
    await expect(updatedAt('participant', person)).resolves.toEqual(
      new Date('2020-01-01T00:00:00Z'),
    );
  });

  it('the migration goes down and up again', async () => {
    // Run by hand: later migrations may follow it, so it is not always the last one.
    const migration = new SetUpdatedAt1764500000000();
    const before = await tablesWithTrigger();
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await expect(tablesWithTrigger(runner)).resolves.toEqual([]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    await expect(tablesWithTrigger()).resolves.toEqual(before);
  });
});
