import {
  countNotices,
  findNoticesPage,
  insertNotices,
  markNoticesRead,
} from '../../src/notifications/notifications.repository';
import { openTestDatabase, type TestDatabase } from './database';
import { person } from './people-fixtures';

describe('notifications repository (middle tier)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  const m = () => db.dataSource.manager;

  it('inserts notices in chunks of 1000, one statement each', async () => {
    const who = await person(db.dataSource, 'LEAD');
    db.statements.reset();
    await insertNotices(
      m(),
      Array.from({ length: 1001 }, (_, i) => ({
        recipientId: who,
        kind: 'CHECK_IN_NEEDED' as const,
        payload: { n: i },
      })),
    );
    expect(db.statements.count).toBe(2);
    await expect(countNotices(m(), who)).resolves.toEqual({ total: 1001, unread: 1001 });
  });

  it('pages newest first, filters unread, and marks only the recipient’s own as read', async () => {
    const me = await person(db.dataSource, 'MENTEE');
    const other = await person(db.dataSource, 'MENTOR');
    for (const [recipientId, n] of [
      [me, 1],
      [me, 2],
      [me, 3],
      [other, 4],
    ] as const) {
      await insertNotices(m(), [{ recipientId, kind: 'MATCH_ACCEPTED', payload: { n } }]);
      // created_at has millisecond precision: on a fast machine two inserts could share a
      // millisecond, and the page would order them by their random ids.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const page = await findNoticesPage(m(), me, 2, null, false);
    expect(page.map((n) => n.payload.n)).toEqual([3, 2]);
    const rest = await findNoticesPage(
      m(),
      me,
      2,
      { at: page[1].createdAt.toISOString(), id: page[1].id },
      false,
    );
    expect(rest.map((n) => n.payload.n)).toEqual([1]);

    const now = new Date('2027-03-01T12:00:00Z');
    // Another person's id in the list is not touched.
    const theirs = (await findNoticesPage(m(), other, 10, null, false))[0].id;
    await expect(markNoticesRead(m(), me, [page[0].id, theirs], now)).resolves.toBe(1);
    await expect(countNotices(m(), me)).resolves.toEqual({ total: 3, unread: 2 });
    await expect(countNotices(m(), other)).resolves.toEqual({ total: 1, unread: 1 });
    const unread = await findNoticesPage(m(), me, 10, null, true);
    expect(unread.map((n) => n.payload.n)).toEqual([2, 1]);
    // All of them: the two left.
    await expect(markNoticesRead(m(), me, null, now)).resolves.toBe(2);
    await expect(markNoticesRead(m(), me, null, now)).resolves.toBe(0);
    const read = await findNoticesPage(m(), me, 10, null, false);
    expect(read.every((n) => n.readAt?.getTime() === now.getTime())).toBe(true);
  });
});
