import { Participants1764000000000 } from './1764000000000-participants';

// Every migration, in order. A new one is added here as well as in its own file.
export const migrations = [Participants1764000000000];
