import {
  reminderDue,
  checkDeclineReason,
  checkTransition,
  expiresAt,
  isExpired,
  isTransition,
  MATCH_STATUSES,
  type MatchParties,
} from './match-transitions';

const match = (status: MatchParties['status']): MatchParties => ({
  status,
  mentorId: 'mentor',
  menteeId: 'mentee',
});
const mentor = { id: 'mentor', role: 'MENTOR' as const };
const mentee = { id: 'mentee', role: 'MENTEE' as const };
const lead = { id: 'lead', role: 'LEAD' as const };
const stranger = { id: 'other', role: 'MENTOR' as const };

describe('match transitions', () => {
  it('allows exactly the five transitions of the lifecycle', () => {
    const allowed = MATCH_STATUSES.flatMap((from) =>
      MATCH_STATUSES.filter((to) => isTransition(from, to)).map((to) => `${from}->${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'ACCEPTED->COMPLETED',
        'ACCEPTED->ENDED',
        'PROPOSED->ACCEPTED',
        'PROPOSED->DECLINED',
        'PROPOSED->EXPIRED',
      ].sort(),
    );
  });

  it('lets only the mentor accept or decline', () => {
    expect(checkTransition(match('PROPOSED'), 'ACCEPTED', mentor)).toEqual({ ok: true });
    expect(checkTransition(match('PROPOSED'), 'DECLINED', mentor)).toEqual({ ok: true });
    for (const actor of [mentee, lead, stranger]) {
      expect(checkTransition(match('PROPOSED'), 'ACCEPTED', actor)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
        reason: 'NOT_THE_MENTOR',
      });
    }
  });

  it('lets a lead or either party complete or end an accepted match, nobody else', () => {
    for (const actor of [mentor, mentee, lead]) {
      expect(checkTransition(match('ACCEPTED'), 'ENDED', actor)).toEqual({ ok: true });
      expect(checkTransition(match('ACCEPTED'), 'COMPLETED', actor)).toEqual({ ok: true });
    }
    expect(checkTransition(match('ACCEPTED'), 'ENDED', stranger)).toMatchObject({
      ok: false,
      reason: 'NOT_A_PARTY',
    });
  });

  it('leaves expiry to the clock', () => {
    expect(checkTransition(match('PROPOSED'), 'EXPIRED', 'SYSTEM')).toEqual({ ok: true });
    expect(checkTransition(match('PROPOSED'), 'EXPIRED', lead)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(checkTransition(match('PROPOSED'), 'ACCEPTED', 'SYSTEM')).toMatchObject({ ok: false });
  });

  it('refuses anything from a settled state as a conflict', () => {
    for (const from of ['DECLINED', 'EXPIRED', 'COMPLETED', 'ENDED'] as const) {
      for (const to of MATCH_STATUSES) {
        expect(checkTransition(match(from), to, lead)).toMatchObject({
          ok: false,
          code: 'CONFLICT',
          reason: 'INVALID_TRANSITION',
        });
      }
    }
    expect(checkTransition(match('ACCEPTED'), 'ACCEPTED', mentor)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(checkTransition(match('PROPOSED'), 'ENDED', lead)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });
});

describe('decline reasons', () => {
  it('takes the fixed reasons, loosely written', () => {
    expect(checkDeclineReason('no time', null)).toEqual({
      ok: true,
      reason: 'NO_TIME',
      note: null,
    });
    expect(checkDeclineReason('NOT_MY_EXPERTISE', '  ')).toEqual({
      ok: true,
      reason: 'NOT_MY_EXPERTISE',
      note: null,
    });
    expect(checkDeclineReason('language', 'Solo hablo inglés')).toEqual({
      ok: true,
      reason: 'LANGUAGE',
      note: 'Solo hablo inglés',
    });
  });
  it('wants a known reason, and words for OTHER', () => {
    expect(checkDeclineReason(null, null)).toMatchObject({ ok: false, field: 'reason' });
    expect(checkDeclineReason('busy', null)).toMatchObject({ ok: false, field: 'reason' });
    expect(checkDeclineReason('OTHER', '')).toMatchObject({ ok: false, field: 'note' });
    expect(checkDeclineReason('OTHER', 'Moving house')).toEqual({
      ok: true,
      reason: 'OTHER',
      note: 'Moving house',
    });
    expect(checkDeclineReason('OTHER', 'x'.repeat(501))).toMatchObject({
      ok: false,
      field: 'note',
    });
  });
});

describe('expiry', () => {
  const proposedAt = new Date('2027-03-01T12:00:00Z');
  it('expires a proposal exactly after the cohort expiry days', () => {
    const at = expiresAt(proposedAt, 7);
    expect(at.toISOString()).toBe('2027-03-08T12:00:00.000Z');
    expect(isExpired({ status: 'PROPOSED', expiresAt: at }, new Date('2027-03-08T11:59:59Z'))).toBe(
      false,
    );
    expect(isExpired({ status: 'PROPOSED', expiresAt: at }, new Date('2027-03-08T12:00:00Z'))).toBe(
      true,
    );
    expect(isExpired({ status: 'ACCEPTED', expiresAt: at }, new Date('2027-04-01T00:00:00Z'))).toBe(
      false,
    );
  });
});

describe('the reminder before a proposal expires', () => {
  const H = 60 * 60_000;
  const expiresAt = new Date('2027-03-10T12:00:00Z');
  const at = (hoursBeforeExpiry: number) => new Date(expiresAt.getTime() - hoursBeforeExpiry * H);
  const proposal = {
    status: 'PROPOSED' as const,
    proposedAt: at(7 * 24),
    expiresAt,
    remindedAt: null,
  };

  it('is due from 48 hours before the expiry until the expiry', () => {
    expect(reminderDue(proposal, at(49))).toBe(false);
    expect(reminderDue(proposal, at(48))).toBe(true);
    expect(reminderDue(proposal, at(1))).toBe(true);
    expect(reminderDue(proposal, at(0))).toBe(false);
  });

  it('is sent once, and only while the proposal waits for an answer', () => {
    expect(reminderDue({ ...proposal, remindedAt: at(40) }, at(30))).toBe(false);
    for (const status of ['ACCEPTED', 'DECLINED', 'EXPIRED'] as const) {
      expect(reminderDue({ ...proposal, status }, at(30))).toBe(false);
    }
  });

  it('is not sent for a proposal made less than 48 hours before its expiry', () => {
    expect(reminderDue({ ...proposal, proposedAt: at(47) }, at(10))).toBe(false);
    expect(reminderDue({ ...proposal, proposedAt: at(48) }, at(10))).toBe(true);
  });
});
