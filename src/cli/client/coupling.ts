import { Command, Option } from 'commander';
import {
  CliCoupleDocument,
  CliCouplingIdsDocument,
  CliCouplingIdsQuery,
  CliCouplingsDocument,
  CliCreateInOtherDocument,
  CliMatchDocument,
  CliResolveConflictDocument,
  CliRestoreSkippedDocument,
  CliSynchronizeNowDocument,
  CliUncoupleDocument,
  CouplingFieldsFragment,
  TableMappingName,
} from '../../client/generated';
import { oneOf, parseOneMapping, positiveInt } from './args';
import { clientCommand } from './command';
import { CliError, ExitCode } from './exit-codes';
import { emit, printJson, table } from './output';
import { followJobs } from './sync';

interface RecordOptions {
  mapping: TableMappingName;
  erp?: string;
  crm?: string;
}

const DIRECTIONS = ['TO_CRM', 'FROM_CRM'] as const;
const COLUMNS = ['id', 'mapping', 'erpId', 'crmId', 'lastSyncResult', 'lastSyncedAt', 'lastSyncError'];

const mappingOption = () => new Option('-m, --mapping <name>', 'the table mapping (any letter case)').argParser(parseOneMapping).makeOptionMandatory();
const recordOptions = (c: Command) => c.addOption(mappingOption()).option('--erp <id>', 'the ERP record (no or code)').option('--crm <id>', 'the CRM record id');

/** The record an option pair names; exactly one of --erp and --crm unless `both`. */
function recordRef(opts: RecordOptions) {
  if (!opts.erp && !opts.crm) throw new CliError('BAD_USER_INPUT', 'name the record with --erp ID or --crm ID');
  return { mapping: opts.mapping, erpId: opts.erp ?? null, crmId: opts.crm ?? null };
}

const showCoupling = (c: CouplingFieldsFragment) => `coupling ${c.id}: ${c.mapping} ERP ${c.erpId} <-> CRM ${c.crmId}${c.lastSyncResult ? ` (${c.lastSyncResult})` : ''}`;

