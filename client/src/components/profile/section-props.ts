import type { ProfileValues } from '../../lib/profile-model';

export type UpdateValue = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => void;

// What every section of the profile form gets: the values, the messages by control, and
// the one way to change a value (which also clears that control's old error).
export type SectionProps = {
  values: ProfileValues;
  errors: Record<string, string>;
  update: UpdateValue;
};
