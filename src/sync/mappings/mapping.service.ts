import { DataSource, In } from 'typeorm';
import { transaction } from '../../shared/db';
import { badInput, notFound } from '../../shared/errors';
import { isDuplicateKeyError } from '../../shared/repository';
import { SyncDirection, TableMappingName } from '../enums';
import { FieldMapping, TableMapping } from '../table-mapping.entity';
import { MAPPINGS, mappingDef } from './registry';
import { defaultFieldRows, defaultSettings, registryColumns } from './stored-rows';
import { FieldMappingUpdateInput, TableMappingUpdateInput } from './mapping.input';
import { RecordConnector } from '../connectors/record-connector';
import { fieldCanGo, fieldMappingProblem, FieldMappingTarget } from './field-mapping-rules';

/** True when a field mapping's direction fits inside its table mapping's direction. */
export function directionAllowed(table: SyncDirection, field: SyncDirection): boolean {
  return table === SyncDirection.BIDIRECTIONAL || table === field;
}

/** A stored table mapping with the registry's facts (its stored copies may predate this process's registry). */
function withRegistry(row: TableMapping): TableMapping {
  return Object.assign(row, registryColumns(mappingDef(row.name)));
}

/** Whether the stored copies of registry facts are what the registry says. */
function sameColumns(row: TableMapping, columns: ReturnType<typeof registryColumns>): boolean {
  return Object.entries(columns).every(([k, v]) => JSON.stringify(row[k as keyof TableMapping]) === JSON.stringify(v));
}

/** The two systems' connectors, whose table shapes field mappings are checked against. */
export interface MappingConnectors {
  erp: RecordConnector;
  crm: RecordConnector;
}

/** The integration table mappings and their field mappings, kept as data in the sync store. */
export class MappingService {
  constructor(
    private readonly db: DataSource,
    private readonly connectors: MappingConnectors,
  ) {}

  private target(mapping: TableMapping): FieldMappingTarget {
    return { table: mapping, def: mappingDef(mapping.name), ...this.connectors };
  }

  /**
   * Inserts the registry's mappings that the store lacks (with their default field rows) and
   * refreshes the stored copies of registry facts (tables, dependencies, match fields, position);
   * never overwrites what an admin changed.
   */
  async ensureDefaults(): Promise<void> {
    const existing = new Map((await this.db.getRepository(TableMapping).find()).map((t) => [t.name, t]));
    const missing = MAPPINGS.filter((d) => !existing.has(d.name));
    const stale = MAPPINGS.filter((d) => existing.has(d.name) && !sameColumns(existing.get(d.name)!, registryColumns(d)));
    if (missing.length === 0 && stale.length === 0) return;
    try {
      await transaction(this.db, async (m) => {
        for (const def of stale) await m.getRepository(TableMapping).update({ name: def.name }, registryColumns(def));
        for (const def of missing) {
          await m.getRepository(TableMapping).insert({
            name: def.name,
            ...registryColumns(def),
            ...defaultSettings(def),
            erpWatermark: null,
            crmWatermark: null,
          });
          await m.getRepository(FieldMapping).insert(defaultFieldRows(def));
        }
      });
    } catch (error) {
      // Another process inserted them at the same moment: theirs are as good as ours.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  /** All table mappings in run order (dependencies first, as the registry orders them). */
  async list(): Promise<TableMapping[]> {
    const rows = await this.db.getRepository(TableMapping).find();
    return rows
      .filter((r) => MAPPINGS.some((d) => d.name === r.name))
      .map(withRegistry)
      .sort((a, b) => a.position - b.position);
  }

  async get(name: TableMappingName): Promise<TableMapping | null> {
    const row = await this.db.getRepository(TableMapping).findOneBy({ name });
    return row && withRegistry(row);
  }

  async getOrFail(name: TableMappingName): Promise<TableMapping> {
    const mapping = await this.get(name);
    if (!mapping) throw notFound('Table mapping', name);
    return mapping;
  }

  fields(name: TableMappingName): Promise<FieldMapping[]> {
    return this.db.getRepository(FieldMapping).find({ where: { mapping: name }, order: { position: 'ASC' } });
  }

  /** Changes a table mapping; narrowing its direction also narrows field mappings that no longer fit. */
  async updateTable(name: TableMappingName, input: TableMappingUpdateInput): Promise<TableMapping> {
    if (Object.values(input).some((v) => v === null)) throw badInput('Table mapping settings cannot be set to null');
    const mapping = await this.getOrFail(name);
    if (mappingDef(name).documents && input.syncOnlyCoupledRecords === false) {
      throw badInput(`Table mapping ${name}: documents are created only by convertOrder and processQuote, so syncOnlyCoupledRecords accepts true only`);
    }
    const way = input.direction && input.direction !== SyncDirection.BIDIRECTIONAL ? input.direction : null;
    const fields = way ? await this.fields(name) : [];
    return transaction(this.db, async (m) => {
      Object.assign(mapping, input);
      // Only the settings change: a whole-row save would write back a stale watermark or lease of a running job.
      await m.getRepository(TableMapping).update({ name }, { ...input });
      if (way) {
        // Narrowing moves every field into the new direction; a field that cannot go that way (a key,
        // an ERP-maintained value) is disabled rather than left to be ignored by every sync.
        const target = this.target(mapping);
        const stuck = fields.filter((f) => !fieldCanGo(f, way, target)).map((f) => f.erpField);
        await m.getRepository(FieldMapping).update({ mapping: name }, { direction: way });
        if (stuck.length) await m.getRepository(FieldMapping).update({ mapping: name, erpField: In(stuck) }, { enabled: false });
      }
      return mapping;
    });
  }

  /** Changes one field mapping; its direction must fit inside the table mapping's. */
  async updateField(name: TableMappingName, erpField: string, input: FieldMappingUpdateInput): Promise<FieldMapping> {
    if (input.direction === null || input.enabled === null) throw badInput('direction and enabled cannot be set to null');
    const mapping = await this.getOrFail(name);
    const repo = this.db.getRepository(FieldMapping);
    const field = await repo.findOneBy({ mapping: name, erpField });
    if (!field) throw notFound('Field mapping', `${name}.${erpField}`);
    if (input.direction && !directionAllowed(mapping.direction, input.direction)) {
      throw badInput(`Field direction ${input.direction} does not fit table mapping ${name}, which is ${mapping.direction}`);
    }
    const problem = fieldMappingProblem({ ...field, ...input } as FieldMapping, this.target(mapping));
    if (problem) throw badInput(problem);
    Object.assign(field, input);
    await transaction(this.db, (m) => m.getRepository(FieldMapping).update({ mapping: name, erpField }, { ...input }));
    return field;
  }
}
