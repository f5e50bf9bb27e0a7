import { ACCENTED, containsPattern, escapeLike, foldText, UNACCENTED } from './sql';

describe('search text', () => {
  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });

  it('folds accents and ASCII case the way the SQL does', () => {
    expect([...ACCENTED]).toHaveLength([...UNACCENTED].length);
    expect(foldText('Íñigo Pérez')).toBe('inigo perez');
    expect(foldText('MARÍA JOSÉ NÚÑEZ')).toBe('maria jose nunez');
    expect(foldText('François Müller')).toBe('francois muller');
    // A decomposed accent (e + combining acute) is the same letter.
    expect(foldText('Jose\u0301')).toBe('jose');
    // Letters outside the table are compared as written.
    expect(foldText('Łukasz')).toBe('Łukasz');
  });
});
