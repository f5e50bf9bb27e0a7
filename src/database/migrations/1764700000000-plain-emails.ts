import type { MigrationInterface, QueryRunner } from 'typeorm';

// Stored emails in the one normal form of common/email.ts (NFKC, trimmed, lower-case,
// plain ASCII): a fullwidth "ｆｅ.x@example.org" stored before the rule becomes
// "fe.x@example.org", so sign-up and login find it. Rows are changed only when the
// normal form is plain and no other account holds it already; any left over (a clash, or a
// look-alike from another script) keep their address for the program team to sort out.
export const NORMALISE_STORED_EMAILS = `
  WITH normal AS (
    SELECT id, lower(normalize(btrim(email), NFKC)) AS email FROM participant
     WHERE email <> lower(normalize(btrim(email), NFKC))
  ), plain AS (
    SELECT DISTINCT ON (email) id, email FROM normal
     WHERE email ~ '^[a-z0-9.!#$%&''*+/=?^_\`{|}~-]+@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'
       AND email NOT LIKE '%..%' AND length(email) <= 254
     ORDER BY email, id
  )
  UPDATE participant p SET email = plain.email
    FROM plain
   WHERE p.id = plain.id
     AND NOT EXISTS (SELECT 1 FROM participant o WHERE o.email = plain.email)`;

export class PlainEmails1764700000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(NORMALISE_STORED_EMAILS);
  }

  // The old spellings are not kept, so there is nothing to restore.
  async down(): Promise<void> {}
}
