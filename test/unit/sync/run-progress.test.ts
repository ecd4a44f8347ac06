import { SyncJobStatus as S } from '../../../src/sync/enums';
import type { JobEvent, RunSnapshot } from '../../../src/sync/events/topics';
import { RunProgressMerger } from '../../../src/sync/fullsync/run-progress';

const job = (id: string, status: S, processed: number, fullSyncRunId = 'run'): JobEvent => ({ id, status, processed, fullSyncRunId });
const snapshot = (toCrmJob: JobEvent | null): RunSnapshot => ({ id: 'run', status: S.RUNNING, lines: [{ toCrmJobId: 'j1', fromCrmJobId: null, toCrmJob, fromCrmJob: null }] });

describe(RunProgressMerger.name, () => {
  it('should fold a newer job event of the run into the snapshot', () => {
    const merger = new RunProgressMerger(snapshot(job('j1', S.RUNNING, 10)));
    expect(merger.onJob(job('j1', S.RUNNING, 20))?.lines[0].toCrmJob).toEqual(job('j1', S.RUNNING, 20));
  });

  it('should ignore older states, other runs and jobs that are not the run', () => {
    const merger = new RunProgressMerger(snapshot(job('j1', S.RUNNING, 10)));
    expect(merger.onJob(job('j1', S.RUNNING, 5))).toBeNull();
    expect(merger.onJob(job('j1', S.RUNNING, 50, 'other-run'))).toBeNull();
    expect(merger.onJob(job('j9', S.RUNNING, 50))).toBeNull();
  });

  it('should never let a run snapshot take a job back to an older state already streamed', () => {
    const merger = new RunProgressMerger(snapshot(job('j1', S.RUNNING, 10)));
    merger.onJob(job('j1', S.SUCCEEDED, 30));
    // The run topic's snapshot was taken before the job finished: the job stays SUCCEEDED.
    expect(merger.onRun(snapshot(job('j1', S.RUNNING, 20)))!.lines[0].toCrmJob).toEqual(job('j1', S.SUCCEEDED, 30));
  });

  it('should keep a line and the run at the newest state streamed when an older run snapshot arrives late (buffered before the subscriber read its own)', () => {
    const line = (status: S) => ({ mapping: 'CUSTOMER', status, message: status, toCrmJobId: 'j1', fromCrmJobId: null, toCrmJob: job('j1', S.RUNNING, 10), fromCrmJob: null });
    const merger = new RunProgressMerger({ id: 'run', status: S.RUNNING, lines: [line(S.SUCCEEDED)] });
    const late = merger.onRun({ id: 'run', status: S.RUNNING, lines: [line(S.QUEUED)] });
    expect(late!.lines[0]).toMatchObject({ status: S.SUCCEEDED, message: S.SUCCEEDED });
    const final = merger.onRun({ id: 'run', status: S.SUCCEEDED, lines: [line(S.SUCCEEDED)] });
    expect(final!.status).toBe(S.SUCCEEDED);
    expect(merger.onRun({ id: 'run', status: S.RUNNING, lines: [line(S.RUNNING)] })).toBeNull();
    expect(merger.current.status).toBe(S.SUCCEEDED);
  });
});
