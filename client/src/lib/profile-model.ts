// The profile form's values, their checks (with the limits the API gives in
// programDefaults, so most mistakes are caught before a round trip) and their conversion to the API's inputs.
import type {
  Language,
  ProfileFieldsFragment,
  Role,
  SignUpInput,
  UpdateProfileInput,
} from '../gql/graphql';
import type { ProfileLimits } from '../settings/program-defaults.types';
import {
  emptyGrid,
  gridFromWindows,
  windowsFromGrid,
  type Grid,
  type TimeWindow,
} from './availability';

// The longest address SMTP allows (RFC 5321), not a program setting; every other limit
// comes from the API's programDefaults.
export const EMAIL_MAX = 254;

export type SelfId = 'yes' | 'no' | 'unset';

export type ProfileValues = {
  role: Role;
  email: string;
  password: string;
  displayName: string;
  languages: Language[];
  preferredLanguage: Language;
  timezone: string;
  grid: Grid;
  interests: string[];
  goals: string[];
  expertise: string[];
  capacity: number;
  about: string;
  selfId: SelfId;
};

export type FormMode = 'signup' | 'edit';

// Field name → catalogue key of the message.
export type ValidationErrors = Partial<Record<string, string>>;

export function newProfileValues(
  role: Role,
  language: Language,
  timezone: string,
  limits: Pick<ProfileLimits, 'capacityMin'>,
): ProfileValues {
  return {
    role,
    email: '',
    password: '',
    displayName: '',
    languages: [language],
    preferredLanguage: language,
    timezone,
    grid: emptyGrid(),
    interests: [],
    goals: [],
    expertise: [],
    capacity: limits.capacityMin,
    about: '',
    selfId: 'unset',
  };
}

export function valuesFromProfile(p: ProfileFieldsFragment): ProfileValues {
  return {
    role: p.role,
    email: p.email ?? '',
    password: '',
    displayName: p.displayName,
    languages: [...p.languages],
    preferredLanguage: p.preferredLanguage,
    timezone: p.timezone,
    grid: gridFromWindows(p.availability),
    interests: [...p.interests],
    goals: [...p.goals],
    expertise: [...p.expertise],
    capacity: p.capacity ?? 1,
    about: p.about ?? '',
    selfId: p.underrepresented === true ? 'yes' : p.underrepresented === false ? 'no' : 'unset',
  };
}

// The server's rule (trimmed, lower case, inner spaces become dashes), and accents are
// dropped first because tags are plain ASCII: "Divulgación" becomes "divulgacion".
export function normalizeTag(tag: string): string {
  return tag
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');
}

