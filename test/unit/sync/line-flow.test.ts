import { FullSyncRecommendation, SyncDirection, SyncJobStatus as S, TableMappingName as M } from '../../../src/sync/enums';
import type { FullSyncLine } from '../../../src/sync/full-sync-run.entity';
import { LineJob, stepLines } from '../../../src/sync/fullsync/line-flow';

function line(mapping: M, dependsOn: M[], status: S, jobs: { toCrm?: string; fromCrm?: string }, message: string | null = null): FullSyncLine {
  return {
    runId: 'run',
    mapping,
    position: 0,
    dependsOn,
    direction: SyncDirection.BIDIRECTIONAL,
    recommendation: FullSyncRecommendation.FULL_SYNCHRONIZATION,
    status,
    toCrmJobId: jobs.toCrm ?? null,
    fromCrmJobId: jobs.fromCrm ?? null,
    message,
  };
}
const job = (id: string, status: S, message: string | null = null, checkpoint: Record<string, unknown> | null = null): LineJob => ({ id, status, message, checkpoint });
const jobsOf = (...list: LineJob[]) => new Map(list.map((j) => [j.id, j]));

describe(stepLines.name, () => {
  it('should start the lines without dependencies and hold back their dependants', () => {
    const lines = [line(M.SALESPEOPLE, [], S.QUEUED, { toCrm: 'a1', fromCrm: 'a2' }), line(M.CUSTOMER, [M.SALESPEOPLE], S.QUEUED, { toCrm: 'b1' })];
    const step = stepLines(lines, jobsOf(job('a1', S.QUEUED), job('a2', S.QUEUED), job('b1', S.QUEUED)));
    expect(step).toEqual({ toEnqueue: ['a1'], changed: true, outcome: null });
    expect(lines.map((l) => l.status)).toEqual([S.RUNNING, S.QUEUED]);
  });

  it('should start the second job of a line once the first succeeded, and nothing while one runs', () => {
    const lines = [line(M.SALESPEOPLE, [], S.RUNNING, { toCrm: 'a1', fromCrm: 'a2' })];
    expect(stepLines(lines, jobsOf(job('a1', S.RUNNING), job('a2', S.QUEUED))).toEnqueue).toEqual([]);
    expect(stepLines(lines, jobsOf(job('a1', S.SUCCEEDED), job('a2', S.QUEUED))).toEnqueue).toEqual(['a2']);
    // A job with a checkpoint is resumed by the queue, not handed to it again.
    expect(stepLines(lines, jobsOf(job('a1', S.SUCCEEDED), job('a2', S.QUEUED, null, { after: 'x' }))).toEnqueue).toEqual([]);
  });

  it('should end a line with its jobs and the run when every line succeeded', () => {
    const lines = [line(M.SALESPEOPLE, [], S.RUNNING, { toCrm: 'a1' }), line(M.CUSTOMER, [M.SALESPEOPLE], S.SUCCEEDED, {})];
    expect(stepLines(lines, jobsOf(job('a1', S.SUCCEEDED)))).toEqual({ toEnqueue: [], changed: true, outcome: S.SUCCEEDED });
    expect(lines[0].status).toBe(S.SUCCEEDED);
  });

  it('should start a dependant in the step after its dependency succeeded', () => {
    const lines = [line(M.SALESPEOPLE, [], S.RUNNING, { toCrm: 'a1' }), line(M.CUSTOMER, [M.SALESPEOPLE], S.QUEUED, { toCrm: 'b1' })];
    const jobs = jobsOf(job('a1', S.SUCCEEDED), job('b1', S.QUEUED));
    // Lines move in position order: the dependency ends first, so its dependant starts in the same step.
    expect(stepLines(lines, jobs)).toEqual({ toEnqueue: ['b1'], changed: true, outcome: null });
    expect(lines.map((l) => l.status)).toEqual([S.SUCCEEDED, S.RUNNING]);
  });

  it('should fail a line with the message of its failed job, block its dependants and fail the run', () => {
    const lines = [
      line(M.SALESPEOPLE, [], S.RUNNING, { toCrm: 'a1' }),
      line(M.CUSTOMER, [M.SALESPEOPLE], S.QUEUED, { toCrm: 'b1' }),
      line(M.CONTACT, [M.CUSTOMER], S.QUEUED, { toCrm: 'c1' }),
    ];
    const step = stepLines(lines, jobsOf(job('a1', S.FAILED, 'ERP unreachable'), job('b1', S.QUEUED), job('c1', S.QUEUED)));
    expect(lines.map((l) => [l.status, l.message])).toEqual([
      [S.FAILED, 'ERP unreachable'],
      [S.QUEUED, 'Waiting for SALESPEOPLE, which did not succeed'],
      [S.QUEUED, 'Waiting for CUSTOMER, which did not succeed'],
    ]);
    expect(step).toEqual({ toEnqueue: [], changed: true, outcome: S.FAILED });
  });

  it('should cancel a line whose job was canceled, even before the line started', () => {
    const lines = [line(M.SALESPEOPLE, [], S.RUNNING, { toCrm: 'a1', fromCrm: 'a2' }), line(M.CURRENCY, [], S.QUEUED, { toCrm: 'b1' })];
    stepLines(lines, jobsOf(job('a1', S.SUCCEEDED), job('a2', S.CANCELED), job('b1', S.CANCELED)));
    expect(lines.map((l) => [l.status, l.message])).toEqual([
      [S.CANCELED, 'A job of this line failed'],
      [S.CANCELED, 'A job of this line was canceled'],
    ]);
  });

  it('should count dependencies outside the run as satisfied', () => {
    const lines = [line(M.CUSTOMER, [M.SALESPEOPLE], S.QUEUED, { toCrm: 'b1' })];
    expect(stepLines(lines, jobsOf(job('b1', S.QUEUED))).toEnqueue).toEqual(['b1']);
  });

  it('should report no change when nothing moved', () => {
    const lines = [line(M.SALESPEOPLE, [], S.RUNNING, { toCrm: 'a1' })];
    expect(stepLines(lines, jobsOf(job('a1', S.RUNNING)))).toEqual({ toEnqueue: [], changed: false, outcome: null });
  });
});
