import { NORMALISE_STORED_EMAILS } from '../../src/database/migrations/1764700000000-plain-emails';
import { normalizeEmail } from '../../src/common/email';
import { openTestDatabase, type TestDatabase } from './database';
import { person } from './people-fixtures';

describe('stored emails in their one normal form (migration 1764700000000)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('normalises look-alikes stored before the rule, unless the plain form is taken', async () => {
    const ds = db.dataSource;
    const fullwidth = await person(ds, 'MENTEE', { email: 'ｆｅ.x@example.org' });
    const held = await person(ds, 'MENTEE', { email: 'ana@example.org' });
    const clash = await person(ds, 'MENTOR', { email: 'ａｎａ@example.org' });
    const cyrillic = await person(ds, 'MENTEE', { email: 'fаtima@example.org' });
    const plain = await person(ds, 'LEAD', { email: 'luz@example.org' });
    // Migrations already ran once on an empty table; this is the same statement.
    await ds.query(NORMALISE_STORED_EMAILS);
    const rows = await ds.query<{ id: string; email: string }[]>(
      `SELECT id, email FROM participant WHERE id = ANY ($1::uuid[])`,
      [[fullwidth, held, clash, cyrillic, plain]],
    );
    const email = new Map(rows.map((r) => [r.id, r.email]));
    expect(email.get(fullwidth)).toBe('fe.x@example.org');
    // The SQL form agrees with the TypeScript one.
    expect(email.get(fullwidth)).toBe(normalizeEmail('ｆｅ.x@example.org'));
    expect(email.get(held)).toBe('ana@example.org');
    expect(email.get(clash)).toBe('ａｎａ@example.org');
    expect(email.get(cyrillic)).toBe('fаtima@example.org');
    expect(email.get(plain)).toBe('luz@example.org');
  });
});
