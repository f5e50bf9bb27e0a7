import { createLeadAccount, LeadRefused } from '../../src/cli/lead-account';
import { openTestDatabase, type TestDatabase } from './database';

describe('lead:create (middle tier)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  const request = (email: string) => ({
    email,
    name: 'Lucía Lead',
    password: 'a-long-password',
    timezone: 'US/Eastern',
  });

  it('stores the plain form, and refuses a look-alike of an existing lead', async () => {
    const lead = await createLeadAccount(db.dataSource, request('  Lucia.Lead@Example.org '));
    expect(lead).toMatchObject({
      email: 'lucia.lead@example.org',
      role: 'LEAD',
      timezone: 'America/New_York',
    });
    await expect(
      createLeadAccount(db.dataSource, request('ｌｕｃｉａ.lead@example.org')),
    ).rejects.toThrow('an account with the email lucia.lead@example.org already exists');
    const [{ n }] = await db.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM participant`,
    );
    expect(n).toBe(1);
  });

  it('refuses an address with characters from another script, and a short password', async () => {
    await expect(
      createLeadAccount(db.dataSource, request('luc\u0456a@example.org')),
    ).rejects.toBeInstanceOf(LeadRefused);
    await expect(
      createLeadAccount(db.dataSource, { ...request('short@example.org'), password: 'short' }),
    ).rejects.toThrow('at least 10 characters');
  });
});
