import { DataSource } from 'typeorm';
import { transaction } from '../../shared/db';
import { notFound } from '../../shared/errors';
import { TableMappingName } from '../enums';
import { FieldMapping, TableMapping } from '../table-mapping.entity';
import { mappingDef } from '../mappings/registry';
import { defaultFieldRows, defaultSettings, registryColumns } from '../mappings/stored-rows';

/**
 * Puts a table mapping and its field mappings back to the defaults of its registry entry:
 * direction, only-coupled, dependencies, match fields, resolutions, and every field's direction
 * and enabled flag. Watermarks and the job lease stay: a reset must not make incremental sync
 * re-read everything, nor free a mapping a running job holds.
 */
export async function resetTableMapping(db: DataSource, name: TableMappingName): Promise<TableMapping> {
  const current = await db.getRepository(TableMapping).findOneBy({ name });
  if (!current) throw notFound('Table mapping', name);
  const def = mappingDef(name);
  await transaction(db, async (m) => {
    await m.getRepository(TableMapping).update({ name }, { ...registryColumns(def), ...defaultSettings(def) });
    await m.getRepository(FieldMapping).delete({ mapping: name });
    await m.getRepository(FieldMapping).insert(defaultFieldRows(def));
  });
  return (await db.getRepository(TableMapping).findOneBy({ name }))!;
}
