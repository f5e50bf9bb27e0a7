import type { MatchStatusName } from '../../common/vocabulary';
import { funnelSection, type FunnelMatch } from './funnel';

const m = (
  status: MatchStatusName,
  hoursToAnswer: number | null = null,
  declineReason: string | null = null,
): FunnelMatch => ({ status, hoursToAnswer, declineReason });

describe('funnel section', () => {
  it('counts the stages, accepted meaning accepted at some point', () => {
    const s = funnelSection([
      m('PROPOSED'),
      m('ACCEPTED', 1),
      m('COMPLETED', 2),
      m('ENDED', 3),
      m('EXPIRED'),
      m('DECLINED', 4, 'LANGUAGE'),
    ]);
    expect(s.funnel).toMatchObject({
      proposed: 6,
      accepted: 3,
      declined: 1,
      expired: 1,
      completed: 1,
      ended: 1,
    });
    expect(s.matchesByStatus).toEqual([
      { status: 'PROPOSED', count: 1 },
      { status: 'ACCEPTED', count: 1 },
      { status: 'DECLINED', count: 1 },
      { status: 'EXPIRED', count: 1 },
      { status: 'COMPLETED', count: 1 },
      { status: 'ENDED', count: 1 },
    ]);
    // Answers after 1, 2, 3 and 4 hours: (2 + 3) / 2.
    expect(s.funnel.medianHoursToAnswer).toBe(2.5);
  });

  it('rounds the median to a tenth and is null when nobody answered', () => {
    expect(
      funnelSection([m('ACCEPTED', 0.25), m('ACCEPTED', 1.3)]).funnel.medianHoursToAnswer,
    ).toBe(0.8);
    expect(funnelSection([m('PROPOSED'), m('EXPIRED')]).funnel.medianHoursToAnswer).toBeNull();
  });

  it('suppresses small decline reasons, and one more so the total does not give them away', () => {
    const declines = [
      ...Array.from({ length: 7 }, () => m('DECLINED', 1, 'NO_TIME')),
      ...Array.from({ length: 5 }, () => m('DECLINED', 1, 'NOT_MY_EXPERTISE')),
      m('DECLINED', 1, 'OTHER'),
    ];
    expect(funnelSection(declines).funnel.declinedByReason).toEqual([
      { label: 'NO_TIME', count: 7, display: '7' },
      { label: 'NOT_MY_EXPERTISE', count: null, display: '<5' },
      { label: 'LANGUAGE', count: 0, display: '0' },
      { label: 'OTHER', count: null, display: '<5' },
    ]);
  });
});
