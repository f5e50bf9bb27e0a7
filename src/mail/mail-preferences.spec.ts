import { NOTIFICATION_KINDS } from '../notifications/notification.entity';
import {
  categoryOf,
  readPreferences,
  readUnsubscribeToken,
  unsubscribeToken,
  unsubscribeUrls,
  wants,
  withCategory,
} from './mail-preferences';

const SECRET = 'k'.repeat(40);
const ID = '3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('email preferences', () => {
  it('never turns off proposals nor account security', () => {
    const everythingOff = { off: ['MATCH_UPDATES', 'SESSIONS', 'PROGRAM'] as const };
    const prefs = { off: [...everythingOff.off] };
    for (const kind of NOTIFICATION_KINDS) {
      const category = categoryOf(kind);
      expect(wants(prefs, kind)).toBe(category === 'PROPOSALS' || category === 'ACCOUNT');
    }
    expect(wants(prefs, 'MATCH_PROPOSED')).toBe(true);
    expect(wants(prefs, 'PASSWORD_RESET')).toBe(true);
  });

  it('turns one kind off and on again, and reads odd stored values safely', () => {
    const off = withCategory({ off: [] }, 'SESSIONS', false);
    expect(off).toEqual({ off: ['SESSIONS'] });
    expect(wants(off, 'SESSION_SCHEDULED')).toBe(false);
    expect(wants(off, 'MATCH_ACCEPTED')).toBe(true);
    expect(withCategory(withCategory(off, 'SESSIONS', false), 'SESSIONS', true)).toEqual({
      off: [],
    });
    expect(readPreferences(null)).toEqual({ off: [] });
    expect(readPreferences({ off: ['SESSIONS', 'PROPOSALS', 'nonsense'] })).toEqual({
      off: ['SESSIONS'],
    });
  });

  it('signs unsubscribe tokens for one person and one kind of email', () => {
    const token = unsubscribeToken(ID, 'SESSIONS', SECRET);
    expect(readUnsubscribeToken(token, SECRET)).toEqual({
      participantId: ID,
      category: 'SESSIONS',
    });
    expect(readUnsubscribeToken(token.replace('SESSIONS', 'PROGRAM'), SECRET)).toBeNull();
    expect(readUnsubscribeToken(token, 'x'.repeat(40))).toBeNull();
    expect(readUnsubscribeToken(token.replace(ID, ID.replace(/d$/, 'e')), SECRET)).toBeNull();
    // Proposals cannot be unsubscribed, even with a well-formed token.
    expect(readUnsubscribeToken(`${ID}.PROPOSALS.abc`, SECRET)).toBeNull();
    expect(readUnsubscribeToken('a.b', SECRET)).toBeNull();
  });

  it('links a page and a one-click target with the same token', () => {
    const urls = unsubscribeUrls(ID, 'MATCH_UPDATES', SECRET, 'https://p.example/');
    const page = new URL(urls.page);
    const oneClick = new URL(urls.oneClick);
    expect(page.pathname).toBe('/unsubscribe');
    expect(oneClick.pathname).toBe('/email/unsubscribe');
    expect(page.searchParams.get('token')).toBe(oneClick.searchParams.get('token'));
  });
});
