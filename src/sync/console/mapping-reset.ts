import { DataSource } from 'typeorm';
import { transaction } from '../../shared/db';
import { notFound } from '../../shared/errors';
import { TableMappingName } from '../enums';
import { FieldMapping, TableMapping } from '../table-mapping.entity';
import { DEFAULT_MAPPINGS, DEFAULT_RESOLUTIONS, defaultFieldRows } from '../mappings/default-mappings';

/**
 * Puts a table mapping and its field mappings back to the defaults (DESIGN.md §3): direction,
 * only-coupled, dependencies, match fields, resolutions, and every field's direction and
 * enabled flag. Watermarks and the job lease stay: a reset must not make incremental sync
 * re-read everything, nor free a mapping a running job holds.
 */
export async function resetTableMapping(db: DataSource, name: TableMappingName): Promise<TableMapping> {
  const def = DEFAULT_MAPPINGS.find((d) => d.name === name);
  const current = await db.getRepository(TableMapping).findOneBy({ name });
  if (!def || !current) throw notFound('Table mapping', name);
  await transaction(db, async (m) => {
    await m.getRepository(TableMapping).update({ name }, {
      direction: def.direction,
      syncOnlyCoupledRecords: def.syncOnlyCoupledRecords,
      dependsOn: def.dependsOn,
      matchFields: def.matchFields,
      ...DEFAULT_RESOLUTIONS,
    });
    await m.getRepository(FieldMapping).delete({ mapping: name });
    await m.getRepository(FieldMapping).insert(defaultFieldRows(def));
  });
  return (await db.getRepository(TableMapping).findOneBy({ name }))!;
}
