import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { BullMqSchedule } from '../../src/sync/incremental/bullmq-schedule';
import { SyncJob } from '../../src/sync/sync-job.entity';
import { startTestGateway, TestGateway } from '../helpers/gateway';
import { redisForTests, REDIS_URL } from '../helpers/redis';

/*
 * BullMqSchedule's claim: a scheduled tick run twice (a stalled tick run again, or two ticks of one
 * interval while the scheduler changes) starts one incremental pass; the next interval's tick starts
 * the next one. Over the real gateway's scheduler and store, against the real Redis.
 */

const reachable = redisForTests('the BullMQ schedule tests');
const d = reachable ? describe : describe.skip;

d(BullMqSchedule.name, () => {
  let gw: TestGateway;
  let schedule: BullMqSchedule;
  beforeAll(async () => {
    gw = await startTestGateway({ env: {} });
    schedule = new BullMqSchedule(REDIS_URL, gw.services.sync.setup, gw.services.sync.scheduler, { prefix: `tandem:t${randomUUID().slice(0, 8)}`, runTicks: false });
  });
  afterAll(async () => {
    await schedule?.close();
    await gw?.stop();
  });

  const scheduledRuns = async () =>
    new Set(
      (await gw.stores.sync.getRepository(SyncJob).findBy({ type: 'INCREMENTAL' as never }))
        .filter((j) => (j.params as { trigger?: string })?.trigger === 'SCHEDULE')
        .map((j) => (j.params as { chain: string[] }).chain[0]),
    ).size;
  const tick = (at: number) => ({ id: `repeat:incremental-synchronization:${at}`, opts: { prevMillis: at, repeat: { every: 300_000 } }, timestamp: at }) as unknown as Job;
  const onTick = (job: Job) => (schedule as unknown as { onTick(job: Job): Promise<void> }).onTick(job);

  it('should start one pass for a tick run twice, and the next one for the next interval', async () => {
    const at = Math.floor(Date.now() / 300_000) * 300_000;
    await Promise.all([onTick(tick(at)), onTick(tick(at))]);
    await onTick(tick(at + 20));
    expect(await scheduledRuns()).toBe(1);
    await gw.services.sync.queue.idle();
    await onTick(tick(at + 300_000));
    expect(await scheduledRuns()).toBe(2);
  });
});
