import { Batcher, MAX_BATCH } from '../../../src/shared/batcher';

describe(Batcher.name, () => {
  it('should run items that arrive together as one batch, one batch at a time, each caller getting its own result', async () => {
    const batches: number[][] = [];
    let running = 0;
    let overlapped = false;
    const batcher = new Batcher<number, string>(
      async (items) => {
        overlapped ||= running > 0;
        running += 1;
        batches.push(items);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
        return items.map((i) => `b${i}`);
      },
      async (i) => `s${i}`,
    );
    const first = batcher.run(0);
    const rest = Array.from({ length: MAX_BATCH + 3 }, (_, i) => batcher.run(i + 1));
    expect(await Promise.all([first, ...rest])).toEqual(['s0', ...Array.from({ length: MAX_BATCH + 3 }, (_, i) => `b${i + 1}`)]);
    expect(batches.map((b) => b.length)).toEqual([MAX_BATCH, 3]);
    expect(overlapped).toBe(false);
  });

  it('should run each item of a failed batch alone, so that only the item at fault fails', async () => {
    const batcher = new Batcher<number, number>(
      async () => {
        throw new Error('batch failed');
      },
      async (i) => {
        if (i === 2) throw new Error('item 2 is bad');
        return i * 10;
      },
    );
    const results = await Promise.allSettled([1, 2, 3].map((i) => batcher.run(i)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 'item 2 is bad', 30]);
  });
});
