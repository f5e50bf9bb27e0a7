// A list of cohorts with the fields that read the database costs the same number of
// statements at 3 and at 30 cohorts: the list, then one batched statement per field.
import { newLoaderScope } from '../../src/common/graphql/loaders';
import { countsLoader, membershipLoader, pairRulesLoader } from '../../src/cohorts/cohort-loaders';
import { insertPairRule, listCohortsFor } from '../../src/cohorts/cohorts.repository';
import { openTestDatabase, type TestDatabase } from './database';
import { makeCohort, makeMember, makePerson } from './cohorts-fixtures';

describe('cohorts list statement count (middle tier)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  // What the `cohorts` query does for `{ cohorts { myMembership counts pairRules } }`:
  // the list, then each cohort's fields resolved side by side, as GraphQL does.
  async function listWithFields(viewer: { id: string; role: 'LEAD' }) {
    const m = db.dataSource.manager;
    const scope = newLoaderScope();
    const cohorts = await listCohortsFor(m, viewer);
    return Promise.all(
      cohorts.map(async (c) => ({
        id: c.id,
        membership: await membershipLoader(scope, m, viewer.id).load(c.id),
        counts: await countsLoader(scope, m).load(c.id),
        rules: await pairRulesLoader(scope, m).load(c.id),
      })),
    );
  }

  async function addCohorts(n: number) {
    for (let i = 0; i < n; i++) {
      const cohort = await makeCohort(db.dataSource.manager, { status: 'OPEN' });
      const mentorId = await makeMember(db.dataSource.manager, cohort.id, 'MENTOR', 2);
      const menteeId = await makeMember(db.dataSource.manager, cohort.id, 'MENTEE');
      await insertPairRule(db.dataSource.manager, {
        cohortId: cohort.id,
        mentorId,
        menteeId,
        kind: 'EXCLUDE',
        createdBy: null,
      });
    }
  }

  it('costs the same at 3 and at 30 cohorts', async () => {
    const lead = { id: await makePerson(db.dataSource.manager, 'LEAD'), role: 'LEAD' as const };

    await addCohorts(3);
    db.statements.reset();
    const three = await listWithFields(lead);
    const atThree = db.statements.count;

    await addCohorts(27);
    db.statements.reset();
    const thirty = await listWithFields(lead);
    const atThirty = db.statements.count;

    expect(three).toHaveLength(3);
    expect(thirty).toHaveLength(30);
    // Each field really came back for every cohort.
    for (const row of thirty) {
      expect(row.membership).toBeNull();
      expect(row.counts).toMatchObject({ cohortId: row.id, mentees: 1, mentors: 1, capacity: 2 });
      expect(row.rules).toHaveLength(1);
    }
    expect(atThirty).toBe(atThree);
    // The list and one statement per field.
    expect(atThree).toBe(4);
  });
});
