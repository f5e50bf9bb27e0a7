// Text searched with LIKE/ILIKE is taken literally: its wildcards (% and _) and the escape
// character itself are escaped. Use with `ESCAPE '\'`.
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// A case-insensitive "contains" pattern for ILIKE ... ESCAPE '\'.
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
