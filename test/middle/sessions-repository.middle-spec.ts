import { findPairsNeedingCheckIn } from '../../src/sessions/sessions.repository';
import { openTestDatabase, type TestDatabase } from './database';

describe('sessions repository (middle tier)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('finds no pair needing a check-in in an empty database, in one statement', async () => {
    db.statements.reset();
    await expect(
      findPairsNeedingCheckIn(db.dataSource.manager, new Date('2027-01-01T00:00:00Z'), null),
    ).resolves.toEqual([]);
    expect(db.statements.count).toBe(1);
  });
});
