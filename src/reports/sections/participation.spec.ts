import type { MemberGroupRow } from '../reports.repository';
import { participationSection } from './participation';

const group = (
  role: 'MENTEE' | 'MENTOR',
  languages: string[],
  offsetHours: number,
  people: number,
  capacity = 0,
): MemberGroupRow => ({ role, languages, timezone: 'Zone/X', offsetHours, people, capacity });

describe('participation section', () => {
  it('groups people by language and offset band, merging rows of one group', () => {
    const s = participationSection(
      [
        group('MENTEE', ['ES'], -5, 4),
        group('MENTEE', ['ES'], -3, 3), // same band as -5
        group('MENTEE', ['ES', 'EN'], -5, 6), // either order is bilingual
        group('MENTEE', ['EN'], 5.5, 5),
        group('MENTOR', ['EN', 'ES'], 1, 8, 20),
      ],
      [],
    );
    expect(s.menteeCount).toBe(18);
    expect(s.mentorCount).toBe(8);
    expect(s.participation.menteesByLanguage.map((c) => [c.label, c.display])).toEqual([
      ['English only', '5'],
      ['Spanish only', '7'],
      ['Both', '6'],
    ]);
    expect(s.participation.menteesByOffset.map((c) => c.display)).toEqual([
      '0',
      '13',
      '0',
      '0',
      '5',
    ]);
    expect(s.participation.mentorsByOffset.map((c) => c.display)).toEqual([
      '0',
      '0',
      '0',
      '8',
      '0',
    ]);
    expect(s.participation.capacityOffered).toBe(20);
  });

  it('counts places by the capacity rule: PROPOSED, ACCEPTED and COMPLETED hold one', () => {
    const s = participationSection(
      [group('MENTOR', ['EN'], 0, 2, 6)],
      [
        { status: 'PROPOSED' },
        { status: 'PROPOSED' },
        { status: 'ACCEPTED' },
        { status: 'COMPLETED' },
        { status: 'ENDED' },
        { status: 'DECLINED' },
        { status: 'EXPIRED' },
      ],
    );
    expect(s.participation).toMatchObject({
      capacityOffered: 6,
      capacityUsed: 2,
      capacityPending: 2,
    });
  });

  it('reads an empty cohort as zeros', () => {
    const s = participationSection([], []);
    expect(s).toMatchObject({ menteeCount: 0, mentorCount: 0 });
    expect(s.participation.menteesByLanguage.every((c) => c.count === 0)).toBe(true);
    expect(s.participation).toMatchObject({
      capacityOffered: 0,
      capacityUsed: 0,
      capacityPending: 0,
    });
  });
});
