import { describe, expect, it } from 'vitest';
import {
  leadActions,
  participantNextStep,
  type CohortInfo,
  type MatchInfo,
  type SessionInfo,
} from './next-step';

const NOW = new Date('2027-03-10T12:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();

const cohort = (over: Partial<CohortInfo> = {}): CohortInfo => ({
  id: 'c1',
  name: 'Cohorte 2027',
  status: 'OPEN',
  member: true,
  ...over,
});
const match = (over: Partial<MatchInfo> = {}): MatchInfo => ({
  id: 'm1',
  status: 'ACCEPTED',
  cohortName: 'Cohorte 2027',
  cohortStatus: 'ACTIVE',
  expiresAt: days(5),
  respondedAt: days(-2),
  otherName: 'Ana',
  ...over,
});
const session = (over: Partial<SessionInfo> = {}): SessionInfo => ({
  startsAt: days(3),
  status: 'SCHEDULED',
  matchId: 'm1',
  ...over,
});

describe('the next step of a mentee or mentor', () => {
  it('not in any cohort: the open ones to join, or that none is open', () => {
    const open = cohort({ member: false, id: 'c2', name: 'Abierta' });
    expect(participantNextStep('MENTEE', [open], [], [], NOW)).toEqual({
      kind: 'JOIN_OPEN',
      cohorts: [{ id: 'c2', name: 'Abierta' }],
    });
    expect(participantNextStep('MENTEE', [], [], [], NOW)).toEqual({ kind: 'NONE_OPEN' });
    // A cohort being prepared is not one to join yet.
    expect(
      participantNextStep('MENTOR', [cohort({ member: false, status: 'DRAFT' })], [], [], NOW),
    ).toEqual({ kind: 'NONE_OPEN' });
  });

  it('joined and waiting: for the matching, then for a mentor to accept', () => {
    expect(participantNextStep('MENTEE', [cohort()], [], [], NOW)).toEqual({
      kind: 'WAITING',
      cohortName: 'Cohorte 2027',
      cohortStatus: 'OPEN',
    });
    expect(
      participantNextStep('MENTEE', [cohort({ status: 'MATCHING' })], [], [], NOW),
    ).toMatchObject({ kind: 'WAITING', cohortStatus: 'MATCHING' });
  });

  it('a mentor with proposals answers them first, soonest deadline named', () => {
    const proposals = [
      match({ id: 'p1', status: 'PROPOSED', expiresAt: days(6), otherName: 'Bea' }),
      match({ id: 'p2', status: 'PROPOSED', expiresAt: days(2), otherName: 'Ciro' }),
      match({ id: 'p3', status: 'PROPOSED', expiresAt: days(-1), otherName: 'Old' }),
    ];
    expect(participantNextStep('MENTOR', [cohort()], [...proposals, match()], [], NOW)).toEqual({
      kind: 'ANSWER',
      count: 2,
      deadline: days(2),
      menteeName: 'Ciro',
    });
  });

  it('matched: with whom and the next session', () => {
    const step = participantNextStep(
      'MENTEE',
      [cohort({ status: 'ACTIVE' })],
      [match()],
      [
        session({ startsAt: days(8) }),
        session({ startsAt: days(3) }),
        session({ startsAt: days(-1), status: 'COMPLETED' }),
      ],
      NOW,
    );
    expect(step).toEqual({
      kind: 'MATCHED',
      names: ['Ana'],
      next: { startsAt: days(3), name: 'Ana' },
      quiet: null,
    });
  });

  it('a pair that has not met for weeks needs a check-in', () => {
    const neverMet = participantNextStep(
      'MENTOR',
      [cohort({ status: 'ACTIVE' })],
      [match({ respondedAt: days(-22) })],
      [],
      NOW,
    );
    expect(neverMet).toMatchObject({ kind: 'MATCHED', next: null, quiet: 'Ana' });
    const recently = participantNextStep(
      'MENTOR',
      [],
      [match({ respondedAt: days(-20) })],
      [],
      NOW,
    );
    expect(recently).toMatchObject({ quiet: null });
    const silent = participantNextStep(
      'MENTOR',
      [],
      [match({ respondedAt: days(-90) })],
      [session({ startsAt: days(-31), status: 'COMPLETED' })],
      NOW,
    );
    expect(silent).toMatchObject({ quiet: 'Ana' });
    const booked = participantNextStep(
      'MENTOR',
      [],
      [match({ respondedAt: days(-90) })],
      [session({ startsAt: days(-31), status: 'COMPLETED' }), session({ startsAt: days(4) })],
      NOW,
    );
    expect(booked).toMatchObject({ quiet: null, next: { startsAt: days(4) } });
  });

  it('after the cohort: ended, unless another one is open to join', () => {
    const closed = cohort({ status: 'CLOSED' });
    expect(
      participantNextStep('MENTEE', [closed], [match({ status: 'COMPLETED' })], [], NOW),
    ).toEqual({
      kind: 'ENDED',
      cohortName: 'Cohorte 2027',
    });
    const next = cohort({ id: 'c9', name: 'Siguiente', member: false });
    expect(participantNextStep('MENTEE', [closed, next], [], [], NOW)).toMatchObject({
      kind: 'JOIN_OPEN',
      cohorts: [{ id: 'c9' }],
    });
  });
});

describe("a lead's cohorts needing action", () => {
  it('puts the cohorts ready for matching first and leaves closed ones out', () => {
    const c = (id: string, status: CohortInfo['status'], mentees = 0, mentors = 0) => ({
      id,
      name: id,
      status,
      mentees,
      mentors,
    });
    const actions = leadActions([
      c('active', 'ACTIVE'),
      c('empty', 'OPEN'),
      c('closed', 'CLOSED'),
      c('draft', 'DRAFT'),
      c('ready', 'OPEN', 12, 3),
      c('matching', 'MATCHING'),
      c('one-sided', 'OPEN', 5, 0),
    ]);
    expect(actions.map((a) => [a.cohort.id, a.action])).toEqual([
      ['ready', 'RUN_MATCHING'],
      ['draft', 'OPEN_IT'],
      ['matching', 'FOLLOW_ANSWERS'],
      ['active', 'FOLLOW_PAIRS'],
      ['empty', 'WAIT_FOR_PEOPLE'],
      ['one-sided', 'WAIT_FOR_PEOPLE'],
    ]);
    expect(leadActions([])).toEqual([]);
  });
});
