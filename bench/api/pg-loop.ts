// The bare `pg` loop: the statements one answer runs, captured from the server itself, then
// replayed by N workers on a pg.Pool of the server's size, with nothing else in between.
import { Client, Pool, type PoolClient, type QueryConfig } from 'pg';
import { latencySummary, type CellFigures } from './figures';

export type Statement = {
  client: number;
  text: string;
  values: unknown[];
  startedAt: number;
  endedAt: number;
};

// Steps run one after the other; statements in one step ran at the same time in the server
// (a Promise.all) and are replayed so. A step inside a transaction keeps its connection.
export type Step = { statements: { text: string; values: unknown[] }[] };
export type Plan = { steps: Step[]; transaction: boolean; statementCount: number };

type QueryFn = (this: Client, ...args: unknown[]) => unknown;

// Records every statement any pg Client in this process sends while `fn` runs. The server
// under capture runs in this process (createApp), on the same `pg` module.
export async function captureStatements(fn: () => Promise<void>): Promise<Statement[]> {
  const proto = Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  const ids = new Map<Client, number>();
  const seen: Statement[] = [];
  proto.query = function (this: Client, ...args: unknown[]) {
    const [first, second] = args;
    const text = typeof first === 'string' ? first : (first as QueryConfig).text;
    const values = (
      Array.isArray(second) ? second : ((first as QueryConfig).values ?? [])
    ) as unknown[];
    if (!ids.has(this)) {
      ids.set(this, ids.size + 1);
    }
    const entry: Statement = {
      client: ids.get(this)!,
      text,
      values,
      startedAt: performance.now(),
      endedAt: Number.POSITIVE_INFINITY,
    };
    seen.push(entry);
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(
        () => (entry.endedAt = performance.now()),
        () => (entry.endedAt = performance.now()),
      );
    }
    return result;
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  return seen;
}

// Statements sent before any statement of the current step had finished (DataLoader batches
// of one tick, a Promise.all) join it; one sent after waited for something, and starts a
// new step.
export function planOf(statements: Statement[]): Plan {
  const steps: Step[] = [];
  let firstEnd = -1;
  for (const s of statements) {
    const statement = { text: s.text, values: s.values };
    if (steps.length > 0 && s.startedAt < firstEnd) {
      steps[steps.length - 1].statements.push(statement);
      firstEnd = Math.min(firstEnd, s.endedAt);
    } else {
      steps.push({ statements: [statement] });
      firstEnd = s.endedAt;
    }
  }
  const transaction = statements.some((s) => /^\s*(START TRANSACTION|BEGIN)/i.test(s.text));
  return { steps, transaction, statementCount: statements.length };
}

// One request's statements. Outside a transaction each goes to the pool as the server's
// TypeORM does (a connection per statement); a transaction's statements share one.
async function replayOnce(pool: Pool, plan: Plan): Promise<void> {
  if (!plan.transaction) {
    for (const step of plan.steps) {
      if (step.statements.length === 1) {
        await pool.query(step.statements[0].text, step.statements[0].values);
      } else {
        await Promise.all(step.statements.map((s) => pool.query(s.text, s.values)));
      }
    }
    return;
  }
  // A snapshot read: the statements between START TRANSACTION and COMMIT run on one
  // connection; any outside it (the token check) go to the pool.
  let client: PoolClient | undefined;
  try {
    for (const step of plan.steps) {
      for (const s of step.statements) {
        if (/^\s*(START TRANSACTION|BEGIN)/i.test(s.text)) {
          client = await pool.connect();
        }
        if (client) {
          await client.query(s.text, s.values);
        } else {
          await pool.query(s.text, s.values);
        }
        if (client && /^\s*(COMMIT|ROLLBACK)/i.test(s.text)) {
          client.release();
          client = undefined;
        }
      }
    }
  } finally {
    client?.release();
  }
}

// N workers replaying the plan back to back for `seconds`, after `warmupSeconds`.
export async function runPgLoop(
  url: string,
  plan: Plan,
  workers: number,
  poolSize: number,
  seconds: number,
  warmupSeconds: number,
  // Called when the measured run starts, and awaited when it ends (before the pool closes).
  hooks: { measuring?: () => void; measured?: () => Promise<void> } = {},
): Promise<CellFigures> {
  const pool = new Pool({ connectionString: url, max: poolSize });
  try {
    const loop = async (until: number, latencies: number[] | null) => {
      while (performance.now() < until) {
        const started = performance.now();
        await replayOnce(pool, plan);
        latencies?.push(performance.now() - started);
      }
    };
    const spin = (ms: number, latencies: number[] | null) => {
      const until = performance.now() + ms;
      return Promise.all(Array.from({ length: workers }, () => loop(until, latencies)));
    };
    await spin(warmupSeconds * 1000, null);
    const latencies: number[] = [];
    hooks.measuring?.();
    const started = performance.now();
    await spin(seconds * 1000, latencies);
    const elapsed = (performance.now() - started) / 1000;
    await hooks.measured?.();
    return {
      requests: latencies.length,
      rps: latencies.length / elapsed,
      ...latencySummary(latencies),
      errors: 0,
    };
  } finally {
    await pool.end();
  }
}
