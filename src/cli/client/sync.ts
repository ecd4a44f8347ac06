import { Command, Option } from 'commander';
import {
  CliCancelJobDocument,
  CliJobDocument,
  CliJobProgressDocument,
  CliRunDocument,
  CliRunFullDocument,
  CliRunIncrementalDocument,
  CliRunProgressDocument,
  JobFieldsFragment,
  RunFieldsFragment,
  TableMappingName,
} from '../../client/generated';
import { parseMappingName } from './args';
import { clientCommand } from './command';
import { Api, ClientOptions } from './connection';
import { CliError, ExitCode, UNREACHABLE_CODE } from './exit-codes';
import { printJson } from './output';
import { isFinal, rateOf, rowOfJob, rowsOfRun, viewFor } from './progress';

/** How a command follows what it started. */
export interface FollowOptions extends ClientOptions {
  wait?: boolean;
  cancelOnInterrupt?: boolean;
}

type StartOptions = FollowOptions & { mapping?: TableMappingName[] };

/** Resolves when Ctrl-C arrives while following (and keeps the default exit away meanwhile). */
function interrupted(): { promise: Promise<'interrupt'>; dispose(): void } {
  let handler: () => void = () => {};
  const promise = new Promise<'interrupt'>((resolve) => {
    handler = () => resolve('interrupt');
    process.once('SIGINT', handler);
  });
  return { promise, dispose: () => process.removeListener('SIGINT', handler) };
}

/** The gateway ended the progress stream before the work ended (it is stopping): how to pick it up again. */
function stoppedWhileFollowing(ids: string[]): CliError {
  return new CliError(
    UNREACHABLE_CODE,
    `the gateway ended the progress stream before the work ended (it is stopping?); it goes on when the gateway is back: tandem follow ${ids.join(' ')}`,
  );
}

/** A lost progress connection (the gateway went away): the same error, saying how to follow again. */
function lostWhileFollowing(error: unknown, ids: string[]): never {
  if (error instanceof CliError && error.code === UNREACHABLE_CODE) {
    throw new CliError(UNREACHABLE_CODE, `${error.message}; the work goes on on the gateway: tandem follow ${ids.join(' ')}`);
  }
  throw error;
}

const exitOf = (status: string) => (status === 'SUCCEEDED' ? ExitCode.OK : ExitCode.FAILED);

/** Cancels every job that has not finished; answers how many were asked to stop. */
async function cancelAll(api: Api, jobs: JobFieldsFragment[]): Promise<number> {
  const open = jobs.filter((j) => !isFinal(j.status));
  for (const job of open) {
    try {
      await api.request(CliCancelJobDocument, { id: job.id });
    } catch (error) {
      // A job that finished meanwhile cannot be canceled any more: nothing to stop.
      if (!(error instanceof CliError) || error.exitCode !== ExitCode.STATE) throw error;
    }
  }
  return open.length;
}

/** What Ctrl-C does: cancel (--cancel-on-interrupt) or leave the run going and say how to follow it again. */
async function onInterrupt(api: Api, opts: FollowOptions, ids: string[], jobs: JobFieldsFragment[]): Promise<ExitCode> {
  if (opts.cancelOnInterrupt) {
    const n = await cancelAll(api, jobs);
    process.stderr.write(`interrupted: asked ${n} job(s) to cancel\n`);
    return ExitCode.FAILED;
  }
  process.stderr.write(`stopped following; the synchronization goes on. Follow it again with: tandem follow ${ids.join(' ')}\n`);
  return ExitCode.INTERRUPTED;
}

/** Follows a full-sync run over graphql-ws to its end (or Ctrl-C). */
export async function followRun(api: Api, run: RunFieldsFragment, opts: FollowOptions): Promise<ExitCode> {
  // Listen for Ctrl-C before the first line is printed: a script may send it as soon as it reads one.
  const stop = interrupted();
  const view = viewFor(
    opts.json,
    run.lines.map((l) => l.mapping),
  );
  let last = run;
  view.update(rowsOfRun(run));
  const sub = api.subscribe(CliRunProgressDocument, { runId: run.id }, (d) => {
    last = d.fullSyncProgress;
    view.update(rowsOfRun(last));
  });
  try {
    const how = await Promise.race([
      sub.done.then(
        () => 'done' as const,
        (e) => lostWhileFollowing(e, [run.id]),
      ),
      stop.promise,
    ]);
    if (how === 'interrupt') {
      sub.stop();
      view.stop();
      const jobs = last.lines.flatMap((l) => [l.toCrmJob, l.fromCrmJob]).filter((j): j is JobFieldsFragment => !!j);
      return await onInterrupt(api, opts, [run.id], jobs);
    }
  } finally {
    stop.dispose();
  }
  view.stop();
  const final = (await api.request(CliRunDocument, { id: run.id })).fullSyncRun ?? last;
  // The stream ended before the run did: the gateway is stopping (the run resumes when it is back).
  if (!isFinal(final.status)) throw stoppedWhileFollowing([run.id]);
  if (opts.json) printJson(final);
  else {
    const seconds = final.finishedAt ? ((Date.parse(final.finishedAt) - Date.parse(final.startedAt)) / 1000).toFixed(1) : '?';
    process.stdout.write(`full synchronization ${final.id} ${final.status} in ${seconds} s\n`);
    for (const line of final.lines.filter((l) => l.message)) process.stdout.write(`  ${line.mapping}: ${line.message}\n`);
  }
  return exitOf(final.status);
}

