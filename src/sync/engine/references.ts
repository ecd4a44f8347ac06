import type { TableMappingName } from '../enums';

// The engine's reference types, in a module of their own: the registry's record rules use them
// without loading the field mapper or the dependency rules (which read the registry).

/** A referenced record that must be coupled before the record that refers to it can move. */
export interface MissingDependency {
  mapping: TableMappingName;
  side: 'erp' | 'crm';
  key: string;
  /** A readable name of the record, for the message. */
  label?: string;
}

/** Translates keys through other mappings' couplings (batched by the caller). */
export interface ReferenceResolver {
  erpToCrm(mapping: TableMappingName, erpId: string): Promise<string | null>;
  crmToErp(mapping: TableMappingName, crmId: string): Promise<string | null>;
  /** The base unit of the unit group coupled to an ERP unit of measure. */
  baseUnitOf(unitGroupId: string): Promise<string | null>;
  /** A readable name of a referenced record (a currency's code for its CRM id), for messages. */
  labelOf?(mapping: TableMappingName, side: 'erp' | 'crm', key: string): Promise<string | null>;
}
