import type { Pool } from 'pg';
import { AttemptThrottle, type ThrottleLimits } from '../auth/login-throttle';

// Requests that send security mail (a reset link, the verification link again), per
// address and per client address: each request counts, whether or not an account exists.
export class AccountMailThrottle extends AttemptThrottle {
  constructor(limits: ThrottleLimits, shared?: Pool, namespace = '') {
    super('account-mail', limits, shared, namespace);
  }
}

// Password confirmations of a logged-in person (deleting the account), per account and
// per client address, with the login's limits: a stolen session cannot guess the password.
export class PasswordCheckThrottle extends AttemptThrottle {
  constructor(limits: ThrottleLimits, shared?: Pool, namespace = '') {
    super('password-check', limits, shared, namespace);
  }
}