/** Follows jobs over graphql-ws to their end (or Ctrl-C). */
export async function followJobs(api: Api, jobs: JobFieldsFragment[], opts: FollowOptions): Promise<ExitCode> {
  const stop = interrupted();
  const view = viewFor(
    opts.json,
    jobs.map((j) => rowOfJob(j).label),
  );
  const latest = new Map(jobs.map((j) => [j.id, j]));
  const show = () => view.update([...latest.values()].map(rowOfJob));
  show();
  const subs = jobs.map((j) =>
    api.subscribe(CliJobProgressDocument, { jobId: j.id }, (d) => {
      latest.set(j.id, d.syncJobProgress);
      show();
    }),
  );
  try {
    const how = await Promise.race([
      Promise.all(subs.map((s) => s.done)).then(
        () => 'done' as const,
        (e) =>
          lostWhileFollowing(
            e,
            jobs.map((j) => j.id),
          ),
      ),
      stop.promise,
    ]);
    if (how === 'interrupt') {
      subs.forEach((s) => s.stop());
      view.stop();
      return await onInterrupt(
        api,
        opts,
        jobs.map((j) => j.id),
        [...latest.values()],
      );
    }
  } finally {
    stop.dispose();
  }
  view.stop();
  const final = [...latest.values()];
  if (final.length < jobs.length || final.some((j) => !isFinal(j.status))) throw stoppedWhileFollowing(jobs.map((j) => j.id));
  if (opts.json) printJson(final);
  else {
    for (const j of final) {
      process.stdout.write(
        `${j.mapping} ${j.direction} ${j.status}: processed ${j.processed}, inserted ${j.inserted}, modified ${j.modified}, coupled ${j.coupled}, failed ${j.failed} (${rateOf(rowOfJob(j)).toFixed(0)} rec/s)${j.message ? ` - ${j.message}` : ''}\n`,
      );
    }
  }
  return final.every((j) => j.status === 'SUCCEEDED') ? ExitCode.OK : ExitCode.FAILED;
}

const followOptions = (cmd: Command) =>
  cmd.option('--no-wait', 'print the run id and return at once instead of following it').option('--cancel-on-interrupt', 'on Ctrl-C cancel the run instead of leaving it running');

const mappingOption = () => new Option('-m, --mapping <names...>', 'only these table mappings (any letter case)').argParser(parseMappingName);

/** `tandem sync full|incremental` and `tandem follow ID...`. */
export function registerSyncCommands(program: Command): void {
  const sync = program.command('sync').description('start a synchronization on the gateway and follow it (full or incremental)');
  clientCommand<StartOptions>(
    sync,
    'full',
    'run a full synchronization (review lines in dependency order) and follow it',
    (c) => followOptions(c.addOption(mappingOption())),
    async (api, opts) => {
      const run = (await api.request(CliRunFullDocument, { input: opts.mapping ? { mappings: opts.mapping } : null })).runFullSynchronization;
      if (opts.wait === false) {
        if (opts.json) printJson(run);
        else process.stdout.write(`${run.id}\n`);
        return ExitCode.OK;
      }
      return followRun(api, run, opts);
    },
  );
  clientCommand<StartOptions>(
    sync,
    'incremental',
    'run an incremental synchronization (changes since the last one) and follow it',
    (c) => followOptions(c.addOption(mappingOption())),
    async (api, opts) => {
      const jobs = (await api.request(CliRunIncrementalDocument, { mappings: opts.mapping ?? null })).runIncrementalSynchronization;
      if (opts.wait === false) {
        if (opts.json) printJson(jobs);
        else process.stdout.write(`${jobs.map((j) => j.id).join('\n')}\n`);
        return ExitCode.OK;
      }
      return followJobs(api, jobs, opts);
    },
  );
  clientCommand<FollowOptions>(
    program,
    'follow <ids...>',
    'follow a full synchronization run, or sync jobs, by id until they end',
    (c) => c.option('--cancel-on-interrupt', 'on Ctrl-C cancel instead of leaving it running'),
    async (api, opts, ids) => {
      if (ids.length === 1) {
        const run = (await api.request(CliRunDocument, { id: ids[0] })).fullSyncRun;
        if (run) return followRun(api, run, opts);
      }
      const jobs: JobFieldsFragment[] = [];
      for (const id of ids) {
        const job = (await api.request(CliJobDocument, { id, errors: 0 })).syncJob;
        if (!job) throw new CliError('NOT_FOUND', `no full synchronization run or sync job has the id ${id}`);
        jobs.push(job);
      }
      return followJobs(api, jobs, opts);
    },
  );
}
