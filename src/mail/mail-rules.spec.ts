import {
  afterFailure,
  isEmailed,
  MAX_ATTEMPTS,
  messageId,
  RETRY_DELAYS_MS,
  shortError,
} from './mail-rules';

const MIN = 60_000;
const now = new Date('2027-03-01T12:00:00Z');

describe('which notices are emailed', () => {
  it('emails a proposal to its mentor, and an expiry only to the mentor, not the leads', () => {
    const payload = { matchId: 'm', mentorId: 'mentor', menteeId: 'mentee' };
    expect(isEmailed({ recipientId: 'mentor', kind: 'MATCH_PROPOSED', payload })).toBe(true);
    expect(isEmailed({ recipientId: 'mentor', kind: 'MATCH_EXPIRED', payload })).toBe(true);
    expect(isEmailed({ recipientId: 'lead', kind: 'MATCH_EXPIRED', payload })).toBe(false);
    expect(isEmailed({ recipientId: 'lead', kind: 'CHECK_IN_NEEDED', payload })).toBe(false);
  });

  it('emails the mentee an acceptance and the neutral "still looking", never the decline itself', () => {
    const payload = { matchId: 'm', mentorId: 'mentor', menteeId: 'mentee' };
    expect(isEmailed({ recipientId: 'mentee', kind: 'MATCH_ACCEPTED', payload })).toBe(true);
    expect(isEmailed({ recipientId: 'lead', kind: 'MATCH_ACCEPTED', payload })).toBe(false);
    expect(isEmailed({ recipientId: 'mentee', kind: 'MATCH_STILL_LOOKING', payload: {} })).toBe(
      true,
    );
    expect(isEmailed({ recipientId: 'lead', kind: 'MATCH_DECLINED', payload })).toBe(false);
  });

  it('emails both people of a session booked, moved, cancelled or coming up, not one logged', () => {
    const payload = { sessionId: 's', matchId: 'm', cohortId: 'c', sequence: 0 };
    for (const kind of [
      'SESSION_SCHEDULED',
      'SESSION_MOVED',
      'SESSION_CANCELLED',
      'SESSION_REMINDER',
    ] as const) {
      for (const recipientId of ['mentor', 'mentee']) {
        expect(isEmailed({ recipientId, kind, payload })).toBe(true);
      }
    }
    expect(isEmailed({ recipientId: 'mentee', kind: 'SESSION_LOGGED', payload })).toBe(false);
  });

  it('emails account-security links always', () => {
    for (const kind of ['VERIFY_EMAIL', 'PASSWORD_RESET'] as const) {
      expect(isEmailed({ recipientId: 'p', kind, payload: { tokenId: 't' } })).toBe(true);
    }
  });
});

describe('retry backoff', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 8 h after failed attempts 1 to 5', () => {
    const waits = [1, 2, 3, 4, 5].map((n) => {
      const next = afterFailure(n, now);
      return next.kind === 'retry' ? (next.at.getTime() - now.getTime()) / MIN : null;
    });
    expect(waits).toEqual([1, 5, 30, 120, 480]);
    expect(RETRY_DELAYS_MS).toHaveLength(MAX_ATTEMPTS - 1);
  });

  it('gives up after the last attempt', () => {
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ kind: 'failed' });
    expect(afterFailure(MAX_ATTEMPTS + 3, now)).toEqual({ kind: 'failed' });
  });
});

describe('Message-ID', () => {
  it('is derived from the row and the public host, the same every time', () => {
    const id = '0b7c2f9e-8f7a-4c55-9d0a-3c1f2a4b5c6d';
    expect(messageId(id, 'https://mentoring.example.org/app')).toBe(
      `<${id}@puente.mentoring.example.org>`,
    );
    expect(messageId(id, 'http://localhost:3000')).toBe(`<${id}@puente.localhost>`);
  });
});

describe('stored errors', () => {
  it('are one short line without the credentials of an SMTP URL', () => {
    const e = new Error('connect to smtp://user:s3cret@mail.example.org:587 failed\n  at x');
    const text = shortError(e);
    expect(text).not.toContain('s3cret');
    expect(text).toBe('connect to smtp://***@mail.example.org:587 failed at x');
    expect(shortError('x'.repeat(1000))).toHaveLength(200);
  });
});
