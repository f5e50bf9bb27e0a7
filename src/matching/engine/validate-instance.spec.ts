import { InstanceValidationError, type ValidationIssue } from './instance-validation-error';
import { matchInstance } from './match-instance';
import type { MatchingInstance } from './types';
import { validateInstance } from './validate-instance';

type Loose = {
  cohort: Record<string, unknown>;
  mentors: Array<Record<string, unknown>>;
  mentees: Array<Record<string, unknown>>;
  exclusions?: Array<Record<string, unknown>>;
  pins?: Array<Record<string, unknown>>;
};

function base(): Loose {
  return {
    cohort: { startsOn: '2027-03-01', endsOn: '2027-05-30' },
    mentors: [
      {
        id: 'm1',
        languages: ['en', 'es'],
        preferredLanguage: 'es',
        timezone: 'America/Bogota',
        availability: [{ day: 'MON', start: '18:00', end: '20:00' }],
        interests: ['packaging', 'r'],
        expertise: ['first-contribution'],
        capacity: 2,
      },
      {
        id: 'm2',
        languages: ['en'],
        timezone: 'Europe/London',
        availability: [{ day: 'TUE', start: '09:00', end: '12:00' }],
        capacity: 1,
      },
    ],
    mentees: [
      {
        id: 'e1',
        languages: ['es'],
        preferredLanguage: 'es',
        timezone: 'Europe/Madrid',
        availability: [{ day: 'TUE', start: '00:00', end: '02:00' }],
        interests: ['packaging'],
        goals: ['first-contribution'],
        underrepresented: true,
      },
      {
        id: 'e2',
        languages: ['EN'],
        timezone: 'Africa/Lagos',
        availability: [{ day: 'tue', start: '10:00', end: '13:00' }],
      },
    ],
  };
}

function issuesOf(input: unknown): ValidationIssue[] {
  try {
    matchInstance(input as MatchingInstance);
  } catch (error) {
    if (error instanceof InstanceValidationError) {
      return [...error.issues];
    }
    throw error;
  }
  throw new Error('the instance was accepted');
}

function issue(record: string, field: string, message: string): ValidationIssue {
  const matcher: ValidationIssue = expect.objectContaining({
    record,
    field,
    message: expect.stringContaining(message),
  });
  return matcher;
}

