import { MATCHED_STATUSES, PLACE_HOLDING_STATUSES } from '../../common/vocabulary';
import { countByStatus, countIn, effectiveStatuses } from './statuses';

describe('match counts by status', () => {
  const now = new Date('2027-04-15T12:00:00Z');
  const at = (iso: string) => new Date(iso);

  it('reads a proposal due at or before now as EXPIRED, without touching the others', () => {
    const rows = effectiveStatuses(
      [
        { id: 'due', status: 'PROPOSED' as const, expiresAt: at('2027-04-15T12:00:00Z') },
        { id: 'live', status: 'PROPOSED' as const, expiresAt: at('2027-04-15T12:00:01Z') },
        { id: 'old', status: 'ACCEPTED' as const, expiresAt: at('2027-01-01T00:00:00Z') },
      ],
      now,
    );
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['due', 'EXPIRED'],
      ['live', 'PROPOSED'],
      ['old', 'ACCEPTED'],
    ]);
  });

  it('counts every status (zero when absent) and sums a set', () => {
    const counts = countByStatus([
      { status: 'PROPOSED' },
      { status: 'ACCEPTED' },
      { status: 'ACCEPTED' },
      { status: 'COMPLETED' },
      { status: 'ENDED' },
      { status: 'DECLINED' },
    ]);
    expect(counts).toEqual({
      PROPOSED: 1,
      ACCEPTED: 2,
      DECLINED: 1,
      EXPIRED: 0,
      COMPLETED: 1,
      ENDED: 1,
    });
    expect(countIn(counts, MATCHED_STATUSES)).toBe(4);
    expect(countIn(counts, PLACE_HOLDING_STATUSES)).toBe(4);
  });
});
