import {
  checkDeletion,
  deletedEmail,
  planDepartures,
  sessionsToCancel,
  type LiveMatch,
} from './account-deletion';
import { departureStatus } from '../matches/match-transitions';
import { isEmailed } from '../mail/mail-rules';

const MENTOR = 'mentor-1';
const MENTEE = 'mentee-1';
const LEADS = ['lead-1', 'lead-2'];

const match = (status: LiveMatch['status'], id = 'm1'): LiveMatch => ({
  id,
  cohortId: 'c1',
  mentorId: MENTOR,
  menteeId: MENTEE,
  status,
});

describe('what deleting an account does to live matches', () => {
  it('ends an accepted mentorship and lapses a waiting proposal; leaves settled ones alone', () => {
    expect(departureStatus('ACCEPTED')).toBe('ENDED');
    expect(departureStatus('PROPOSED')).toBe('EXPIRED');
    for (const settled of ['DECLINED', 'EXPIRED', 'COMPLETED', 'ENDED'] as const) {
      expect(departureStatus(settled)).toBeNull();
    }
    expect(planDepartures(MENTOR, [match('COMPLETED'), match('DECLINED', 'm2')], LEADS)).toEqual(
      [],
    );
  });

  it('tells the other person of an accepted pair, whichever of the two leaves, and the leads', () => {
    for (const [leaver, other] of [
      [MENTOR, MENTEE],
      [MENTEE, MENTOR],
    ]) {
      const [d] = planDepartures(leaver, [match('ACCEPTED')], LEADS);
      expect(d.to).toBe('ENDED');
      expect(d.notices.map((n) => [n.recipientId, n.kind])).toEqual([
        [other, 'MATCH_PARTNER_LEFT'],
        ['lead-1', 'MATCH_PARTNER_LEFT'],
        ['lead-2', 'MATCH_PARTNER_LEFT'],
      ]);
      expect(d.notices[0].payload).toMatchObject({ previousStatus: 'ACCEPTED', matchId: 'm1' });
      // The pair's person gets the email; leads only see it in the app.
      expect(d.notices.map((n) => isEmailed(n))).toEqual([true, false, false]);
    }
  });

  it('a proposal: the mentor hears that the mentee left; a mentee only hears "still looking"', () => {
    const [menteeLeft] = planDepartures(MENTEE, [match('PROPOSED')], LEADS);
    expect(menteeLeft.to).toBe('EXPIRED');
    expect(menteeLeft.notices[0]).toMatchObject({
      recipientId: MENTOR,
      kind: 'MATCH_PARTNER_LEFT',
    });
    const [mentorLeft] = planDepartures(MENTOR, [match('PROPOSED')], LEADS);
    expect(mentorLeft.notices[0]).toEqual({
      recipientId: MENTEE,
      kind: 'MATCH_STILL_LOOKING',
      payload: { cohortId: 'c1' },
    });
    expect(isEmailed(mentorLeft.notices[0])).toBe(true);
  });

  it('a lead who leaves is not told of their own departure; matches of others are skipped', () => {
    const lead = 'lead-1';
    const [d] = planDepartures(MENTOR, [match('ACCEPTED')], [MENTOR, lead]);
    expect(d.notices.map((n) => n.recipientId)).toEqual([MENTEE, lead]);
    expect(planDepartures('stranger', [match('ACCEPTED')], LEADS)).toEqual([]);
  });
});

describe('sessions and the last lead', () => {
  const now = new Date('2027-03-10T12:00:00Z');
  it('cancels only booked sessions still to come', () => {
    const sessions = [
      { id: 'past', status: 'SCHEDULED' as const, startsAt: new Date('2027-03-09T12:00:00Z') },
      { id: 'now', status: 'SCHEDULED' as const, startsAt: now },
      { id: 'soon', status: 'SCHEDULED' as const, startsAt: new Date('2027-03-10T12:01:00Z') },
      { id: 'done', status: 'COMPLETED' as const, startsAt: new Date('2027-03-11T12:00:00Z') },
      { id: 'off', status: 'CANCELLED' as const, startsAt: new Date('2027-03-12T12:00:00Z') },
    ];
    expect(sessionsToCancel(sessions, now).map((s) => s.id)).toEqual(['soon']);
  });

  it('refuses the last lead, allows any other person', () => {
    expect(checkDeletion({ role: 'LEAD' }, 0)?.reason).toBe('LAST_LEAD');
    expect(checkDeletion({ role: 'LEAD' }, 1)).toBeNull();
    expect(checkDeletion({ role: 'MENTOR' }, 0)).toBeNull();
    expect(checkDeletion({ role: 'MENTEE' }, 0)).toBeNull();
  });

  it('gives a placeholder address that can never receive mail, one per account', () => {
    expect(deletedEmail('abc')).toBe('deleted-abc@deleted.invalid');
    expect(deletedEmail('abc')).not.toBe(deletedEmail('abd'));
  });
});