const TAG = /^[a-z0-9][a-z0-9+#.-]*$/;

export function isValidTag(tag: string, maxLength: number): boolean {
  return tag.length > 0 && tag.length <= maxLength && TAG.test(tag);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateProfile(
  v: ProfileValues,
  mode: FormMode,
  isKnownZone: (zone: string) => boolean,
  limits: ProfileLimits,
): ValidationErrors {
  const errors: ValidationErrors = {};
  const isLead = v.role === 'LEAD';
  if (mode === 'signup') {
    if (v.role !== 'MENTEE' && v.role !== 'MENTOR') {
      errors.role = 'errors.field.role';
    }
    const email = v.email.trim();
    if (!EMAIL.test(email) || email.length > EMAIL_MAX) {
      errors.email = 'errors.field.email';
    }
    if (v.password.length < limits.passwordMin || v.password.length > limits.passwordMax) {
      errors.password = 'errors.field.password';
    }
  }
  const name = v.displayName.trim();
  if (name.length === 0 || name.length > limits.displayNameMax) {
    errors.displayName = 'errors.field.displayName';
  }
  if (v.languages.length === 0) {
    errors.languages = 'errors.field.languages';
  } else if (!v.languages.includes(v.preferredLanguage)) {
    errors.preferredLanguage = 'errors.field.preferredLanguage';
  }
  if (!isKnownZone(v.timezone)) {
    errors.timezone = 'errors.field.timezone';
  }
  if (!isLead) {
    const windows = windowsFromGrid(v.grid);
    if (windows.length < limits.windowsMin || windows.length > limits.windowsMax) {
      errors.availability = 'errors.field.availability';
    }
    if (v.interests.length < limits.interestsMin || v.interests.length > limits.interestsMax) {
      errors.interests = 'errors.field.interests';
    } else if (!v.interests.every((tag) => isValidTag(tag, limits.tagLength))) {
      errors.interests = 'errors.field.interestTag';
    }
  }
  if (v.role === 'MENTEE' && v.goals.length > limits.goalsMax) {
    errors.goals = 'errors.field.goals';
  }
  if (v.role === 'MENTOR') {
    if (v.expertise.length > limits.goalsMax) {
      errors.expertise = 'errors.field.expertise';
    }
    if (
      !Number.isInteger(v.capacity) ||
      v.capacity < limits.capacityMin ||
      v.capacity > limits.capacityMax
    ) {
      errors.capacity = 'errors.field.capacity';
    }
  }
  if (v.about.trim().length > limits.aboutLength) {
    errors.about = 'errors.field.about';
  }
  return errors;
}

const selfIdValue = (s: SelfId): boolean | null => (s === 'yes' ? true : s === 'no' ? false : null);

// Languages in a stable order, preferred one kept among them.
const sortedLanguages = (languages: Language[]) => [...new Set(languages)].sort();

export function toSignUpInput(v: ProfileValues): SignUpInput {
  const about = v.about.trim();
  return {
    email: v.email.trim(),
    password: v.password,
    displayName: v.displayName.trim(),
    role: v.role,
    languages: sortedLanguages(v.languages),
    preferredLanguage: v.preferredLanguage,
    timezone: v.timezone,
    availability: windowsFromGrid(v.grid),
    interests: v.interests,
    ...(v.role === 'MENTEE' ? { goals: v.goals } : {}),
    ...(v.role === 'MENTOR' ? { expertise: v.expertise, capacity: v.capacity } : {}),
    ...(about ? { about } : {}),
    ...(v.selfId !== 'unset' ? { underrepresented: selfIdValue(v.selfId) } : {}),
  };
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const sameWindows = (a: TimeWindow[], b: TimeWindow[]) =>
  a.length === b.length &&
  a.every((w, i) => w.day === b[i]?.day && w.start === b[i]?.start && w.end === b[i]?.end);

// Only what changed is sent: an untouched availability keeps its 15-minute edges even
// though the grid shows 30-minute cells.
export function toUpdateInput(v: ProfileValues, initial: ProfileValues): UpdateProfileInput {
  const input: UpdateProfileInput = {};
  if (v.displayName.trim() !== initial.displayName) {
    input.displayName = v.displayName.trim();
  }
  if (!sameList(sortedLanguages(v.languages), sortedLanguages(initial.languages))) {
    input.languages = sortedLanguages(v.languages);
  }
  if (v.preferredLanguage !== initial.preferredLanguage || input.languages) {
    input.preferredLanguage = v.preferredLanguage;
  }
  if (v.timezone !== initial.timezone) {
    input.timezone = v.timezone;
  }
  const windows = windowsFromGrid(v.grid);
  if (!sameWindows(windows, windowsFromGrid(initial.grid))) {
    input.availability = windows;
  }
  if (!sameList(v.interests, initial.interests)) {
    input.interests = v.interests;
  }
  if (v.role === 'MENTEE' && !sameList(v.goals, initial.goals)) {
    input.goals = v.goals;
  }
  if (v.role === 'MENTOR' && !sameList(v.expertise, initial.expertise)) {
    input.expertise = v.expertise;
  }
  if (v.role === 'MENTOR' && v.capacity !== initial.capacity) {
    input.capacity = v.capacity;
  }
  if (v.about.trim() !== initial.about.trim()) {
    input.about = v.about.trim() === '' ? null : v.about.trim();
  }
  if (v.selfId !== initial.selfId) {
    input.underrepresented = selfIdValue(v.selfId);
  }
  return input;
}
