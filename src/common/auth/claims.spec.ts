import { checkClaims } from './claims';

const ok = { sub: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', role: 'MENTEE', ver: 0 };

describe('token claims', () => {
  it('accepts a uuid subject, a known role and a token version', () => {
    expect(checkClaims(ok)).toEqual(ok);
    expect(checkClaims({ ...ok, role: 'LEAD', ver: 3 })).toEqual({ ...ok, role: 'LEAD', ver: 3 });
  });

  it.each([
    ['a subject that is not a uuid', { ...ok, sub: "x' OR '1'='1" }],
    ['a missing subject', { role: 'MENTEE', ver: 0 }],
    ['an unknown role', { ...ok, role: 'ADMIN' }],
    ['no version', { sub: ok.sub, role: 'MENTEE' }],
    ['a negative version', { ...ok, ver: -1 }],
    ['a fractional version', { ...ok, ver: 1.5 }],
    ['a string', 'token'],
    ['null', null],
  ])('refuses %s', (_name, payload) => {
    expect(checkClaims(payload)).toBeNull();
  });
});
