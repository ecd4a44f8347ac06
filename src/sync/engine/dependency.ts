import { ErrorCode, TandemError } from '../../shared/errors';
import { mappingDef } from '../mappings/registry';
import type { MissingDependency } from './references';

export type { MissingDependency } from './references';

/** "Salesperson SP01 must be coupled to a SystemUser first". */
export function dependencyMessage(d: MissingDependency): string {
  const { erp, crm } = mappingDef(d.mapping);
  const a = (word: string) => `${/^[AEIO]/.test(word) ? 'an' : 'a'} ${word}`;
  // CRM keys are ids nobody reads: the record's own name comes first there.
  const key = !d.label ? d.key : d.side === 'crm' ? `${d.label} (id ${d.key})` : `${d.key} (${d.label})`;
  return d.side === 'erp'
    ? `${erp.table} ${key} must be coupled to ${a(crm.table)} first (mapping ${d.mapping})`
    : `${crm.table} ${key} must be coupled to ${a(erp.table)} first (mapping ${d.mapping})`;
}

/** The DEPENDENCY_NOT_COUPLED error naming the first missing dependency (all of them in extensions). */
export function dependencyError(missing: MissingDependency[]): TandemError {
  return new TandemError(ErrorCode.DEPENDENCY_NOT_COUPLED, dependencyMessage(missing[0]), {
    dependencies: missing.map((d) => ({ mapping: d.mapping, [d.side === 'erp' ? 'erpId' : 'crmId']: d.key, message: dependencyMessage(d) })),
  });
}

/**
 * The one rule for references: a record whose references (found by mapRecord and the mapping's
 * rules) are not all coupled does not move. Answers the DEPENDENCY_NOT_COUPLED error naming the
 * first record to couple, or null when every reference is coupled.
 */
export function uncoupledError(missing: readonly MissingDependency[]): TandemError | null {
  return missing.length ? dependencyError([...missing]) : null;
}

/** Throws the error of `uncoupledError` when a reference is not coupled. */
export function requireCoupled(missing: readonly MissingDependency[]): void {
  const error = uncoupledError(missing);
  if (error) throw error;
}
