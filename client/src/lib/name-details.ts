// Telling apart people who share a name in a lead's table: each of them gets a short detail
// (the start of their email for a lead, else their time zone and role); everyone else none.
export type NamedPerson = {
  id: string;
  displayName: string;
  timezone?: string | null;
  email?: string | null;
};

const norm = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase();

// "ana.perez@example.org" → "ana.pe…@example.org": enough to tell two apart, not the whole address.
export function emailStart(email: string): string {
  const at = email.indexOf('@');
  if (at < 0) {
    return email;
  }
  const local = email.slice(0, at);
  return `${local.length > 6 ? `${local.slice(0, 6)}…` : local}${email.slice(at)}`;
}

export function nameDetails(people: readonly NamedPerson[]): Map<string, string> {
  const idsByName = new Map<string, Set<string>>();
  for (const p of people) {
    const key = norm(p.displayName);
    idsByName.set(key, (idsByName.get(key) ?? new Set()).add(p.id));
  }
  const details = new Map<string, string>();
  for (const p of people) {
    if ((idsByName.get(norm(p.displayName))?.size ?? 0) < 2 || details.has(p.id)) {
      continue;
    }
    const detail = p.email ? emailStart(p.email) : (p.timezone ?? '');
    if (detail) {
      details.set(p.id, detail);
    }
  }
  return details;
}
