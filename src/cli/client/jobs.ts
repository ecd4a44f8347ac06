import { Command, Option } from 'commander';
import { CliJobDocument, CliJobsDocument, SyncJobStatus, TableMappingName } from '../../client/generated';
import { parseOneMapping, positiveInt } from './args';
import { clientCommand } from './command';
import { CliError } from './exit-codes';
import { emit, table } from './output';

const COLUMNS = ['id', 'mapping', 'direction', 'type', 'status', 'processed', 'inserted', 'modified', 'coupled', 'failed', 'finishedAt'];

/** `tandem jobs [--failed] [-m NAME]` and `tandem job ID`. */
export function registerJobCommands(program: Command): void {
  clientCommand<{ failed?: boolean; mapping?: TableMappingName; status?: SyncJobStatus; first: number }>(
    program,
    'jobs',
    'sync jobs, newest first',
    (c) =>
      c
        .option('--failed', 'only FAILED jobs')
        .addOption(new Option('-m, --mapping <name>', 'only this table mapping').argParser(parseOneMapping))
        .option('--first <n>', 'at most this many', positiveInt, 20),
    async (api, opts) => {
      const filter = { mapping: opts.mapping ?? null, status: opts.failed ? ('FAILED' as const) : null };
      const { syncJobs } = await api.request(CliJobsDocument, { filter, first: opts.first });
      emit(opts.json, syncJobs, (v) => `${table(v.nodes, COLUMNS)}\n(${v.nodes.length} of ${v.totalCount})`);
    },
  );

  clientCommand<{ errors: number }>(
    program,
    'job <id>',
    'one sync job: its counters, parts and errors',
    (c) => c.option('--errors <n>', 'at most this many errors', positiveInt, 50),
    async (api, opts, [id]) => {
      const { syncJob: job } = await api.request(CliJobDocument, { id, errors: opts.errors });
      if (!job) throw new CliError('NOT_FOUND', `sync job ${id} does not exist`);
      emit(opts.json, job, (j) =>
        [
          `${j.id}  ${j.mapping} ${j.direction} ${j.type}  ${j.status}${j.message ? ` - ${j.message}` : ''}`,
          `queued ${j.queuedAt}, started ${j.startedAt ?? '-'}, finished ${j.finishedAt ?? '-'}`,
          `total ${j.total ?? '?'}  processed ${j.processed}  inserted ${j.inserted}  modified ${j.modified}  deleted ${j.deleted}  unchanged ${j.unchanged}  skipped ${j.skipped}  coupled ${j.coupled}  failed ${j.failed}`,
          // A full pass shared by workers: its parts (key ranges), whose counters add up to the job's.
          ...(j.parts.length ? ['', `${j.parts.length} parts`, table(j.parts, ['id', 'status', 'total', 'processed', 'inserted', 'failed', 'finishedAt'])] : []),
          ...(j.errors.length ? ['', table(j.errors, ['erpId', 'crmId', 'message'])] : []),
        ].join('\n'),
      );
    },
  );
}
