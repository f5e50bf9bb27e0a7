// Text searched with LIKE/ILIKE is taken literally: its wildcards (% and _) and the escape
// character itself are escaped. Use with `ESCAPE '\'`.
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// A case-insensitive "contains" pattern for ILIKE ... ESCAPE '\'.
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

// Searching names without caring for accents or case ("inigo" finds "Íñigo", "MARIA" finds
// "María"), the same on PostgreSQL and PGlite: PGlite has no unaccent, and lower() under
// the C collation knows only ASCII. So the stored text is folded in SQL with translate()
// over the accented letters of the program's languages (and their neighbours), and the
// searched text is folded the same way here. Both strings must stay the same length.
export const ACCENTED = 'ÁÀÂÄÃÅĀáàâäãåāÉÈÊËĒéèêëēÍÌÎÏĪíìîïīÓÒÔÖÕØŌóòôöõøōÚÙÛÜŪúùûüūÑñÇçÝýÿ';
export const UNACCENTED = 'AAAAAAAaaaaaaaEEEEEeeeeeIIIIIiiiiiOOOOOOOoooooooUUUUUuuuuuNnCcYyy';

const FOLD = new Map([...ACCENTED].map((c, i) => [c, UNACCENTED[i]]));

// The SQL of a column or expression folded for search; compare it with LIKE to a pattern
// made with containsPattern(foldText(...)).
// (COLLATE "C": lower() then changes ASCII letters only, whatever the database's locale, as
// foldText does, so both databases find the same rows.)
export const foldedSql = (expr: string) =>
  `lower(translate(${expr}, '${ACCENTED}', '${UNACCENTED}') COLLATE "C")`;

export function foldText(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    out += FOLD.get(c) ?? c;
  }
  // ASCII only, as lower() of the C collation: other letters are compared as written.
  return out.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
