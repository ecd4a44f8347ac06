import { Command, Option } from 'commander';
import { CliMappingDocument, CliMappingsDocument, CliMappingStatusDocument, CliPreviewDocument, CliStatusDocument, TableMappingName } from '../../client/generated';
import { parseMappingName, parseOneMapping } from './args';
import { clientCommand } from './command';
import { CliError } from './exit-codes';
import { ago, emit, table } from './output';

const onOff = (b: boolean) => (b ? 'on' : 'off');

/** `tandem status`, `tandem mappings [NAME]`, `tandem preview [-m NAME...]`. */
export function registerStatusCommands(program: Command): void {
  clientCommand(
    program,
    'status',
    'connection setup and one line per mapping (couplings, last sync, lag, status)',
    (c) => c,
    async (api, opts) => {
      const { connectionSetup, tableMappings } = await api.request(CliStatusDocument);
      const now = Date.now();
      const mappings = await Promise.all(
        tableMappings.map(async (m) => {
          const s = await api.request(CliMappingStatusDocument, { mapping: m.name });
          const last = s.last.nodes[0];
          const success = s.lastSuccess.nodes[0]?.finishedAt ?? null;
          return {
            mapping: m.name,
            direction: m.direction,
            coupled: s.couplings.totalCount,
            skipped: s.skipped.totalCount,
            conflicts: s.conflicts.totalCount,
            lastJob: last ? { id: last.id, type: last.type, status: last.status, finishedAt: last.finishedAt ?? null } : null,
            lastSuccessAt: success,
            lagSeconds: success ? Math.max(0, Math.round((now - Date.parse(success)) / 1000)) : null,
            status: last?.status ?? 'NEVER_SYNCED',
          };
        }),
      );
      emit(opts.json, { url: opts.url, connectionSetup, mappings }, (v) =>
        [
          `gateway  ${v.url}`,
          `sync     ${v.connectionSetup.isEnabled ? `enabled, every ${v.connectionSetup.syncIntervalSeconds} s` : 'disabled'}; auto sales orders ${onOff(v.connectionSetup.autoCreateSalesOrders)}; auto quotes ${onOff(v.connectionSetup.autoProcessQuotes)}`,
          '',
          table(
            v.mappings.map((m) => ({
              ...m,
              lastSync: m.lastJob ? `${m.lastJob.type} ${ago(m.lastJob.finishedAt) ?? 'running'}` : null,
              lag: m.lagSeconds === null ? null : `${m.lagSeconds} s`,
            })),
            ['mapping', 'direction', 'coupled', 'skipped', 'conflicts', 'lastSync', 'lag', 'status'],
          ),
        ].join('\n'),
      );
    },
  );

  clientCommand<object>(
    program,
    'mappings',
    'the table mappings, or one with its field mappings',
    (c) => c.argument('[name]', 'one table mapping (any letter case)', parseOneMapping),
    async (api, opts, [name]) => {
      if (!name) {
        const { tableMappings } = await api.request(CliMappingsDocument);
        return emit(opts.json, tableMappings, (v) => table(v, ['name', 'erpTable', 'crmTable', 'direction', 'dependsOn', 'conflictResolution', 'deletionConflictResolution']));
      }
      const mapping = name as TableMappingName;
      const { tableMapping } = await api.request(CliMappingDocument, { name: mapping });
      if (!tableMapping) throw new CliError('NOT_FOUND', `table mapping ${mapping} does not exist`);
      emit(opts.json, tableMapping, (m) =>
        [
          `${m.name}: ${m.erpTable} <-> ${m.crmTable}, ${m.direction}; depends on ${m.dependsOn.join(', ') || 'nothing'}; conflicts ${m.conflictResolution}, deletions ${m.deletionConflictResolution}${m.syncOnlyCoupledRecords ? '; only coupled records' : ''}`,
          '',
          table(m.fieldMappings, ['erpField', 'crmField', 'direction', 'enabled', 'constantValue']),
        ].join('\n'),
      );
    },
  );

  clientCommand<{ mapping?: TableMappingName[] }>(
    program,
    'preview',
    'what a full synchronization would do, per mapping (writes nothing)',
    (c) => c.addOption(new Option('-m, --mapping <names...>', 'only these table mappings').argParser(parseMappingName)),
    async (api, opts) => {
      const { previewFullSynchronization: lines } = await api.request(CliPreviewDocument, { input: opts.mapping ? { mappings: opts.mapping } : null });
      emit(opts.json, lines, (v) =>
        table(v, ['mapping', 'recommendation', 'erpRecords', 'crmRecords', 'alreadyCoupled', 'wouldCouple', 'wouldCreateInCrm', 'wouldCreateInErp', 'ambiguous']),
      );
    },
  );
}
