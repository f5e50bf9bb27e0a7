import { describe, expect, it } from 'vitest';
import { paintRange } from './availability';
import {
  newProfileValues,
  normalizeTag,
  toSignUpInput,
  toUpdateInput,
  validateProfile,
  valuesFromProfile,
  type ProfileValues,
} from './profile-model';
import { SAMPLE_DEFAULTS } from '../settings/program-defaults.fixture';

const limits = SAMPLE_DEFAULTS.profile;

const known = () => true;

function complete(overrides: Partial<ProfileValues> = {}): ProfileValues {
  return {
    ...newProfileValues('MENTEE', 'ES', 'America/Bogota', limits),
    email: 'ana@example.org',
    password: 'una-clave-larga',
    displayName: 'Ana',
    grid: paintRange(
      newProfileValues('MENTEE', 'ES', 'UTC', limits).grid,
      [0],
      18 * 60,
      20 * 60,
      true,
    ),
    interests: ['python'],
    ...overrides,
  };
}

describe('validateProfile', () => {
  it('accepts a complete mentee', () => {
    expect(validateProfile(complete(), 'signup', known, limits)).toEqual({});
  });

  it('names each missing answer with its catalogue key', () => {
    const errors = validateProfile(
      complete({
        email: 'nope',
        password: 'short',
        interests: [],
        grid: newProfileValues('MENTEE', 'ES', 'UTC', limits).grid,
      }),
      'signup',
      known,
      limits,
    );
    expect(errors).toEqual({
      email: 'errors.field.email',
      password: 'errors.field.password',
      availability: 'errors.field.availability',
      interests: 'errors.field.interests',
    });
  });

  it('checks mentor capacity and the preferred language', () => {
    const errors = validateProfile(
      complete({ role: 'MENTOR', capacity: 11, languages: ['EN'], preferredLanguage: 'ES' }),
      'signup',
      known,
      limits,
    );
    expect(errors.capacity).toBe('errors.field.capacity');
    expect(errors.preferredLanguage).toBe('errors.field.preferredLanguage');
  });

  it('does not ask for email and password when editing', () => {
    expect(validateProfile(complete({ email: '', password: '' }), 'edit', known, limits)).toEqual(
      {},
    );
  });
});

describe('inputs for the API', () => {
  it('sends goals for mentees, expertise and capacity for mentors', () => {
    const mentee = toSignUpInput(complete({ goals: ['career'], expertise: ['testing'] }));
    expect(mentee.goals).toEqual(['career']);
    expect(mentee).not.toHaveProperty('expertise');
    expect(mentee).not.toHaveProperty('underrepresented');
    expect(mentee.availability).toEqual([{ day: 'MON', start: '18:00', end: '20:00' }]);
    const mentor = toSignUpInput(
      complete({ role: 'MENTOR', capacity: 3, expertise: ['testing'], selfId: 'no' }),
    );
    expect(mentor).toMatchObject({ capacity: 3, expertise: ['testing'], underrepresented: false });
    expect(mentor).not.toHaveProperty('goals');
  });

  it('sends only what changed, keeping untouched 15-minute availability', () => {
    const initial = valuesFromProfile({
      id: '1',
      displayName: 'Ana',
      role: 'MENTEE',
      email: 'ana@example.org',
      emailVerified: true,
      languages: ['ES'],
      preferredLanguage: 'ES',
      timezone: 'America/Bogota',
      availability: [{ day: 'MON', start: '18:15', end: '19:45' }],
      interests: ['python'],
      goals: [],
      expertise: [],
      about: null,
      capacity: null,
      underrepresented: null,
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect(toUpdateInput(initial, initial)).toEqual({});
    expect(toUpdateInput({ ...initial, displayName: 'Ana M.', selfId: 'yes' }, initial)).toEqual({
      displayName: 'Ana M.',
      underrepresented: true,
    });
    expect(toUpdateInput({ ...initial, about: '   ' }, { ...initial, about: 'hola' })).toEqual({
      about: null,
    });
  });

  it('normalises free tags like the server, without accents', () => {
    expect(normalizeTag('  Divulgación  Científica ')).toBe('divulgacion-cientifica');
  });
});

describe('limits from the API', () => {
  it('checks with the limits it is given, not a copy of its own', () => {
    const tight = { ...limits, interestsMax: 2, capacityMin: 2, capacityMax: 3, tagLength: 5 };
    const mentor = complete({ role: 'MENTOR', interests: ['a', 'b', 'c'], capacity: 4 });
    expect(validateProfile(mentor, 'edit', known, tight)).toEqual({
      interests: 'errors.field.interests',
      capacity: 'errors.field.capacity',
    });
    expect(
      validateProfile(complete({ interests: ['toolong'] }), 'edit', known, tight).interests,
    ).toBe('errors.field.interestTag');
    expect(validateProfile(complete({ interests: ['short'] }), 'edit', known, tight)).toEqual({});
  });

  it('starts a new mentor at the smallest capacity the API allows', () => {
    expect(newProfileValues('MENTOR', 'EN', 'UTC', { capacityMin: 2 }).capacity).toBe(2);
  });
});
