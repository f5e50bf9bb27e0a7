import {
  checkAvailability,
  checkGoalTags,
  checkInterests,
  checkLanguages,
  normalizeTag,
  parseLocalTime,
} from './profile-rules';
import { checkProfile, type ProfileDraft } from './profile';

describe('parseLocalTime', () => {
  it('reads HH:MM on the 15-minute grid', () => {
    expect(parseLocalTime('00:00')).toBe(0);
    expect(parseLocalTime('07:45')).toBe(465);
    expect(parseLocalTime('24:00')).toBe(1440);
  });
  it.each(['7:45', '07:40', '24:15', '25:00', '12:60', 'noon', '', '07:45:00'])(
    'refuses %j',
    (t) => {
      expect(parseLocalTime(t)).toBeNull();
    },
  );
});

describe('checkAvailability', () => {
  it('accepts windows on different days and touching windows', () => {
    expect(
      checkAvailability([
        { day: 'MON', start: '09:00', end: '10:00' },
        { day: 'MON', start: '10:00', end: '11:00' },
        { day: 'SUN', start: '22:00', end: '24:00' },
      ]),
    ).toEqual([]);
  });

  it('wants 1 to 21 windows', () => {
    expect(checkAvailability([])[0].field).toBe('availability');
    const many = Array.from({ length: 22 }, (_, i) => ({
      day: 'TUE' as const,
      start: '00:00',
      end: '00:15',
      i,
    }));
    expect(checkAvailability(many)[0].message).toMatch(/between 1 and 21/);
  });

  it('names the window and the part that is wrong', () => {
    expect(checkAvailability([{ day: 'MON', start: '09:05', end: '10:00' }])).toEqual([
      { field: 'availability[0].start', message: expect.stringMatching(/15 minutes/) },
    ]);
    expect(checkAvailability([{ day: 'MON', start: '10:00', end: '10:00' }])).toEqual([
      { field: 'availability[0].end', message: expect.stringMatching(/later than the start/) },
    ]);
    expect(checkAvailability([{ day: 'MON', start: '24:00', end: '24:00' }])[0].field).toBe(
      'availability[0].start',
    );
    expect(
      checkAvailability([{ day: 'XYZ' as 'MON', start: '10:00', end: '11:00' }])[0].field,
    ).toBe('availability[0].day');
  });

  it('refuses overlapping windows on the same day only', () => {
    const errors = checkAvailability([
      { day: 'WED', start: '09:00', end: '11:00' },
      { day: 'THU', start: '10:00', end: '12:00' },
      { day: 'WED', start: '10:45', end: '12:00' },
    ]);
    expect(errors).toEqual([
      { field: 'availability[2]', message: expect.stringMatching(/overlaps window 1 on WED/) },
    ]);
  });
});

describe('tags', () => {
  it('normalises interests: trimmed, lower-cased, dashed, without duplicates', () => {
    expect(normalizeTag('  Open   Data ')).toBe('open-data');
    expect(checkInterests(['Python', 'python ', 'R', 'machine learning'])).toEqual({
      value: ['python', 'r', 'machine-learning'],
      errors: [],
    });
  });

  it('accepts free tags but refuses junk and wants 1 to 15', () => {
    expect(checkInterests(['quantum-chemistry', 'c++', 'c#']).errors).toEqual([]);
    expect(checkInterests(['ok', '$$$']).errors).toEqual([
      { field: 'interests[1]', message: expect.any(String) },
    ]);
    expect(checkInterests([]).errors[0].field).toBe('interests');
    expect(checkInterests(Array.from({ length: 16 }, (_, i) => `t${i}`)).errors[0].field).toBe(
      'interests',
    );
    expect(checkInterests(['x'.repeat(41)]).errors[0].field).toBe('interests[0]');
  });

  it('takes goals only from the documented list', () => {
    expect(checkGoalTags(['First-Contribution', 'career'], 'goals')).toEqual({
      value: ['first-contribution', 'career'],
      errors: [],
    });
    expect(checkGoalTags(['fame'], 'expertise').errors).toEqual([
      { field: 'expertise[0]', message: expect.stringMatching(/not one of the goals/) },
    ]);
    expect(checkGoalTags([], 'goals')).toEqual({ value: [], errors: [] });
  });
});

describe('checkLanguages', () => {
  it('wants at least one language and the preferred one among them', () => {
    expect(checkLanguages(['ES', 'EN', 'ES'], 'ES')).toEqual({ value: ['EN', 'ES'], errors: [] });
    expect(checkLanguages([], 'EN').errors[0].field).toBe('languages');
    expect(checkLanguages(['EN'], 'ES').errors[0].field).toBe('preferredLanguage');
  });
});

describe('checkProfile', () => {
  const mentee: ProfileDraft = {
    role: 'MENTEE',
    displayName: '  Ana   Pérez ',
    languages: ['ES'],
    preferredLanguage: 'ES',
    timezone: 'America/Lima',
    availability: [
      { day: 'FRI', start: '10:00', end: '11:00' },
      { day: 'MON', start: '10:00', end: '11:00' },
    ],
    interests: ['R'],
    goals: ['career'],
  };

  it('normalises a valid mentee', () => {
    const result = checkProfile(mentee);
    expect(result).toEqual({
      ok: true,
      profile: expect.objectContaining({
        displayName: 'Ana Pérez',
        capacity: null,
        expertise: [],
        about: null,
        underrepresented: null,
        availability: [
          { day: 'MON', start: '10:00', end: '11:00' },
          { day: 'FRI', start: '10:00', end: '11:00' },
        ],
      }),
    });
  });

  it('gives mentors a default capacity and keeps role-specific lists apart', () => {
    const mentor = checkProfile({ ...mentee, role: 'MENTOR', goals: [], expertise: ['testing'] });
    expect(mentor.ok && mentor.profile.capacity).toBe(1);
    const wrong = checkProfile({ ...mentee, role: 'MENTOR', capacity: 0 });
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.errors.map((e) => e.field)).toEqual(['goals', 'capacity']);
  });

  it('collects every error at once', () => {
    const result = checkProfile({
      ...mentee,
      timezone: 'Nowhere',
      interests: [],
      about: 'x'.repeat(1001),
    });
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual([
      'timezone',
      'interests',
      'about',
    ]);
  });
});
