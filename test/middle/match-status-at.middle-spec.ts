import { MATCH_STATUSES } from '../../src/common/vocabulary';
import { effectiveStatus } from '../../src/matches/match-transitions';
import { openTestDatabase, type TestDatabase } from './database';

describe('match_status_at (SQL) agrees with effectiveStatus (TypeScript)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('for every status, before, at and after the expiry instant', async () => {
    const expiresAt = new Date('2027-03-01T12:00:00Z');
    for (const status of MATCH_STATUSES) {
      for (const at of ['2027-03-01T11:59:59Z', '2027-03-01T12:00:00Z', '2027-03-02T00:00:00Z']) {
        const [row] = await db.dataSource.query<{ s: string }[]>(
          'SELECT match_status_at($1, $2, $3) AS s',
          [status, expiresAt, new Date(at)],
        );
        expect(row.s).toBe(effectiveStatus({ status, expiresAt }, new Date(at)));
      }
    }
  });
});
