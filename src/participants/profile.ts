// One participant profile, checked and normalised as a whole (sign-up and edits alike).
import type { FieldError } from '../common/errors/app-error';
import { canonicalTimeZone } from '../matching/engine/time-zone';
import {
  checkAvailability,
  checkGoalTags,
  checkInterests,
  checkLanguages,
  LIMITS,
  sortWindows,
  type LanguageCode,
  type WindowInput,
} from './profile-rules';

export type ProfileRole = 'MENTEE' | 'MENTOR' | 'LEAD';

export type ProfileDraft = {
  role: ProfileRole;
  displayName: string;
  languages: LanguageCode[];
  preferredLanguage: LanguageCode;
  timezone: string;
  availability: WindowInput[];
  interests: string[];
  goals?: string[] | null;
  expertise?: string[] | null;
  about?: string | null;
  capacity?: number | null;
  underrepresented?: boolean | null;
};

export type Profile = {
  role: ProfileRole;
  displayName: string;
  languages: LanguageCode[];
  preferredLanguage: LanguageCode;
  timezone: string;
  availability: WindowInput[];
  interests: string[];
  goals: string[];
  expertise: string[];
  about: string | null;
  capacity: number | null;
  underrepresented: boolean | null;
};

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; errors: FieldError[] };

export const DEFAULT_MENTOR_CAPACITY = 1;

export function checkProfile(draft: ProfileDraft): ProfileCheck {
  const errors: FieldError[] = [];
  const displayName = draft.displayName.trim().replace(/\s+/g, ' ');
  if (displayName.length === 0 || displayName.length > LIMITS.displayNameMax) {
    errors.push({
      field: 'displayName',
      message: `must be 1 to ${LIMITS.displayNameMax} characters`,
    });
  }
  const languages = checkLanguages(draft.languages, draft.preferredLanguage);
  errors.push(...languages.errors);
  const timezone = canonicalTimeZone(draft.timezone);
  if (timezone === null) {
    errors.push({
      field: 'timezone',
      message: `"${draft.timezone.slice(0, 64)}" is not a known IANA time zone such as "America/Bogota"`,
    });
  }
  // LEAD accounts have no schedule or interests to check.
  const isLead = draft.role === 'LEAD';
  if (!isLead) {
    errors.push(...checkAvailability(draft.availability));
  }
  const interests = isLead
    ? { value: draft.interests.map((t) => t.trim().toLowerCase()), errors: [] }
    : checkInterests(draft.interests);
  errors.push(...interests.errors);

  const goals = checkGoalTags(draft.goals ?? [], 'goals');
  const expertise = checkGoalTags(draft.expertise ?? [], 'expertise');
  errors.push(...goals.errors, ...expertise.errors);
  if (draft.role !== 'MENTEE' && goals.value.length > 0) {
    errors.push({ field: 'goals', message: 'only mentees list goals; mentors list expertise' });
  }
  if (draft.role !== 'MENTOR' && expertise.value.length > 0) {
    errors.push({ field: 'expertise', message: 'only mentors list expertise; mentees list goals' });
  }

  let capacity: number | null = null;
  if (draft.role === 'MENTOR') {
    capacity = draft.capacity ?? DEFAULT_MENTOR_CAPACITY;
    if (
      !Number.isInteger(capacity) ||
      capacity < LIMITS.capacityMin ||
      capacity > LIMITS.capacityMax
    ) {
      errors.push({
        field: 'capacity',
        message: `must be a whole number from ${LIMITS.capacityMin} to ${LIMITS.capacityMax}`,
      });
    }
  } else if (draft.capacity !== undefined && draft.capacity !== null) {
    errors.push({ field: 'capacity', message: 'only mentors give a capacity' });
  }

  const about = draft.about?.trim() ? draft.about.trim() : null;
  if (about !== null && about.length > LIMITS.aboutLength) {
    errors.push({ field: 'about', message: `must be at most ${LIMITS.aboutLength} characters` });
  }

  if (errors.length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    profile: {
      role: draft.role,
      displayName,
      languages: languages.value,
      preferredLanguage: draft.preferredLanguage,
      timezone: timezone as string,
      availability: sortWindows(
        draft.availability.map((w) => ({ day: w.day, start: w.start, end: w.end })),
      ),
      interests: interests.value,
      goals: goals.value,
      expertise: expertise.value,
      about,
      capacity,
      underrepresented: draft.underrepresented ?? null,
    },
  };
}
