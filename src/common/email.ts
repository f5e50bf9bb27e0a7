// Email addresses are compared in one form: Unicode compatibility-normalised (NFKC, so a
// fullwidth "ｆｅ.x@..." is "fe.x@..."), trimmed, lower-cased. After that an address must
// be plain ASCII (no look-alikes from other scripts, no spaces or control characters).
const PLAIN =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

export const EMAIL_MAX_LENGTH = 254;

// The address in its one form, or null when it is not a plain address.
export function normalizeEmail(raw: string): string | null {
  const email = raw.normalize('NFKC').trim().toLowerCase();
  if (email.length > EMAIL_MAX_LENGTH || !PLAIN.test(email) || email.includes('..')) {
    return null;
  }
  return email;
}
