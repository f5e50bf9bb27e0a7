import {
  expiresAt,
  readToken,
  signToken,
  tokenLink,
  tokenState,
  type TokenRow,
} from './account-tokens';

const SECRET = 'x'.repeat(40);
const ID = '0b6f7c1e-6a1d-4c8e-9b1f-2d3c4b5a6f70';

describe('account tokens', () => {
  it('reads back the id of a link it signed', () => {
    expect(readToken('VERIFY_EMAIL', signToken('VERIFY_EMAIL', ID, SECRET), SECRET)).toBe(ID);
  });

  it('refuses a link of the other purpose, another secret, or an altered id or signature', () => {
    const token = signToken('VERIFY_EMAIL', ID, SECRET);
    expect(readToken('RESET_PASSWORD', token, SECRET)).toBeNull();
    expect(readToken('VERIFY_EMAIL', token, 'y'.repeat(40))).toBeNull();
    const otherId = ID.replace(/0$/, '1');
    expect(readToken('VERIFY_EMAIL', `${otherId}${token.slice(ID.length)}`, SECRET)).toBeNull();
    expect(readToken('VERIFY_EMAIL', `${token.slice(0, -2)}AA`, SECRET)).toBeNull();
    expect(readToken('VERIFY_EMAIL', `${ID}.`, SECRET)).toBeNull();
    expect(readToken('VERIFY_EMAIL', 'not-a-token', SECRET)).toBeNull();
    expect(
      readToken('VERIFY_EMAIL', `'; DROP TABLE x;--.${token.split('.')[1]}`, SECRET),
    ).toBeNull();
    expect(readToken('VERIFY_EMAIL', 'a'.repeat(500), SECRET)).toBeNull();
  });

  it('links to the client page of its purpose, once encoded', () => {
    const link = tokenLink('RESET_PASSWORD', ID, SECRET, 'https://puente.example/');
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://puente.example/reset-password');
    expect(readToken('RESET_PASSWORD', url.searchParams.get('token') ?? '', SECRET)).toBe(ID);
  });

  it('lasts 48 hours for an address and 60 minutes for a password', () => {
    const now = new Date('2027-03-01T12:00:00Z');
    expect(expiresAt('VERIFY_EMAIL', now).toISOString()).toBe('2027-03-03T12:00:00.000Z');
    expect(expiresAt('RESET_PASSWORD', now).toISOString()).toBe('2027-03-01T13:00:00.000Z');
  });

  describe('state', () => {
    const now = new Date('2027-03-01T12:00:00Z');
    const row: TokenRow = {
      id: ID,
      participantId: 'p',
      purpose: 'VERIFY_EMAIL',
      email: 'ana@example.org',
      expiresAt: new Date('2027-03-01T12:00:01Z'),
      usedAt: null,
    };
    it('is valid until its expiry, then expired', () => {
      expect(tokenState(row, 'ana@example.org', now)).toBe('VALID');
      expect(tokenState(row, 'ana@example.org', new Date('2027-03-01T12:00:01Z'))).toBe('EXPIRED');
    });
    it('is used once used, even before it expires', () => {
      expect(tokenState({ ...row, usedAt: now }, 'ana@example.org', now)).toBe('USED');
    });
    it('is invalid when missing, for another address, or when the account is gone', () => {
      expect(tokenState(null, 'ana@example.org', now)).toBe('INVALID');
      expect(tokenState(row, 'bea@example.org', now)).toBe('INVALID');
      expect(tokenState(row, null, now)).toBe('INVALID');
    });
  });
});
