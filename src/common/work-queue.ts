// A bounded queue for costly work (password hashing): at most `concurrency` jobs at once,
// at most `maxWaiting` waiting; past that a job is refused at once (the caller answers a
// clean 503) rather than queued behind minutes of work. Plain, no framework.
export class QueueFullError extends Error {
  constructor() {
    super('Too many requests are waiting; try again in a moment.');
    this.name = 'QueueFullError';
  }
}

export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
  ) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new RangeError('concurrency must be a whole number of at least 1');
    }
  }

  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new QueueFullError();
      }
      // Wait for a running job to hand over its slot (first come, first served).
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await job();
    } finally {
      const next = this.waiting.shift();
      if (next) {
        next(); // the slot passes on: `running` stays the same
      } else {
        this.running--;
      }
    }
  }
}
