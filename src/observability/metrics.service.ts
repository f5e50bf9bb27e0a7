import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { operationLabel } from './observability-rules';

// The parts of a pg Pool that the gauges read.
type PoolCounts = { totalCount: number; idleCount: number; waitingCount: number };

const isPool = (value: unknown): value is PoolCounts =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<PoolCounts>).totalCount === 'number' &&
  typeof (value as Partial<PoolCounts>).idleCount === 'number' &&
  typeof (value as Partial<PoolCounts>).waitingCount === 'number';

export type MailOutcome = 'sent' | 'retried' | 'failed';

// Every Prometheus metric of the server, in a registry of its own (not prom-client's global
// one), so that several Nest applications in one process do not clash.
@Injectable()
export class Metrics implements OnModuleDestroy {
  readonly registry = new Registry();
  // Operation names seen so far, to cap the label's cardinality (observability-rules.ts).
  private readonly operations = new Set<string>();

  private readonly graphqlRequests = new Counter({
    name: 'puente_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, or the first error code)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly graphqlDuration = new Histogram({
    name: 'puente_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly jobRuns = new Counter({
    name: 'puente_job_runs_total',
    help: 'Background job runs by job and outcome (ok or error)',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly jobDuration = new Histogram({
    name: 'puente_job_duration_seconds',
    help: 'Duration of background job runs',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  private readonly matchingDuration = new Histogram({
    name: 'puente_matching_run_duration_seconds',
    help: 'Duration of matching runs (dry or saved), from loading the cohort to commit',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  // There is no email outbox yet: the email feature sets these once it exists.
  private readonly outbox = new Gauge({
    name: 'puente_outbox_depth',
    help: 'Emails waiting in the outbox',
    registers: [this.registry],
  });

  private readonly mailDeliveries = new Counter({
    name: 'puente_mail_deliveries_total',
    help: 'Email delivery attempts by outcome (sent, retried, failed)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'puente_' });
    // Pool use is read when Prometheus scrapes, not tracked on every checkout.
    const pool = () => this.pool();
    new Gauge({
      name: 'puente_db_pool_connections',
      help: 'Connections the database pool holds, busy or idle',
      registers: [this.registry],
      collect() {
        this.set(pool()?.totalCount ?? 0);
      },
    });
    new Gauge({
      name: 'puente_db_pool_idle_connections',
      help: 'Connections of the database pool that are idle',
      registers: [this.registry],
      collect() {
        this.set(pool()?.idleCount ?? 0);
      },
    });
    new Gauge({
      name: 'puente_db_pool_waiting_requests',
      help: 'Queries waiting for a connection of the database pool',
      registers: [this.registry],
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
  }

  graphqlRequest(operationName: string | null | undefined, outcome: string, seconds: number): void {
    const labels = { operation: operationLabel(operationName, this.operations), outcome };
    this.graphqlRequests.inc(labels);
    this.graphqlDuration.observe(labels, seconds);
  }

  jobRun(job: string, seconds: number, ok: boolean): void {
    this.jobRuns.inc({ job, outcome: ok ? 'ok' : 'error' });
    this.jobDuration.observe({ job }, seconds);
  }

  matchingRun(seconds: number): void {
    this.matchingDuration.observe(seconds);
  }

  outboxDepth(depth: number): void {
    this.outbox.set(depth);
  }

  mailDelivery(outcome: MailOutcome): void {
    this.mailDeliveries.inc({ outcome });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }

  // The pg Pool behind TypeORM's PostgresDriver (PGlite is reached through pg too).
  private pool(): PoolCounts | undefined {
    if (!this.dataSource.isInitialized) {
      return undefined;
    }
    const master: unknown = (this.dataSource.driver as { master?: unknown }).master;
    return isPool(master) ? master : undefined;
  }
}
