// Moved to common/auth/password.ts (auth and participants both use it); this re-export
// keeps seed.ts compiling until it imports the new path.
export { hashPassword, verifyPassword } from '../common/auth/password';
