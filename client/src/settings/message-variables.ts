import type { ProgramDefaults } from './program-defaults.types';

// The limits as message variables: "Choose {{profile.interestsMin}} to …".
export function messageVariables(d: ProgramDefaults): Record<string, unknown> {
  return { profile: d.profile, cohort: d.cohort };
}
