import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { MatchesService } from '../matches/matches.service';
import { SessionsService } from '../sessions/sessions.service';
import { startSweep } from './periodic';

// Every background job, in one place. Only these write what time alone changes: proposals
// that expire and pairs flagged for a check-in. Reads derive the same facts without writing.
// Test servers run none (their clocks are driven by the tests, which call the jobs' methods
// through the API's test hooks or directly).
export const JOBS = {
  expiry: { name: 'Expiry', everyMs: 60_000 },
  checkIns: { name: 'Check-in', everyMs: 10 * 60_000 },
} as const;

@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private stops: (() => void)[] = [];

  constructor(
    private readonly config: AppConfig,
    private readonly matches: MatchesService,
    private readonly sessions: SessionsService,
  ) {}

  onApplicationBootstrap(): void {
    const enabled = this.config.NODE_ENV !== 'test';
    this.stops = [
      startSweep(JOBS.expiry.name, JOBS.expiry.everyMs, enabled, () =>
        this.matches.expireDue(new Date()),
      ),
      startSweep(JOBS.checkIns.name, JOBS.checkIns.everyMs, enabled, () =>
        this.sessions.flagCheckIns(new Date()),
      ),
    ];
  }

  // One run of a job by its key (expiry, checkIns) at `now`: what the timers call, and the
  // test hook. Null for an unknown job.
  async runOnce(job: string, now: Date, cohortId: string | null = null): Promise<number | null> {
    switch (job) {
      case 'expiry':
        return this.matches.expireDue(now, cohortId);
      case 'checkIns':
        return this.sessions.flagCheckIns(now, cohortId);
      default:
        return null;
    }
  }

  onModuleDestroy(): void {
    this.stops.forEach((stop) => stop());
  }
}
