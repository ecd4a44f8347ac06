/** Most items one batch takes (one multi-row statement stays far below the drivers' parameter limits). */
export const MAX_BATCH = 50;

/**
 * Runs concurrent requests of one kind together: items that arrive while a batch runs wait for
 * the next one, so at most one batch runs at a time (per batcher) and it takes all that waited,
 * up to MAX_BATCH. Used where every request would otherwise take the same row lock (a number
 * series) in a transaction of its own: the lock is then taken once per batch. When a batch
 * fails, each of its items is run alone (`single`), so one item's failure is its own.
 */
export class Batcher<I, O> {
  private pending: Array<{ item: I; resolve: (o: O) => void; reject: (e: unknown) => void }> = [];
  private running = false;

  constructor(
    private readonly batch: (items: I[]) => Promise<O[]>,
    private readonly single: (item: I) => Promise<O>,
  ) {}

  /** The result of one item, computed in the next batch. */
  run(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.pending.length > 0) {
        const taken = this.pending.splice(0, MAX_BATCH);
        try {
          const results = taken.length === 1 ? [await this.single(taken[0].item)] : await this.batch(taken.map((t) => t.item));
          taken.forEach((t, i) => t.resolve(results[i]));
        } catch (error) {
          if (taken.length === 1) taken[0].reject(error);
          // The batch changed nothing (one transaction): each item again, alone, for its own answer.
          else for (const t of taken) await this.single(t.item).then(t.resolve, t.reject);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