/** `tandem couple|uncouple|create-in-other|sync-now|match|skipped|conflicts`. */
export function registerCouplingCommands(program: Command): void {
  clientCommand<RecordOptions & { sync?: 'TO_CRM' | 'FROM_CRM' }>(
    program,
    'couple',
    'couple one ERP record and one CRM record',
    (c) => recordOptions(c).option('--sync <direction>', 'then overwrite one side (TO_CRM or FROM_CRM)', oneOf(DIRECTIONS)),
    async (api, opts) => {
      if (!opts.erp || !opts.crm) throw new CliError('BAD_USER_INPUT', 'couple needs both --erp ID and --crm ID');
      const { couple } = await api.request(CliCoupleDocument, { input: { mapping: opts.mapping, erpId: opts.erp, crmId: opts.crm, synchronize: opts.sync ?? null } });
      emit(opts.json, couple, showCoupling);
    },
  );
  clientCommand<RecordOptions>(program, 'uncouple', 'remove the coupling of one record', recordOptions, async (api, opts) => {
    const { uncouple } = await api.request(CliUncoupleDocument, { input: recordRef(opts) });
    emit(opts.json, { uncoupled: uncouple }, () => 'uncoupled');
  });
  clientCommand<RecordOptions>(program, 'create-in-other', 'create the record in the other system from its mapped fields and couple it', recordOptions, async (api, opts) => {
    const { createInOther } = await api.request(CliCreateInOtherDocument, { input: recordRef(opts) });
    emit(opts.json, createInOther, showCoupling);
  });
  clientCommand<RecordOptions & { direction: 'TO_CRM' | 'FROM_CRM'; wait?: boolean }>(
    program,
    'sync-now',
    'overwrite one side of a coupled record from the other, and follow the job',
    (c) =>
      recordOptions(c)
        .addOption(new Option('--direction <direction>', 'TO_CRM or FROM_CRM').argParser(oneOf(DIRECTIONS)).makeOptionMandatory())
        .option('--no-wait', 'print the job id and return'),
    async (api, opts) => {
      const { synchronizeNow: job } = await api.request(CliSynchronizeNowDocument, { input: { ...recordRef(opts), direction: opts.direction } });
      if (opts.wait === false) return emit(opts.json, job, (j) => j.id);
      return followJobs(api, [job], opts);
    },
  );
  clientCommand<{ mapping: TableMappingName; on: string[]; create?: boolean; sync?: 'TO_CRM' | 'FROM_CRM'; wait?: boolean }>(
    program,
    'match',
    'couple uncoupled records whose match fields are equal, and follow the job',
    (c) =>
      c
        .addOption(mappingOption())
        .requiredOption('--on <erpField=crmField...>', 'the fields that must be equal, e.g. --on name=name')
        .option('--create', 'create the records that have no match in the other system')
        .option('--sync <direction>', 'then overwrite one side (TO_CRM or FROM_CRM)', oneOf(DIRECTIONS))
        .option('--no-wait', 'print the job id and return'),
    async (api, opts) => {
      const matchOn = opts.on.map((pair) => {
        const [erpField, crmField, extra] = pair.split('=');
        if (!erpField || !crmField || extra !== undefined) throw new CliError('BAD_USER_INPUT', `--on "${pair}" is not erpField=crmField`);
        return { erpField, crmField };
      });
      const { coupleByMatch: job } = await api.request(CliMatchDocument, {
        input: { mapping: opts.mapping, matchOn, createIfNoMatch: opts.create ?? false, synchronize: opts.sync ?? null },
      });
      if (opts.wait === false) return emit(opts.json, job, (j) => j.id);
      return followJobs(api, [job], opts);
    },
  );

  const listOptions = (c: Command) =>
    c.addOption(new Option('-m, --mapping <name>', 'only this table mapping').argParser(parseOneMapping)).option('--first <n>', 'at most this many', positiveInt, 100);
  const skipped = clientCommand<{ mapping?: TableMappingName; first: number }>(
    program,
    'skipped',
    'couplings skipped after failing twice the same way (restore them with "skipped restore")',
    listOptions,
    async (api, opts) => {
      const { couplings } = await api.request(CliCouplingsDocument, { filter: { mapping: opts.mapping ?? null, skipped: true }, first: opts.first });
      emit(opts.json, couplings, (v) => `${table(v.nodes, COLUMNS)}\n(${v.nodes.length} of ${v.totalCount} skipped)`);
    },
  );
  clientCommand<{ all?: boolean; mapping?: TableMappingName }>(
    skipped,
    'restore',
    'restore skipped couplings so the next sync retries them',
    (c) =>
      c
        .argument('[ids...]', 'coupling ids')
        .option('--all', 'every skipped coupling (of -m NAME, if given)')
        .addOption(new Option('-m, --mapping <name>', 'with --all: only this table mapping').argParser(parseOneMapping)),
    async (api, opts, ids) => {
      let targets = ids;
      if (opts.all) {
        targets = [];
        let after: string | null = null;
        for (;;) {
          const { couplings }: CliCouplingIdsQuery = await api.request(CliCouplingIdsDocument, { filter: { mapping: opts.mapping ?? null, skipped: true }, first: 500, after });
          targets.push(...couplings.nodes.map((n) => n.id));
          if (!couplings.pageInfo.hasNextPage) break;
          after = couplings.pageInfo.endCursor ?? null;
        }
      }
      if (!opts.all && targets.length === 0) throw new CliError('BAD_USER_INPUT', 'name the couplings to restore, or use --all');
      const restored = targets.length ? (await api.request(CliRestoreSkippedDocument, { ids: targets })).restoreSkippedCouplings : [];
      emit(opts.json, restored, (v) => `restored ${v.length} coupling(s)`);
    },
  );

  const conflicts = clientCommand<{ mapping?: TableMappingName; first: number }>(
    program,
    'conflicts',
    'couplings in conflict, field by field (settle them with "conflicts resolve")',
    listOptions,
    async (api, opts) => {
      const { couplings } = await api.request(CliCouplingsDocument, { filter: { mapping: opts.mapping ?? null, lastSyncResult: 'CONFLICT' }, first: opts.first });
      if (opts.json) return printJson(couplings);
      const rows = couplings.nodes.flatMap((c) =>
        c.conflicts.map((f) => ({
          id: c.id,
          mapping: c.mapping,
          erpId: c.erpId,
          crmId: c.crmId,
          field: `${f.erpField}/${f.crmField}`,
          base: f.baseValue,
          erp: f.erpValue,
          crm: f.crmValue,
        })),
      );
      process.stdout.write(
        `${table(rows, ['id', 'mapping', 'erpId', 'crmId', 'field', 'base', 'erp', 'crm'])}\n(${couplings.nodes.length} of ${couplings.totalCount} in conflict)\n`,
      );
    },
  );
  clientCommand<{ keep: 'ERP' | 'CRM' }>(
    conflicts,
    'resolve',
    'settle a conflict: keep the ERP or the CRM values',
    (c) => c.argument('<id>', 'coupling id').addOption(new Option('--keep <side>', 'ERP or CRM').argParser(oneOf(['ERP', 'CRM'] as const)).makeOptionMandatory()),
    async (api, opts, [id]) => {
      const { resolveConflict } = await api.request(CliResolveConflictDocument, { couplingId: id, keep: opts.keep });
      emit(opts.json, resolveConflict, showCoupling);
      return ExitCode.OK;
    },
  );
}
