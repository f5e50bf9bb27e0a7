import { visiblePeople } from './notice-subject';

const parties = { mentorId: 'mentor', menteeId: 'mentee' };
const MENTOR = { id: 'mentor', role: 'MENTOR' as const };
const MENTEE = { id: 'mentee', role: 'MENTEE' as const };
const LEAD = { id: 'lead', role: 'LEAD' as const };
const STRANGER = { id: 'x', role: 'MENTOR' as const };

describe('whom a notice is about, for its reader', () => {
  it('the two people of a match see each other', () => {
    expect(visiblePeople('MATCH_ACCEPTED', parties, MENTEE)).toEqual(['mentor']);
    expect(visiblePeople('MATCH_PROPOSED', parties, MENTOR)).toEqual(['mentee']);
    expect(visiblePeople('SESSION_SCHEDULED', parties, MENTEE)).toEqual(['mentor']);
    expect(visiblePeople('CHECK_IN_NUDGE', parties, MENTOR)).toEqual(['mentee']);
  });

  it('a mentee never learns who was proposed to her, nor who declined', () => {
    for (const kind of [
      'MATCH_STILL_LOOKING',
      'MATCH_PROPOSED',
      'MATCH_DECLINED',
      'MATCH_EXPIRED',
      'MATCH_REMINDER',
    ]) {
      expect([kind, visiblePeople(kind, parties, MENTEE)]).toEqual([kind, []]);
    }
  });

  it('leads see both; anyone else and the nameless kinds see nobody', () => {
    expect(visiblePeople('MATCH_DECLINED', parties, LEAD)).toEqual(['mentor', 'mentee']);
    expect(visiblePeople('MATCH_ACCEPTED', parties, STRANGER)).toEqual([]);
    expect(visiblePeople('MAIL_FAILED', parties, LEAD)).toEqual([]);
    expect(visiblePeople('MATCH_ENDED', { mentorId: null, menteeId: null }, LEAD)).toEqual([]);
  });
});
