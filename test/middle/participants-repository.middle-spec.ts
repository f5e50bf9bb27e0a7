import {
  findContactIds,
  findIdsByRole,
  findParticipantByEmail,
  findParticipantById,
  findParticipantsByIds,
  insertParticipant,
  listParticipants,
  lockParticipants,
  updateProfile,
} from '../../src/participants/participants.repository';
import { openTestDatabase, type TestDatabase } from './database';
import { cohort, match, member, person } from './people-fixtures';

describe('participants repository (middle tier)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  const m = () => db.dataSource.manager;

  it('inserts a participant and finds it by id and by its stored email', async () => {
    const created = await insertParticipant(m(), {
      email: 'nora.fuentes@example.org',
      passwordHash: 'hash',
      displayName: 'Nora Fuentes',
      role: 'MENTEE',
      languages: ['ES'],
      preferredLanguage: 'ES',
      timezone: 'America/Lima',
      availability: [{ day: 'MON', start: '18:00', end: '20:00' }],
      interests: ['python'],
      goals: [],
      expertise: [],
      about: null,
      capacity: null,
      underrepresented: true,
    });
    await expect(findParticipantById(m(), created.id)).resolves.toMatchObject({
      email: 'nora.fuentes@example.org',
      availability: [{ day: 'MON', start: '18:00', end: '20:00' }],
      underrepresented: true,
    });
    await expect(findParticipantByEmail(m(), 'nora.fuentes@example.org')).resolves.toMatchObject({
      id: created.id,
    });
    await expect(findParticipantByEmail(m(), 'nobody@example.org')).resolves.toBeNull();
  });

  it('loads many by id in one statement, leaving out unknown ids', async () => {
    const a = await person(db.dataSource, 'MENTEE');
    const b = await person(db.dataSource, 'MENTOR');
    db.statements.reset();
    const rows = await findParticipantsByIds(m(), [a, b, '00000000-0000-4000-8000-000000000000']);
    expect(db.statements.count).toBe(1);
    expect(rows.map((r) => r.id).sort()).toEqual([a, b].sort());
  });

  it('locks people FOR NO KEY UPDATE in id order, and updates a profile', async () => {
    const a = await person(db.dataSource, 'MENTEE');
    const b = await person(db.dataSource, 'MENTEE');
    await db.dataSource.transaction(async (t) => {
      const runner = t.queryRunner;
      if (!runner) {
        throw new Error('a transaction has a query runner');
      }
      const sent = jest.spyOn(runner, 'query');
      const locked = await lockParticipants(t, [b, a, b]);
      expect(locked.map((p) => p.id)).toEqual([a, b].sort());
      // Not FOR UPDATE: that would conflict with the KEY SHARE locks of inserts elsewhere.
      const sql = sent.mock.calls.map(([text]) => text).join('\n');
      expect(sql).toMatch(/FOR NO KEY UPDATE/);
      expect(sql).not.toMatch(/FOR UPDATE/);
      sent.mockRestore();
      const mine = locked.find((p) => p.id === a)!;
      const updated = await updateProfile(t, a, { ...mine, displayName: 'Renamed Person' });
      expect(updated.displayName).toBe('Renamed Person');
    });
  });

  it('finds contacts: the other person of an accepted or completed match only', async () => {
    const ds = db.dataSource;
    const c = await cohort(ds);
    const mentor = await person(ds, 'MENTOR');
    const [accepted, completed, proposed, ended] = await Promise.all([
      person(ds, 'MENTEE'),
      person(ds, 'MENTEE'),
      person(ds, 'MENTEE'),
      person(ds, 'MENTEE'),
    ]);
    // Three of these matches hold a place (capacity.ts): the mentor has three.
    await member(ds, c, mentor, 'MENTOR', 3);
    await match(ds, c, mentor, accepted, 'ACCEPTED', new Date());
    await match(ds, c, mentor, completed, 'COMPLETED', new Date());
    await match(ds, c, mentor, proposed, 'PROPOSED');
    await match(ds, c, mentor, ended, 'ENDED', new Date());
    expect((await findContactIds(m(), mentor)).sort()).toEqual([accepted, completed].sort());
    await expect(findContactIds(m(), accepted)).resolves.toEqual([mentor]);
    await expect(findContactIds(m(), proposed)).resolves.toEqual([]);
  });

  it('finds the ids of a role', async () => {
    const lead = await person(db.dataSource, 'LEAD');
    const leads = await findIdsByRole(m(), 'LEAD');
    expect(leads).toContain(lead);
    const mentees = await findIdsByRole(m(), 'MENTEE');
    expect(mentees).not.toContain(lead);
  });

  it('lists with filters and keyset pages, and counts all that match', async () => {
    const ds = db.dataSource;
    const c = await cohort(ds);
    const tag = `tag-${Date.now()}`;
    const ids: string[] = [];
    for (const name of ['Ana 100% real', 'Ana_Beta', 'Bruno']) {
      const id = await person(ds, 'MENTEE', {
        name,
        timezone: 'Europe/Madrid',
        interests: [tag],
      });
      await member(ds, c, id, 'MENTEE');
      ids.push(id);
    }
    const first = await listParticipants(m(), { cohortId: c }, 2, null);
    expect(first.totalCount).toBe(3);
    expect(first.rows.map((r) => r.id)).toEqual(ids.slice(0, 3));
    const last = first.rows[1];
    const next = await listParticipants(m(), { cohortId: c }, 2, {
      at: last.createdAt.toISOString(),
      id: last.id,
    });
    expect(next.rows.map((r) => r.id)).toEqual([ids[2]]);
    // The name is taken literally: % and _ are not wildcards.
    const literal = await listParticipants(m(), { cohortId: c, name: '100%' }, 10, null);
    expect(literal.rows.map((r) => r.displayName)).toEqual(['Ana 100% real']);
    const underscore = await listParticipants(m(), { cohortId: c, name: 'a_b' }, 10, null);
    expect(underscore.rows.map((r) => r.displayName)).toEqual(['Ana_Beta']);
    const filtered = await listParticipants(
      m(),
      { role: 'MENTEE', language: 'ES', timezone: 'Europe/Madrid', interest: tag },
      10,
      null,
    );
    expect(filtered.totalCount).toBe(3);
    const none = await listParticipants(m(), { role: 'MENTOR', interest: tag }, 10, null);
    expect(none).toEqual({ rows: [], totalCount: 0 });
  });
});
