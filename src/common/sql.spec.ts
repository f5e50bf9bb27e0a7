import { containsPattern, escapeLike } from './sql';

describe('LIKE patterns', () => {
  it('escapes the wildcards and the escape character, and nothing else', () => {
    expect(escapeLike('50%_off\\now')).toBe('50\\%\\_off\\\\now');
    expect(escapeLike('Ana Pérez')).toBe('Ana Pérez');
  });

  it('wraps the escaped text for a "contains" search', () => {
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });
});