describe('instance validation', () => {
  it('accepts the base instance, normalising codes and sorting people by id', () => {
    const raw = base();
    raw.mentors.reverse();
    const normalized = validateInstance(raw);
    expect(normalized.mentors.map((mentor) => mentor.id)).toEqual(['m1', 'm2']);
    expect(normalized.mentees[1].languageMask).toBe(1);
    expect(normalized.mentees[1].windows).toEqual([{ day: 1, start: 600, end: 780 }]);
    expect(normalized.cohort.minOverlapMinutes).toBe(60);
    expect(normalized.cohort.targetOverlapMinutes).toBe(180);
    expect(normalized.cohort.weights).toEqual({
      language: 1,
      availability: 1,
      interests: 1,
      goals: 1,
      equity: 0.5,
    });
  });

  it('rejects an unknown time zone', () => {
    const raw = base();
    raw.mentors[1].timezone = 'Mars/Olympus_Mons';
    expect(issuesOf(raw)).toEqual([
      issue('mentors[1] (id m2)', 'timezone', 'unknown time zone "Mars/Olympus_Mons"'),
    ]);
  });

  it.each([
    [{ day: 'FUNDAY', start: '10:00', end: '11:00' }, 'availability[0].day', 'must be one of MON'],
    [
      { day: 'MON', start: '9:00', end: '11:00' },
      'availability[0].start',
      'must be a time "HH:MM"',
    ],
    [{ day: 'MON', start: '10:75', end: '11:00' }, 'availability[0].start', 'must be a time'],
    [{ day: 'MON', start: '24:00', end: '24:00' }, 'availability[0].start', 'must be a time'],
    [{ day: 'MON', start: '10:00', end: '24:30' }, 'availability[0].end', 'must be a time'],
    [
      { day: 'MON', start: '12:00', end: '11:00' },
      'availability[0].end',
      'must be later than start',
    ],
    [
      { day: 'MON', start: '12:00', end: '12:00' },
      'availability[0].end',
      'must be later than start',
    ],
    [{ day: 'MON', start: 600, end: '12:00' }, 'availability[0].start', 'must be a time'],
    ['MON 10:00-11:00', 'availability[0]', 'must be an object'],
  ])('rejects the malformed window %j', (window, field, message) => {
    const raw = base();
    raw.mentees[0].availability = [window];
    expect(issuesOf(raw)).toEqual([issue('mentees[0] (id e1)', field, message)]);
  });

  it.each([0, -1, 1.5, '2', null])('rejects the capacity %j', (capacity) => {
    const raw = base();
    raw.mentors[0].capacity = capacity;
    expect(issuesOf(raw)).toEqual([
      issue('mentors[0] (id m1)', 'capacity', 'must be a whole number of at least 1'),
    ]);
  });

  it('rejects duplicate ids within a list, naming both records', () => {
    const raw = base();
    raw.mentors[1].id = 'm1';
    raw.mentees[1].id = 'e1';
    expect(issuesOf(raw)).toEqual([
      issue('mentors[1] (id m1)', 'id', 'duplicate id "m1" (also mentors[0])'),
      issue('mentees[1] (id e1)', 'id', 'duplicate id "e1" (also mentees[0])'),
    ]);
  });

  it('rejects pins and exclusions to missing people', () => {
    const raw = base();
    raw.pins = [
      { mentorId: 'm9', menteeId: 'e1' },
      { mentorId: 'm1', menteeId: 'e9' },
    ];
    raw.exclusions = [{ mentorId: 'nobody', menteeId: 'e2' }];
    expect(issuesOf(raw)).toEqual([
      issue('exclusions[0]', 'mentorId', 'no mentor with id "nobody"'),
      issue('pins[0]', 'mentorId', 'no mentor with id "m9"'),
      issue('pins[1]', 'menteeId', 'no mentee with id "e9"'),
    ]);
  });

  it('rejects a cohort whose end precedes its start', () => {
    const raw = base();
    raw.cohort.endsOn = '2027-02-28';
    expect(issuesOf(raw)).toEqual([
      issue('cohort', 'endsOn', '2027-02-28 is before startsOn 2027-03-01'),
    ]);
  });

  it.each([
    [{ startsOn: '2027-02-30', endsOn: '2027-05-30' }, 'startsOn', 'is not a calendar date'],
    [{ startsOn: '03/01/2027', endsOn: '2027-05-30' }, 'startsOn', 'must be a date "YYYY-MM-DD"'],
    [{ startsOn: '2027-03-01' }, 'endsOn', 'must be a date'],
    [{ startsOn: '1900-03-01', endsOn: '2027-05-30' }, 'startsOn', 'must be between 1980 and 2200'],
    [
      { startsOn: '2027-03-01', endsOn: '2027-05-30', minOverlapMinutes: -5 },
      'minOverlapMinutes',
      'from 0',
    ],
    [
      { startsOn: '2027-03-01', endsOn: '2027-05-30', targetOverlapMinutes: 0 },
      'targetOverlapMinutes',
      'greater than 0',
    ],
    [
      { startsOn: '2027-03-01', endsOn: '2027-05-30', weights: { goals: -1 } },
      'weights.goals',
      'at least 0',
    ],
    [
      { startsOn: '2027-03-01', endsOn: '2027-05-30', weights: { lanugage: 1 } },
      'weights.lanugage',
      'is not a weight',
    ],
    [
      {
        startsOn: '2027-03-01',
        endsOn: '2027-05-30',
        weights: { language: 0, availability: 0, interests: 0, goals: 0, equity: 0 },
      },
      'weights',
      'must not all be 0',
    ],
  ])('rejects the cohort %j', (cohort, field, message) => {
    const raw = base();
    raw.cohort = cohort;
    expect(issuesOf(raw)).toEqual([issue('cohort', field, message)]);
  });

  it('rejects a missing cohort and lists that are not lists', () => {
    expect(issuesOf({ mentors: [], mentees: {} })).toEqual([
      issue('cohort', '', 'is required'),
      issue('mentees', '', 'must be an array'),
    ]);
    expect(issuesOf('not an instance')).toEqual([issue('instance', '', 'must be an object')]);
  });

  it('rejects unknown or missing languages and a preferred language the person lacks', () => {
    const raw = base();
    raw.mentors[0].languages = ['en', 'fr'];
    raw.mentees[0].languages = [];
    raw.mentees[1].preferredLanguage = 'es';
    expect(issuesOf(raw)).toEqual([
      issue('mentors[0] (id m1)', 'languages[1]', 'must be "en" or "es", got "fr"'),
      issue('mentees[0] (id e1)', 'languages', 'must be a non-empty list'),
      issue('mentees[1] (id e2)', 'preferredLanguage', 'es is not among'),
    ]);
  });

  it('rejects a missing id, bad tags and a non-boolean flag', () => {
    const raw = base();
    delete raw.mentors[0].id;
    raw.mentees[0].interests = ['ok', ''];
    raw.mentees[1].underrepresented = 'yes';
    expect(issuesOf(raw)).toEqual([
      issue('mentors[0]', 'id', 'must be a non-empty string'),
      issue('mentees[0] (id e1)', 'interests[1]', 'must be a non-empty string'),
      issue('mentees[1] (id e2)', 'underrepresented', 'must be true or false'),
    ]);
  });

  it('reports every problem at once', () => {
    const raw = base();
    raw.mentors[0].timezone = 'Nowhere/City';
    raw.mentors[1].capacity = 0;
    raw.cohort.endsOn = '2020-01-01';
    expect(issuesOf(raw)).toHaveLength(3);
  });

  it('rejects a mentee pinned twice and pins beyond a capacity', () => {
    const raw = base();
    raw.mentees[1].languages = ['en', 'es'];
    raw.pins = [
      { mentorId: 'm2', menteeId: 'e2' },
      { mentorId: 'm1', menteeId: 'e2' },
      { mentorId: 'm2', menteeId: 'e1' },
    ];
    expect(issuesOf(raw)).toEqual([
      issue('pins[1]', 'menteeId', 'mentee e2 is already pinned by pins[0]'),
      issue('pins[2]', 'mentorId', 'mentor m2 has capacity 1 but more pins'),
    ]);
  });

  describe('infeasible pins', () => {
    it('rejects a pin between people who share no language', () => {
      const raw = base();
      raw.pins = [{ mentorId: 'm2', menteeId: 'e1' }];
      expect(issuesOf(raw)).toEqual([issue('pins[0]', '', 'they share no language')]);
    });

    it('rejects a pin without enough weekly overlap', () => {
      const raw = base();
      raw.pins = [{ mentorId: 'm1', menteeId: 'e2' }];
      expect(issuesOf(raw)).toEqual([
        issue('pins[0]', '', '0 minutes of weekly overlap, below minOverlapMinutes (60)'),
      ]);
    });

    it('rejects a pin to an excluded pair', () => {
      const raw = base();
      raw.exclusions = [{ mentorId: 'm1', menteeId: 'e1' }];
      raw.pins = [{ mentorId: 'm1', menteeId: 'e1' }];
      expect(issuesOf(raw)).toEqual([issue('pins[0]', '', 'the pair is excluded')]);
    });

    it('rejects a pin of a person to themself', () => {
      const raw = base();
      raw.mentees[0].id = 'm1';
      raw.pins = [{ mentorId: 'm1', menteeId: 'm1' }];
      expect(issuesOf(raw)).toEqual([issue('pins[0]', '', 'cannot mentor themself')]);
    });
  });

  it('carries a readable message', () => {
    const raw = base();
    raw.mentors[1].timezone = 'Mars/Olympus_Mons';
    expect(() => validateInstance(raw)).toThrow(
      'Invalid matching instance: mentors[1] (id m2) timezone: unknown time zone "Mars/Olympus_Mons"',
    );
  });
});
