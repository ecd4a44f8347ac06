import { ErrorCode, TandemError } from '../../shared/errors';
import { TableMappingName } from '../enums';
import { MAPPING_TABLES } from './tables';

/** A referenced record that must be coupled before the record that refers to it can move. */
export interface MissingDependency {
  mapping: TableMappingName;
  side: 'erp' | 'crm';
  key: string;
  /** A readable name of the record, for the message. */
  label?: string;
}

/** "Salesperson SP01 must be coupled to a SystemUser first". */
export function dependencyMessage(d: MissingDependency): string {
  const t = MAPPING_TABLES[d.mapping];
  const a = (word: string) => `${/^[AEIO]/.test(word) ? 'an' : 'a'} ${word}`;
  // CRM keys are ids nobody reads: the record's own name comes first there.
  const key = !d.label ? d.key : d.side === 'crm' ? `${d.label} (id ${d.key})` : `${d.key} (${d.label})`;
  return d.side === 'erp'
    ? `${t.erpTable} ${key} must be coupled to ${a(t.crmTable)} first (mapping ${d.mapping})`
    : `${t.crmTable} ${key} must be coupled to ${a(t.erpTable)} first (mapping ${d.mapping})`;
}

/** The DEPENDENCY_NOT_COUPLED error naming the first missing dependency (all of them in extensions). */
export function dependencyError(missing: MissingDependency[]): TandemError {
  return new TandemError(ErrorCode.DEPENDENCY_NOT_COUPLED, dependencyMessage(missing[0]), {
    dependencies: missing.map((d) => ({ mapping: d.mapping, [d.side === 'erp' ? 'erpId' : 'crmId']: d.key, message: dependencyMessage(d) })),
  });
}
