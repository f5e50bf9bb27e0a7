import type { CheckInRow } from '../../sessions/sessions.repository';
import { activitySection } from './activity';

const now = new Date('2027-04-15T12:00:00Z');
const checkIn = (
  id: string,
  reason: 'NEVER_MET' | 'SILENT',
  acceptedAt: string,
  lastSessionAt: string | null,
): CheckInRow => ({
  id,
  cohortId: 'c',
  mentorId: 'm',
  menteeId: 'e',
  acceptedAt: new Date(acceptedAt),
  lastSessionAt: lastSessionAt === null ? null : new Date(lastSessionAt),
  notifiedAt: null,
  reason,
});

describe('activity section', () => {
  it('counts sessions, hours and rates, and dates check-ins from the last meeting or acceptance', () => {
    const s = activitySection(
      [
        { status: 'COMPLETED', sessions: 6, minutes: 405 },
        { status: 'NO_SHOW', sessions: 2, minutes: 120 },
        { status: 'SCHEDULED', sessions: 3, minutes: 90 },
        { status: 'CANCELLED', sessions: 1, minutes: 60 },
      ],
      { sum: 22, count: 6 },
      [
        checkIn('a', 'NEVER_MET', '2027-03-20T13:00:00Z', null),
        checkIn('b', 'SILENT', '2027-01-01T00:00:00Z', '2027-03-01T12:00:00Z'),
      ],
      4,
      now,
    );
    expect(s).toEqual({
      completedSessionCount: 6,
      averageRating: 3.67, // 22 / 6
      activity: {
        sessionsPerPair: 1.5,
        mentoringHours: 6.8, // 405 minutes = 6.75 h, half up
        completionRate: 0.75,
        noShowRate: 0.25,
        scheduledSessionCount: 3,
        cancelledSessionCount: 1,
        pairsNeedingCheckIn: 2,
        checkIns: [
          { matchId: 'a', reason: 'NEVER_MET', daysSince: 25 }, // 25 days 23 hours
          { matchId: 'b', reason: 'SILENT', daysSince: 45 },
        ],
        averageRating: 3.67,
      },
    });
  });

  it('withholds rates without sessions and the rating under five ratings', () => {
    const s = activitySection([], { sum: 18, count: 4 }, [], 0, now);
    expect(s).toEqual({
      completedSessionCount: 0,
      averageRating: null,
      activity: {
        sessionsPerPair: null,
        mentoringHours: 0,
        completionRate: null,
        noShowRate: null,
        scheduledSessionCount: 0,
        cancelledSessionCount: 0,
        pairsNeedingCheckIn: 0,
        checkIns: [],
        averageRating: null,
      },
    });
  });
});
