// Values every message may name (the API's limits: {{profile.interestsMax}}), set once
// they are known; a variable given to t() itself still wins.
import type { i18n as I18n } from 'i18next';

export function setMessageVariables(instance: I18n, variables: Record<string, unknown>): void {
  instance.options.interpolation = {
    ...instance.options.interpolation,
    defaultVariables: variables,
  };
}
