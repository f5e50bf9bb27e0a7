import { normalizeEmail } from './email';

describe('email addresses', () => {
  it.each([
    ['Ana.Perez@Example.ORG', 'ana.perez@example.org'],
    ['  fe.x@example.org ', 'fe.x@example.org'],
    ['\uff46\uff45.x@example.org', 'fe.x@example.org'], // fullwidth look-alike
    ['ana+puente@sub.example.org', 'ana+puente@sub.example.org'],
  ])('normalises %j', (raw, email) => {
    expect(normalizeEmail(raw)).toBe(email);
  });

  it.each([
    ['Cyrillic look-alike', 'f\u0435.x@example.org'],
    ['no domain dot', 'ana@example'],
    ['space', 'ana perez@example.org'],
    ['NUL', 'ana\u0000@example.org'],
    ['two @', 'a@b@example.org'],
    ['double dot', 'ana..perez@example.org'],
    ['too long', `${'a'.repeat(250)}@example.org`],
  ])('refuses %s', (_name, raw) => {
    expect(normalizeEmail(raw)).toBeNull();
  });
});
