// The SQL of notifications: the only module that queries the notification table.
import type { EntityManager } from 'typeorm';
import type { KeysetCursor } from '../common/cursor';
import { DUE_EMAIL_STATUSES, type EmailStatusName } from '../common/vocabulary';
import { isEmailed } from '../mail/mail-rules';
import { MAIL_ONLY_KINDS, NotificationEntity, type NotificationKind } from './notification.entity';

export type NewNotice = {
  recipientId: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
};

export type NoticeCounts = { total: number; unread: number };

const PENDING: EmailStatusName = 'PENDING';

// Many notices in few statements (a matching run notifies every proposed pair). A notice
// that is emailed (mail-rules.ts) enters the outbox here, due at once: same transaction as
// the change it reports.
export async function insertNotices(
  m: EntityManager,
  notices: readonly NewNotice[],
): Promise<void> {
  for (let i = 0; i < notices.length; i += 1000) {
    const chunk = notices.slice(i, i + 1000);
    await m.query(
      `INSERT INTO notification (recipient_id, kind, payload, email_status, email_next_at)
       SELECT t.recipient_id, t.kind, t.payload, t.email_status,
              CASE WHEN t.email_status IS NULL THEN NULL ELSE clock_timestamp() END
         FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[])
           AS t(recipient_id, kind, payload, email_status)`,
      [
        chunk.map((n) => n.recipientId),
        chunk.map((n) => n.kind),
        chunk.map((n) => JSON.stringify(n.payload)),
        chunk.map((n) => (isEmailed(n) ? PENDING : null)),
      ],
    );
  }
}

// A row of the outbox as the dispatcher claimed it; `attempts` counts this attempt.
export type ClaimedEmail = {
  id: string;
  recipientId: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
};

// Claims up to `limit` due rows in one statement (its own transaction): SKIP LOCKED lets
// several instances claim side by side without waiting or taking the same row, and the
// lease (`leaseUntil` in email_next_at) makes the rows due again if this instance dies
// before marking them. The attempt is counted when claimed, so a crash counts too.
export async function claimDueEmails(
  m: EntityManager,
  now: Date,
  limit: number,
  leaseUntil: Date,
  scope: { cohortId?: string | null; recipientId?: string | null } = {},
): Promise<ClaimedEmail[]> {
  const [rows] = await m.query<[ClaimedEmail[], number]>(
    `WITH due AS (
       SELECT id FROM notification
        WHERE email_status = ANY ($1) AND email_next_at <= $2
          AND ($5::text IS NULL OR payload->>'cohortId' = $5::text)
          AND ($6::uuid IS NULL OR recipient_id = $6::uuid)
        ORDER BY email_next_at, id
        LIMIT $3
        FOR UPDATE SKIP LOCKED
     )
     UPDATE notification n
        SET email_attempts = n.email_attempts + 1, email_next_at = $4
       FROM due
      WHERE n.id = due.id
     RETURNING n.id, n.recipient_id AS "recipientId", n.kind, n.payload,
               n.email_attempts AS attempts`,
    [
      [...DUE_EMAIL_STATUSES],
      now,
      limit,
      leaseUntil,
      scope.cohortId ?? null,
      scope.recipientId ?? null,
    ],
  );
  return rows;
}

// The outcome of one claimed attempt. Only the claim that made this attempt may record it
// (same attempts count, still due): a late instance whose lease ran out and whose row was
// claimed again changes nothing.
export async function finishEmail(
  m: EntityManager,
  claimed: Pick<ClaimedEmail, 'id' | 'attempts'>,
  outcome:
    | { status: Extract<EmailStatusName, 'SENT' | 'SKIPPED'>; at: Date }
    | { status: Extract<EmailStatusName, 'PENDING'>; nextAt: Date; error: string }
    | { status: Extract<EmailStatusName, 'FAILED'>; error: string },
): Promise<boolean> {
  const sentAt = outcome.status === 'SENT' ? outcome.at : null;
  const nextAt = outcome.status === 'PENDING' ? outcome.nextAt : null;
  const error = outcome.status === 'PENDING' || outcome.status === 'FAILED' ? outcome.error : null;
  const [rows] = await m.query<[unknown[], number]>(
    `UPDATE notification
        SET email_status = $3, email_sent_at = $4, email_next_at = $5, email_error = $6
      WHERE id = $1 AND email_attempts = $2 AND email_status = ANY ($7)
      RETURNING id`,
    [claimed.id, claimed.attempts, outcome.status, sentAt, nextAt, error, [...DUE_EMAIL_STATUSES]],
  );
  return rows.length === 1;
}

