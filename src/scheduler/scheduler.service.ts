import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { MatchesService } from '../matches/matches.service';
import { Metrics } from '../observability/metrics.service';
import { SessionsService } from '../sessions/sessions.service';
import { startSweep } from './periodic';

// Every background job, in one place. Only these write what time alone changes: proposals
// that expire and pairs flagged for a check-in; and the mail dispatcher sends the outbox. Reads derive the same facts without writing.
// Test servers run none (their clocks are driven by the tests, which call the jobs' methods
// through the API's test hooks or directly).
export const JOBS = {
  expiry: { name: 'Expiry', everyMs: 60_000 },
  checkIns: { name: 'Check-in', everyMs: 10 * 60_000 },
  mailDispatch: { name: 'Mail', everyMs: 15_000 },
  reminders: { name: 'Reminder', everyMs: 5 * 60_000 },
  // Both people of a booked session, 24 hours before it starts.
  sessionReminders: { name: 'Session reminder', everyMs: 5 * 60_000 },
} as const;

@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private stops: (() => Promise<void>)[] = [];

  constructor(
    private readonly config: AppConfig,
    private readonly matches: MatchesService,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
    private readonly metrics: Metrics,
  ) {}

  onApplicationBootstrap(): void {
    const enabled = this.config.NODE_ENV !== 'test' && this.config.JOBS_ENABLED;
    this.stops = [
      startSweep(JOBS.expiry.name, JOBS.expiry.everyMs, enabled, () =>
        this.runOnce('expiry', new Date()),
      ),
      startSweep(JOBS.checkIns.name, JOBS.checkIns.everyMs, enabled, () =>
        this.runOnce('checkIns', new Date()),
      ),
      startSweep(JOBS.mailDispatch.name, JOBS.mailDispatch.everyMs, enabled, () =>
        this.runOnce('mailDispatch', new Date()),
      ),
      startSweep(JOBS.reminders.name, JOBS.reminders.everyMs, enabled, () =>
        this.runOnce('reminders', new Date()),
      ),
      startSweep(JOBS.sessionReminders.name, JOBS.sessionReminders.everyMs, enabled, () =>
        this.runOnce('sessionReminders', new Date()),
      ),
    ];
  }

  // One run of a job by its key (expiry, checkIns, mailDispatch) at `now`: what the timers
  // call, and the test hook. Null for an unknown job. mailDispatch counts the emails sent; a
  // cohort or a recipient (tests only, on a database other servers share) limits it to
  // their messages.
  async runOnce(
    job: string,
    now: Date,
    scope: { cohortId: string | null; recipientId?: string | null } = { cohortId: null },
  ): Promise<number | null> {
    const { cohortId } = scope;
    switch (job) {
      case 'expiry':
        return this.timed(job, () => this.matches.expireDue(now, cohortId));
      case 'checkIns':
        return this.timed(job, () => this.sessions.flagCheckIns(now, cohortId));
      case 'reminders':
        return this.timed(job, () => this.matches.remindDue(now, cohortId));
      case 'sessionReminders':
        return this.timed(job, () => this.sessions.remindDue(now, cohortId));
      case 'mailDispatch':
        return this.timed(job, async () => (await this.mail.dispatch(now, scope)).sent);
      default:
        return null;
    }
  }

  // Every run is counted and timed (puente_job_*), a failed one too before it is rethrown.
  private async timed(job: string, run: () => Promise<number>): Promise<number> {
    const started = performance.now();
    let ok = false;
    try {
      const changed = await run();
      ok = true;
      return changed;
    } finally {
      this.metrics.jobRun(job, (performance.now() - started) / 1000, ok);
    }
  }

  // On shutdown the timers stop and a sweep in progress finishes (each is one transaction)
  // before the pool closes.
  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.stops.map((stop) => stop()));
  }
}
