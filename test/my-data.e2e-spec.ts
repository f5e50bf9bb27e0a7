import { signUpMentee } from './helpers/factories';
import { baseUrl, firstError, graphql, ok } from './helpers/graphql';
import { acceptedPair } from './helpers/pairs';

const EXPORT = 'query { exportMyData }';

type Export = {
  format: string;
  profile: Record<string, unknown>;
  memberships: { cohortId: string; role: string }[];
  matches: { id: string; myRole: string; otherPerson: string; status: string }[];
  sessions: unknown[];
  feedback: unknown[];
  notifications: { kind: string }[];
};

describe('exportMyData: everything Puente stores about you', () => {
  it('gives the person their profile, memberships, matches and notices, and nobody else theirs', async () => {
    const pair = await acceptedPair();
    const { exportMyData: mine } = await ok(
      graphql<{ exportMyData: Export }>(EXPORT, {}, pair.mentee.token),
    );
    expect(mine.format).toBe('puente-my-data/1');
    expect(mine.profile).toMatchObject({
      id: pair.mentee.id,
      email: pair.mentee.email,
      displayName: 'Íñigo Pérez',
      underrepresented: true,
      emailVerifiedAt: null,
    });
    expect(mine.profile).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(mine)).not.toMatch(/argon2|password/i);
    expect(mine.memberships).toEqual([
      expect.objectContaining({ cohortId: pair.cohortId, role: 'MENTEE' }),
    ]);
    expect(mine.matches).toEqual([
      expect.objectContaining({
        id: pair.matchId,
        myRole: 'MENTEE',
        otherPerson: 'Camila Rojas',
        status: 'ACCEPTED',
      }),
    ]);
    expect(mine.notifications.map((n) => n.kind)).toContain('MATCH_ACCEPTED');
    // The security links mailed to her are secrets, not data: they are left out.
    expect(mine.notifications.map((n) => n.kind)).not.toContain('VERIFY_EMAIL');

    // The other person's export names her, with none of her private data.
    const { exportMyData: theirs } = await ok(
      graphql<{ exportMyData: Export }>(EXPORT, {}, pair.mentor.token),
    );
    expect(theirs.profile.id).toBe(pair.mentor.id);
    expect(theirs.matches[0]).toMatchObject({ myRole: 'MENTOR', otherPerson: 'Íñigo Pérez' });
    expect(JSON.stringify(theirs)).not.toContain(pair.mentee.email);

    // A stranger's export holds only the stranger.
    const stranger = await signUpMentee();
    const { exportMyData: own } = await ok(
      graphql<{ exportMyData: Export }>(EXPORT, {}, stranger.token),
    );
    expect(own.matches).toEqual([]);
    expect(JSON.stringify(own)).not.toContain(pair.mentee.id);

    expect(firstError(await graphql(EXPORT)).extensions?.code).toBe('UNAUTHENTICATED');

    // The same export as a file to keep, behind the same login.
    const file = await fetch(`${baseUrl()}/me/data.json`, {
      headers: { authorization: `Bearer ${pair.mentee.token}`, accept: 'text/html' },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('puente-my-data.json');
    const body = (await file.json()) as Export;
    expect(body.profile.id).toBe(pair.mentee.id);
    const anonymous = await fetch(`${baseUrl()}/me/data.json`);
    expect(anonymous.status).toBe(401);
  });
});
