import {
  canActOnPair,
  canReadEmail,
  canReadFeedbackAuthor,
  canReadMatch,
  canReadProfile,
  canReadSelfIdentification,
  canReadSession,
  canSeeCohort,
  leadOnly,
  loggedIn,
  type Viewer,
} from './access-policy';
import { enforce } from './policy-error';
import { MATCH_STATUSES, MENTEE_VISIBLE_STATUSES } from '../vocabulary';

const lead: Viewer = { id: 'l', role: 'LEAD' };
const mentor: Viewer = { id: 'm', role: 'MENTOR' };
const mentee: Viewer = { id: 'e', role: 'MENTEE' };
const stranger: Viewer = { id: 's', role: 'MENTOR' };
const pair = { mentorId: 'm', menteeId: 'e' };
const reason = (d: ReturnType<typeof loggedIn>) => (d.ok ? 'ALLOWED' : d.reason);

describe('the access policy', () => {
  it('asks anonymous callers to log in', () => {
    expect(loggedIn(undefined)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(leadOnly(undefined)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(canReadMatch(undefined, { ...pair, status: 'ACCEPTED' })).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(canReadSession(undefined, pair)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(canReadProfile(undefined, 'e')).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lets only leads do lead things', () => {
    expect(reason(leadOnly(lead))).toBe('ALLOWED');
    for (const v of [mentor, mentee]) {
      expect(leadOnly(v, 'see pair rules')).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
        reason: 'LEAD_ONLY',
        message: 'Only leads see pair rules.',
      });
    }
  });

  it('shows a match to leads and its mentor always, to its mentee once a mentor said yes, to nobody else', () => {
    for (const status of MATCH_STATUSES) {
      const match = { ...pair, status };
      expect(reason(canReadMatch(lead, match))).toBe('ALLOWED');
      expect(reason(canReadMatch(mentor, match))).toBe('ALLOWED');
      expect(reason(canReadMatch(mentee, match))).toBe(
        (MENTEE_VISIBLE_STATUSES as readonly string[]).includes(status)
          ? 'ALLOWED'
          : 'NOT_YOUR_MATCH',
      );
      expect(reason(canReadMatch(stranger, match))).toBe('NOT_YOUR_MATCH');
    }
  });

  it('lets the pair and leads read a session, and only the pair act on it', () => {
    expect(reason(canReadSession(lead, pair))).toBe('ALLOWED');
    expect(reason(canReadSession(mentee, pair))).toBe('ALLOWED');
    expect(reason(canReadSession(stranger, pair))).toBe('NOT_A_PARTY');
    expect(reason(canActOnPair(mentor, pair))).toBe('ALLOWED');
    expect(reason(canActOnPair(lead, pair))).toBe('NOT_A_PARTY');
    expect(reason(canActOnPair(stranger, pair))).toBe('NOT_A_PARTY');
  });

  it('keeps profiles, emails, self-identification and feedback authors private', () => {
    expect(reason(canReadProfile(mentee, 'e'))).toBe('ALLOWED');
    expect(reason(canReadProfile(lead, 'e'))).toBe('ALLOWED');
    expect(reason(canReadProfile(mentor, 'e'))).toBe('NOT_YOUR_PROFILE');

    const contacts = new Set(['e']);
    expect(reason(canReadEmail(mentor, 'e', contacts))).toBe('ALLOWED');
    expect(reason(canReadEmail(mentor, 'e', new Set()))).toBe('PRIVATE_FIELD');
    expect(reason(canReadEmail(lead, 'e', new Set()))).toBe('ALLOWED');
    expect(reason(canReadEmail(undefined, 'e', contacts))).toBe('PRIVATE_FIELD');

    // Not even leads read self-identification.
    expect(reason(canReadSelfIdentification(mentee, 'e'))).toBe('ALLOWED');
    expect(reason(canReadSelfIdentification(lead, 'e'))).toBe('PRIVATE_FIELD');
    expect(reason(canReadSelfIdentification(mentor, 'e'))).toBe('PRIVATE_FIELD');

    expect(reason(canReadFeedbackAuthor(lead, 'e'))).toBe('ALLOWED');
    expect(reason(canReadFeedbackAuthor(mentee, 'e'))).toBe('ALLOWED');
    expect(reason(canReadFeedbackAuthor(mentor, 'e'))).toBe('LEAD_ONLY');
  });

  it('shows cohorts to leads, to anyone while open, and to members', () => {
    expect(canSeeCohort(lead, { status: 'DRAFT' }, false)).toBe(true);
    expect(canSeeCohort(mentee, { status: 'OPEN' }, false)).toBe(true);
    expect(canSeeCohort(mentee, { status: 'ACTIVE' }, true)).toBe(true);
    expect(canSeeCohort(mentee, { status: 'ACTIVE' }, false)).toBe(false);
  });

  it('turns a refusal into the one error shape, and lets an allowed call through', () => {
    expect(() => enforce(leadOnly(lead))).not.toThrow();
    expect(() => enforce(leadOnly(mentee, 'read history'))).toThrow('Only leads read history.');
    expect(() => enforce(canReadMatch(stranger, { ...pair, status: 'ACCEPTED' }))).toThrow(
      expect.objectContaining({
        code: 'FORBIDDEN',
        details: { reason: 'NOT_YOUR_MATCH' },
        message: 'This match is not yours.',
      }) as Error,
    );
  });
});