// Emails not yet sent nor given up (the outbox depth).
export async function countOutbox(m: EntityManager): Promise<number> {
  const rows = await m.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM notification WHERE email_status = ANY ($1)`,
    [[...DUE_EMAIL_STATUSES]],
  );
  return rows[0].n;
}

// A page of one person's notices, newest first, after the cursor.
export function findNoticesPage(
  m: EntityManager,
  recipientId: string,
  pageSize: number,
  after: KeysetCursor | null,
  unreadOnly: boolean,
): Promise<NotificationEntity[]> {
  const qb = m
    .createQueryBuilder(NotificationEntity, 'n')
    .where('n.recipient_id = :me', { me: recipientId })
    .andWhere('n.kind <> ALL (:mailOnly::text[])', { mailOnly: [...MAIL_ONLY_KINDS] })
    .orderBy('n.createdAt', 'DESC')
    .addOrderBy('n.id', 'DESC')
    .take(pageSize);
  if (unreadOnly) {
    qb.andWhere('n.read_at IS NULL');
  }
  if (after) {
    qb.andWhere('(n.created_at, n.id) < (:at::timestamptz, :id::uuid)', after);
  }
  return qb.getMany();
}

export async function countNotices(m: EntityManager, recipientId: string): Promise<NoticeCounts> {
  const rows = await m.query<NoticeCounts[]>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
       FROM notification WHERE recipient_id = $1 AND kind <> ALL ($2::text[])`,
    [recipientId, [...MAIL_ONLY_KINDS]],
  );
  return rows[0];
}

// Marks the given notices (or all unread) of one recipient as read; returns how many changed.
export async function markNoticesRead(
  m: EntityManager,
  recipientId: string,
  ids: readonly string[] | null,
  now: Date,
): Promise<number> {
  const [rows] = await m.query<[unknown[], number]>(
    `UPDATE notification SET read_at = $2
      WHERE recipient_id = $1 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY ($3::uuid[]))
        AND kind <> ALL ($4::text[])
      RETURNING id`,
    [recipientId, now, ids ? [...ids] : null, [...MAIL_ONLY_KINDS]],
  );
  return rows.length;
}

// Account deletion: the person's own notices go (unsent email with them), and the name
// kept in a lead's "could not deliver" notice about them is dropped.
export async function deleteNoticesOf(m: EntityManager, personId: string): Promise<void> {
  await m.query(`DELETE FROM notification WHERE recipient_id = $1`, [personId]);
  await m.query(
    `UPDATE notification SET payload = payload - 'recipientName'
      WHERE payload->>'recipientId' = $1::text AND payload -> 'recipientName' IS NOT NULL`,
    [personId],
  );
}

export type NoticeContext = {
  id: string;
  cohortName: string | null;
  mentorId: string | null;
  menteeId: string | null;
};

// The cohort and the match's two people of each notice on a page (one statement).
export async function findNoticeContexts(
  m: EntityManager,
  ids: readonly string[],
): Promise<NoticeContext[]> {
  if (ids.length === 0) {
    return [];
  }
  return m.query<NoticeContext[]>(
    `SELECT n.id, c.name AS "cohortName",
            coalesce(x.mentor_id::text, n.payload->>'mentorId') AS "mentorId",
            coalesce(x.mentee_id::text, n.payload->>'menteeId') AS "menteeId"
       FROM notification n
       LEFT JOIN cohort c ON c.id = (n.payload->>'cohortId')::uuid
       LEFT JOIN match x ON x.id = (n.payload->>'matchId')::uuid
      WHERE n.id = ANY ($1::uuid[])`,
    [[...ids]],
  );
}

// The mentor answered a proposal: their notices asking for that answer are read.
export async function markProposalNoticesRead(
  m: EntityManager,
  mentorId: string,
  matchId: string,
  kinds: readonly string[],
  now: Date,
): Promise<void> {
  await m.query(
    `UPDATE notification SET read_at = $4
      WHERE recipient_id = $1 AND read_at IS NULL AND kind = ANY ($3::text[])
        AND payload->>'matchId' = $2::text`,
    [mentorId, matchId, [...kinds], now],
  );
}
