import { describe, expect, it } from 'vitest';
import { categoryOfToken, changedChoices, isEmailCategory } from './email-choices';

const ID = '0b6a3c1e-5f7d-4a8b-9c2d-1e3f5a7b9c0d';

describe('categoryOfToken', () => {
  it('reads the kind of email from the middle of an unsubscribe token', () => {
    expect(categoryOfToken(`${ID}.MATCH_UPDATES.c2lnbmF0dXJl`)).toBe('MATCH_UPDATES');
    expect(categoryOfToken(`${ID}.SESSIONS.abc-_`)).toBe('SESSIONS');
    expect(categoryOfToken(`${ID}.PROGRAM.x`)).toBe('PROGRAM');
  });

  it('names nothing for a token it cannot read', () => {
    expect(categoryOfToken('')).toBeNull();
    expect(categoryOfToken('made-up')).toBeNull();
    expect(categoryOfToken(`${ID}.PROPOSALS.x`)).toBeNull();
    expect(categoryOfToken(`${ID}.sessions.x`)).toBeNull();
    expect(categoryOfToken(`${ID}.SESSIONS.x.y`)).toBeNull();
  });
});

describe('isEmailCategory', () => {
  it('knows the optional categories only', () => {
    expect(isEmailCategory('SESSIONS')).toBe(true);
    expect(isEmailCategory('ACCOUNT')).toBe(false);
    expect(isEmailCategory(undefined)).toBe(false);
  });
});

describe('changedChoices', () => {
  const saved = { matchUpdates: true, sessions: true, program: true };

  it('sends only the shown choices that changed', () => {
    expect(
      changedChoices(['matchUpdates', 'sessions'], saved, {
        matchUpdates: true,
        sessions: false,
        program: false,
      }),
    ).toEqual({ sessions: false });
  });

  it('is empty when nothing changed', () => {
    expect(changedChoices(['program'], saved, saved)).toEqual({});
  });
});
