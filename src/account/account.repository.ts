// The SQL of account security: the only module that queries account_token, and the
// account columns it changes (verified address, password, token version).
import type { EntityManager } from 'typeorm';
import type { TokenPurpose, TokenRow } from './account-tokens';

const TOKEN = `t.id, t.participant_id AS "participantId", t.purpose, t.email,
  t.expires_at AS "expiresAt", t.used_at AS "usedAt"`;

type Written<T> = [T[], number];

export async function insertToken(
  m: EntityManager,
  row: { participantId: string; purpose: TokenPurpose; email: string; expiresAt: Date },
): Promise<TokenRow> {
  const rows = await m.query<TokenRow[]>(
    `INSERT INTO account_token AS t (participant_id, purpose, email, expires_at)
     VALUES ($1, $2, $3, $4) RETURNING ${TOKEN}`,
    [row.participantId, row.purpose, row.email, row.expiresAt],
  );
  return rows[0];
}

export async function findToken(
  m: EntityManager,
  id: string,
  purpose: TokenPurpose,
): Promise<TokenRow | null> {
  const rows = await m.query<TokenRow[]>(
    `SELECT ${TOKEN} FROM account_token t WHERE t.id = $1 AND t.purpose = $2`,
    [id, purpose],
  );
  return rows[0] ?? null;
}

// Locks the token (so two uses at once are one use) and reads it with its account's
// address now (null when the account is gone).
export async function lockToken(
  m: EntityManager,
  id: string,
  purpose: TokenPurpose,
): Promise<{ token: TokenRow; currentEmail: string | null; verified: boolean } | null> {
  const rows = await m.query<(TokenRow & { currentEmail: string | null; verified: boolean })[]>(
    `SELECT ${TOKEN}, p.email AS "currentEmail", p.email_verified_at IS NOT NULL AS verified
       FROM account_token t LEFT JOIN participant p ON p.id = t.participant_id
      WHERE t.id = $1 AND t.purpose = $2
      FOR UPDATE OF t`,
    [id, purpose],
  );
  if (!rows[0]) {
    return null;
  }
  const { currentEmail, verified, ...token } = rows[0];
  return { token, currentEmail, verified: verified === true };
}

// Every unused link of this purpose of the account is spent: a used reset link and the
// older ones mailed before it all stop working together.
export async function spendTokens(
  m: EntityManager,
  participantId: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<void> {
  await m.query(
    `UPDATE account_token SET used_at = $3
      WHERE participant_id = $1 AND purpose = $2 AND used_at IS NULL`,
    [participantId, purpose, now],
  );
}

// The address is verified if it is still the account's address.
export async function markEmailVerified(
  m: EntityManager,
  participantId: string,
  email: string,
  now: Date,
): Promise<boolean> {
  const [rows] = await m.query<Written<{ id: string }>>(
    `UPDATE participant SET email_verified_at = coalesce(email_verified_at, $3)
      WHERE id = $1 AND email = $2 RETURNING id`,
    [participantId, email, now],
  );
  return rows.length === 1;
}

// A new password ends every login issued before it (tokens carry the version).
export async function setPassword(
  m: EntityManager,
  participantId: string,
  passwordHash: string,
): Promise<void> {
  await m.query(
    `UPDATE participant SET password_hash = $2, token_version = token_version + 1 WHERE id = $1`,
    [participantId, passwordHash],
  );
}

export async function findAccountByEmail(
  m: EntityManager,
  email: string,
): Promise<{ id: string; email: string; emailVerifiedAt: Date | null } | null> {
  const rows = await m.query<{ id: string; email: string; emailVerifiedAt: Date | null }[]>(
    `SELECT id, email, email_verified_at AS "emailVerifiedAt" FROM participant WHERE email = $1`,
    [email],
  );
  return rows[0] ?? null;
}

export async function findAccountById(
  m: EntityManager,
  id: string,
): Promise<{ id: string; email: string; emailVerifiedAt: Date | null } | null> {
  const rows = await m.query<{ id: string; email: string; emailVerifiedAt: Date | null }[]>(
    `SELECT id, email, email_verified_at AS "emailVerifiedAt" FROM participant WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function findPreferences(
  m: EntityManager,
  participantId: string,
): Promise<{ displayName: string; raw: unknown } | null> {
  const rows = await m.query<{ displayName: string; raw: unknown }[]>(
    `SELECT display_name AS "displayName", email_preferences AS raw FROM participant WHERE id = $1`,
    [participantId],
  );
  return rows[0] ?? null;
}

// Read and written under one row lock, so two changes at once both count.
export async function lockPreferences(m: EntityManager, participantId: string): Promise<unknown> {
  const rows = await m.query<{ raw: unknown }[]>(
    `SELECT email_preferences AS raw FROM participant WHERE id = $1 FOR NO KEY UPDATE`,
    [participantId],
  );
  return rows.length ? rows[0].raw : undefined;
}

export async function savePreferences(
  m: EntityManager,
  participantId: string,
  prefs: { off: readonly string[] },
): Promise<void> {
  await m.query(`UPDATE participant SET email_preferences = $2 WHERE id = $1`, [
    participantId,
    JSON.stringify({ off: prefs.off }),
  ]);
}

// Account deletion: every link mailed to the person stops working.
export async function deleteTokensOf(m: EntityManager, participantId: string): Promise<void> {
  await m.query(`DELETE FROM account_token WHERE participant_id = $1`, [participantId]);
}
