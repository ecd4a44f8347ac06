import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** Exact decimal serialized as a string, e.g. "1250.50" (never a float) */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
  /** calendar date, YYYY-MM-DD */
  LocalDate: { input: string; output: string; }
};

export type Account = {
  __typename?: 'Account';
  accountNumber?: Maybe<Scalars['String']['output']>;
  address1City?: Maybe<Scalars['String']['output']>;
  address1Country?: Maybe<Scalars['String']['output']>;
  address1Line1?: Maybe<Scalars['String']['output']>;
  address1PostalCode?: Maybe<Scalars['String']['output']>;
  contacts: Array<CrmContact>;
  coupledCustomer?: Maybe<Customer>;
  coupling?: Maybe<Coupling>;
  creditLimit?: Maybe<Scalars['Decimal']['output']>;
  defaultPriceListId?: Maybe<Scalars['ID']['output']>;
  emailAddress1?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  modifiedOn: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
  owner?: Maybe<SystemUser>;
  ownerId?: Maybe<Scalars['ID']['output']>;
  state: RecordState;
  telephone1?: Maybe<Scalars['String']['output']>;
  transactionCurrencyId?: Maybe<Scalars['ID']['output']>;
  websiteUrl?: Maybe<Scalars['String']['output']>;
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  nodes: Array<Account>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccountInput = {
  accountNumber?: InputMaybe<Scalars['String']['input']>;
  address1City?: InputMaybe<Scalars['String']['input']>;
  address1Country?: InputMaybe<Scalars['String']['input']>;
  address1Line1?: InputMaybe<Scalars['String']['input']>;
  address1PostalCode?: InputMaybe<Scalars['String']['input']>;
  creditLimit?: InputMaybe<Scalars['Decimal']['input']>;
  defaultPriceListId?: InputMaybe<Scalars['ID']['input']>;
  emailAddress1?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  telephone1?: InputMaybe<Scalars['String']['input']>;
  transactionCurrencyId?: InputMaybe<Scalars['ID']['input']>;
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

export type AccountUpdateInput = {
  accountNumber?: InputMaybe<Scalars['String']['input']>;
  address1City?: InputMaybe<Scalars['String']['input']>;
  address1Country?: InputMaybe<Scalars['String']['input']>;
  address1Line1?: InputMaybe<Scalars['String']['input']>;
  address1PostalCode?: InputMaybe<Scalars['String']['input']>;
  creditLimit?: InputMaybe<Scalars['Decimal']['input']>;
  defaultPriceListId?: InputMaybe<Scalars['ID']['input']>;
  emailAddress1?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<RecordState>;
  telephone1?: InputMaybe<Scalars['String']['input']>;
  transactionCurrencyId?: InputMaybe<Scalars['ID']['input']>;
  websiteUrl?: InputMaybe<Scalars['String']['input']>;
};

export type ConflictResolution =
  | 'GET_UPDATE_FROM_CRM'
  | 'NONE'
  | 'SEND_UPDATE_TO_CRM';

export type ConflictWinner =
  | 'CRM'
  | 'ERP';

export type ConnectionSetup = {
  __typename?: 'ConnectionSetup';
  autoCreateSalesOrders: Scalars['Boolean']['output'];
  autoProcessQuotes: Scalars['Boolean']['output'];
  isEnabled: Scalars['Boolean']['output'];
  /** when any sync job last finished */
  lastJobFinishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** true when synchronization is enabled but no job finished within 3 sync intervals */
  overdue: Scalars['Boolean']['output'];
  syncIntervalSeconds: Scalars['Int']['output'];
};

export type ConnectionSetupInput = {
  autoCreateSalesOrders?: InputMaybe<Scalars['Boolean']['input']>;
  autoProcessQuotes?: InputMaybe<Scalars['Boolean']['input']>;
  isEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  syncIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type Contact = {
  __typename?: 'Contact';
  coupledCrmContact?: Maybe<CrmContact>;
  coupling?: Maybe<Coupling>;
  customerNo?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  jobTitle?: Maybe<Scalars['String']['output']>;
  modifiedAt: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
  no: Scalars['ID']['output'];
  phoneNo?: Maybe<Scalars['String']['output']>;
};

export type ContactInput = {
  customerNo?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  no?: InputMaybe<Scalars['ID']['input']>;
  phoneNo?: InputMaybe<Scalars['String']['input']>;
};

export type CoupleInput = {
  crmId: Scalars['ID']['input'];
  erpId: Scalars['String']['input'];
  mapping: TableMappingName;
  /** TO_CRM or FROM_CRM: overwrite one side right after coupling */
  synchronize?: InputMaybe<SyncDirection>;
};

export type Coupling = {
  __typename?: 'Coupling';
  conflicts: Array<FieldConflict>;
  createdAt: Scalars['DateTimeISO']['output'];
  crmId: Scalars['ID']['output'];
  /** the CRM record's name (null when it no longer exists) */
  crmName?: Maybe<Scalars['String']['output']>;
  erpId: Scalars['String']['output'];
  /** the ERP record's name (null when it no longer exists) */
  erpName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSyncError?: Maybe<Scalars['String']['output']>;
  lastSyncJobId?: Maybe<Scalars['ID']['output']>;
  lastSyncResult?: Maybe<SyncResult>;
  lastSyncedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  mapping: TableMappingName;
  skipped: Scalars['Boolean']['output'];
};

export type CouplingConnection = {
  __typename?: 'CouplingConnection';
  nodes: Array<Coupling>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CouplingFilter = {
  lastSyncResult?: InputMaybe<SyncResult>;
  mapping?: InputMaybe<TableMappingName>;
  skipped?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CrmContact = {
  __typename?: 'CrmContact';
  coupledContact?: Maybe<Contact>;
  coupling?: Maybe<Coupling>;
  emailAddress1?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle?: Maybe<Scalars['String']['output']>;
  modifiedOn: Scalars['DateTimeISO']['output'];
  parentAccountId?: Maybe<Scalars['ID']['output']>;
  telephone1?: Maybe<Scalars['String']['output']>;
};

export type CrmContactInput = {
  emailAddress1?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  parentAccountId?: InputMaybe<Scalars['ID']['input']>;
  telephone1?: InputMaybe<Scalars['String']['input']>;
};

export type Currency = {
  __typename?: 'Currency';
  code: Scalars['ID']['output'];
  coupledTransactionCurrency?: Maybe<TransactionCurrency>;
  coupling?: Maybe<Coupling>;
  description: Scalars['String']['output'];
  exchangeRate: Scalars['Decimal']['output'];
  modifiedAt: Scalars['DateTimeISO']['output'];
};

export type CurrencyInput = {
  code: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  exchangeRate?: InputMaybe<Scalars['Decimal']['input']>;
};

export type Customer = {
  __typename?: 'Customer';
  address?: Maybe<Scalars['String']['output']>;
  blocked: Scalars['Boolean']['output'];
  city?: Maybe<Scalars['String']['output']>;
  contacts: Array<Contact>;
  countryCode?: Maybe<Scalars['String']['output']>;
  coupledAccount?: Maybe<Account>;
  coupling?: Maybe<Coupling>;
  creditLimit: Scalars['Decimal']['output'];
  currencyCode?: Maybe<Scalars['String']['output']>;
  customerPriceGroupCode?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  homePage?: Maybe<Scalars['String']['output']>;
  modifiedAt: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
  no: Scalars['ID']['output'];
  phoneNo?: Maybe<Scalars['String']['output']>;
  postCode?: Maybe<Scalars['String']['output']>;
  salesperson?: Maybe<Salesperson>;
  salespersonCode?: Maybe<Scalars['String']['output']>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  nodes: Array<Customer>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  creditLimit?: InputMaybe<Scalars['Decimal']['input']>;
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  customerPriceGroupCode?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  homePage?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** omitted: assigned from the customer number series */
  no?: InputMaybe<Scalars['ID']['input']>;
  phoneNo?: InputMaybe<Scalars['String']['input']>;
  postCode?: InputMaybe<Scalars['String']['input']>;
  salespersonCode?: InputMaybe<Scalars['String']['input']>;
};

export type CustomerPriceGroup = {
  __typename?: 'CustomerPriceGroup';
  code: Scalars['ID']['output'];
  coupledPriceList?: Maybe<PriceList>;
  coupling?: Maybe<Coupling>;
  description: Scalars['String']['output'];
  modifiedAt: Scalars['DateTimeISO']['output'];
  prices: Array<SalesPrice>;
};

export type CustomerPriceGroupInput = {
  code: Scalars['ID']['input'];
  description: Scalars['String']['input'];
};

export type CustomerUpdateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  blocked?: InputMaybe<Scalars['Boolean']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  creditLimit?: InputMaybe<Scalars['Decimal']['input']>;
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  customerPriceGroupCode?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  homePage?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phoneNo?: InputMaybe<Scalars['String']['input']>;
  postCode?: InputMaybe<Scalars['String']['input']>;
  salespersonCode?: InputMaybe<Scalars['String']['input']>;
};

export type DeletionConflictResolution =
  | 'NONE'
  | 'REMOVE_COUPLING'
  | 'RESTORE_RECORDS';

export type DocumentLineInput = {
  manualDiscountAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** omitted: taken from the price list, else from the product */
  pricePerUnit?: InputMaybe<Scalars['Decimal']['input']>;
  /** required for a write-in line; any length */
  productDescription?: InputMaybe<Scalars['String']['input']>;
  /** a catalogue product; omit it for a write-in product */
  productId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Decimal']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type FieldConflict = {
  __typename?: 'FieldConflict';
  baseValue?: Maybe<Scalars['String']['output']>;
  crmField: Scalars['String']['output'];
  crmValue?: Maybe<Scalars['String']['output']>;
  erpField: Scalars['String']['output'];
  erpValue?: Maybe<Scalars['String']['output']>;
};

export type FieldMapping = {
  __typename?: 'FieldMapping';
  constantValue?: Maybe<Scalars['String']['output']>;
  crmField: Scalars['String']['output'];
  direction: SyncDirection;
  enabled: Scalars['Boolean']['output'];
  erpField: Scalars['String']['output'];
};

export type FieldMappingUpdateInput = {
  constantValue?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SyncDirection>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
};

export type FullSyncInput = {
  mappings?: InputMaybe<Array<TableMappingName>>;
};

export type FullSyncRecommendation =
  | 'COUPLE_RECORDS'
  | 'FULL_SYNCHRONIZATION'
  | 'NO_RECORDS';

export type FullSyncReviewLine = {
  __typename?: 'FullSyncReviewLine';
  dependsOn: Array<TableMappingName>;
  direction: SyncDirection;
  fromCrmJob?: Maybe<SyncJob>;
  mapping: TableMappingName;
  /** why a line waits or failed */
  message?: Maybe<Scalars['String']['output']>;
  recommendation: FullSyncRecommendation;
  status: SyncJobStatus;
  toCrmJob?: Maybe<SyncJob>;
};

export type FullSyncRun = {
  __typename?: 'FullSyncRun';
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<FullSyncReviewLine>;
  startedAt: Scalars['DateTimeISO']['output'];
  status: SyncJobStatus;
};

export type Item = {
  __typename?: 'Item';
  baseUnitOfMeasureCode: Scalars['String']['output'];
  blocked: Scalars['Boolean']['output'];
  coupledProduct?: Maybe<Product>;
  coupling?: Maybe<Coupling>;
  description: Scalars['String']['output'];
  inventory: Scalars['Decimal']['output'];
  modifiedAt: Scalars['DateTimeISO']['output'];
  no: Scalars['ID']['output'];
  type: ItemType;
  unitCost: Scalars['Decimal']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

export type ItemConnection = {
  __typename?: 'ItemConnection';
  nodes: Array<Item>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ItemInput = {
  baseUnitOfMeasureCode: Scalars['String']['input'];
  description: Scalars['String']['input'];
  no?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<ItemType>;
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

export type ItemType =
  | 'INVENTORY'
  | 'NON_INVENTORY'
  | 'SERVICE';

export type ItemUpdateInput = {
  baseUnitOfMeasureCode?: InputMaybe<Scalars['String']['input']>;
  blocked?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** DISABLED: synchronization is off in the connection setup; FAILING: the last finished job failed; DELAYED: no success within 3 sync intervals; ON_TIME otherwise */
export type MappingSyncStatus =
  | 'DELAYED'
  | 'DISABLED'
  | 'FAILING'
  | 'ON_TIME';

export type MatchCouplingInput = {
  createIfNoMatch?: InputMaybe<Scalars['Boolean']['input']>;
  mapping: TableMappingName;
  matchOn: Array<MatchFieldInput>;
  synchronize?: InputMaybe<SyncDirection>;
};

export type MatchFieldInput = {
  crmField: Scalars['String']['input'];
  erpField: Scalars['String']['input'];
};

/** the caller, as the gateway authenticated it */
export type Me = {
  __typename?: 'Me';
  role: Role;
};

export type Mutation = {
  __typename?: 'Mutation';
  activateQuote: Quote;
  adjustItemInventory: Item;
  cancelOrder: Order;
  cancelSyncJob: SyncJob;
  /** Create in ERP: converts a SUBMITTED CRM order into an ERP sales order */
  convertOrder: SalesOrder;
  couple: Coupling;
  coupleByMatch: SyncJob;
  createAccount: Account;
  createContact: Contact;
  createCrmContact: CrmContact;
  createCurrency: Currency;
  createCustomer: Customer;
  createCustomerPriceGroup: CustomerPriceGroup;
  createInOther: Coupling;
  createItem: Item;
  createOrder: Order;
  createPriceList: PriceList;
  createPriceListItem: PriceListItem;
  createProduct: Product;
  createQuote: Quote;
  createResource: Resource;
  createSalesPrice: SalesPrice;
  createSalesperson: Salesperson;
  createSystemUser: SystemUser;
  createTransactionCurrency: TransactionCurrency;
  createUnitGroup: UnitGroup;
  createUnitOfMeasure: UnitOfMeasure;
  /** Creates records under keys chosen beforehand, in one transaction */
  crmCreateRecords: Array<Scalars['JSONObject']['output']>;
  /** Deletes records by key, in one transaction (absent keys are ignored) */
  crmDeleteRecords: Scalars['Int']['output'];
  /** Writes prepared rows (their keys chosen by the caller) in one transaction; CONFLICT when a key or unique value exists */
  crmInsertRecords: Scalars['Int']['output'];
  /** Chooses the keys of records about to be created (a block of a number series, UUIDs) */
  crmNewRecordKeys: Array<Scalars['String']['output']>;
  /** Writes the given fields of existing records, in one transaction, and answers them as stored */
  crmUpdateRecords: Array<Scalars['JSONObject']['output']>;
  deleteAccount: Scalars['Boolean']['output'];
  deleteCustomer: Scalars['Boolean']['output'];
  /** Creates records under keys chosen beforehand, in one transaction */
  erpCreateRecords: Array<Scalars['JSONObject']['output']>;
  /** Deletes records by key, in one transaction (absent keys are ignored) */
  erpDeleteRecords: Scalars['Int']['output'];
  /** Writes prepared rows (their keys chosen by the caller) in one transaction; CONFLICT when a key or unique value exists */
  erpInsertRecords: Scalars['Int']['output'];
  /** Chooses the keys of records about to be created (a block of a number series, UUIDs) */
  erpNewRecordKeys: Array<Scalars['String']['output']>;
  /** Takes the next number of the ORDER or QUOTE series, for a document about to be written */
  erpNextSalesDocumentNo: Scalars['String']['output'];
  /** Writes the given fields of existing records, in one transaction, and answers them as stored */
  erpUpdateRecords: Array<Scalars['JSONObject']['output']>;
  /** Writes an ERP sales order or quote under a number taken beforehand (QUOTE_REVISION archives the quote and overwrites it); answers its number */
  erpWriteSalesDocument: Scalars['String']['output'];
  invoiceSalesOrder: SalesOrder;
  /** Process in ERP: turns an ACTIVE or WON CRM quote into an ERP sales quote */
  processQuote: SalesQuote;
  releaseSalesOrder: SalesOrder;
  /** puts a table mapping and its field mappings back to the defaults (watermarks kept) */
  resetTableMapping: TableMapping;
  resolveConflict: Coupling;
  restoreSkippedCouplings: Array<Coupling>;
  /** closes the quote and returns a new DRAFT revision (same quoteNumber, revisionNumber + 1) */
  reviseQuote: Quote;
  runFullSynchronization: FullSyncRun;
  runIncrementalSynchronization: Array<SyncJob>;
  shipSalesOrder: SalesOrder;
  submitOrder: Order;
  synchronizeNow: SyncJob;
  uncouple: Scalars['Boolean']['output'];
  updateAccount: Account;
  updateConnectionSetup: ConnectionSetup;
  updateCustomer: Customer;
  updateFieldMapping: FieldMapping;
  updateItem: Item;
  updateProduct: Product;
  updateQuote: Quote;
  updateSalesOrder: SalesOrder;
  updateSalesSetup: SalesSetup;
  updateSalesperson: Salesperson;
  updateTableMapping: TableMapping;
  /** closes an ACTIVE quote as WON and returns a new ACTIVE order for it (Order.quoteId) */
  winQuote: Order;
};


export type MutationActivateQuoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAdjustItemInventoryArgs = {
  delta: Scalars['Decimal']['input'];
  no: Scalars['ID']['input'];
};


export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelSyncJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConvertOrderArgs = {
  crmOrderId: Scalars['ID']['input'];
};


export type MutationCoupleArgs = {
  input: CoupleInput;
};


export type MutationCoupleByMatchArgs = {
  input: MatchCouplingInput;
};


export type MutationCreateAccountArgs = {
  input: AccountInput;
};


export type MutationCreateContactArgs = {
  input: ContactInput;
};


export type MutationCreateCrmContactArgs = {
  input: CrmContactInput;
};


export type MutationCreateCurrencyArgs = {
  input: CurrencyInput;
};


export type MutationCreateCustomerArgs = {
  input: CustomerInput;
};


export type MutationCreateCustomerPriceGroupArgs = {
  input: CustomerPriceGroupInput;
};


export type MutationCreateInOtherArgs = {
  input: RecordRefInput;
};


export type MutationCreateItemArgs = {
  input: ItemInput;
};


export type MutationCreateOrderArgs = {
  input: OrderInput;
};


export type MutationCreatePriceListArgs = {
  input: PriceListInput;
};


export type MutationCreatePriceListItemArgs = {
  input: PriceListItemInput;
};


export type MutationCreateProductArgs = {
  input: ProductInput;
};


export type MutationCreateQuoteArgs = {
  input: QuoteInput;
};


export type MutationCreateResourceArgs = {
  input: ResourceInput;
};


export type MutationCreateSalesPriceArgs = {
  input: SalesPriceInput;
};


export type MutationCreateSalespersonArgs = {
  input: SalespersonInput;
};


export type MutationCreateSystemUserArgs = {
  input: SystemUserInput;
};


export type MutationCreateTransactionCurrencyArgs = {
  input: TransactionCurrencyInput;
};


export type MutationCreateUnitGroupArgs = {
  input: UnitGroupInput;
};


export type MutationCreateUnitOfMeasureArgs = {
  input: UnitOfMeasureInput;
};


export type MutationCrmCreateRecordsArgs = {
  records: Array<Scalars['JSONObject']['input']>;
  table: Scalars['String']['input'];
};


export type MutationCrmDeleteRecordsArgs = {
  keys: Array<Scalars['String']['input']>;
  table: Scalars['String']['input'];
};


export type MutationCrmInsertRecordsArgs = {
  rows: Array<Scalars['JSONObject']['input']>;
  table: Scalars['String']['input'];
};


export type MutationCrmNewRecordKeysArgs = {
  fields: Array<Scalars['JSONObject']['input']>;
  table: Scalars['String']['input'];
};


export type MutationCrmUpdateRecordsArgs = {
  records: Array<Scalars['JSONObject']['input']>;
  table: Scalars['String']['input'];
};


export type MutationDeleteAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCustomerArgs = {
  no: Scalars['ID']['input'];
};


export type MutationErpCreateRecordsArgs = {
  records: Array<Scalars['JSONObject']['input']>;
  table: Scalars['String']['input'];
};


export type MutationErpDeleteRecordsArgs = {
  keys: Array<Scalars['String']['input']>;
  table: Scalars['String']['input'];
};


export type MutationErpInsertRecordsArgs = {
  rows: Array<Scalars['JSONObject']['input']>;
  table: Scalars['String']['input'];
};


export type MutationErpNewRecordKeysArgs = {
  fields: Array<Scalars['JSONObject']['input']>;
  table: Scalars['String']['input'];
};


export type MutationErpNextSalesDocumentNoArgs = {
  kind: Scalars['String']['input'];
};


export type MutationErpUpdateRecordsArgs = {
  records: Array<Scalars['JSONObject']['input']>;
  table: Scalars['String']['input'];
};


export type MutationErpWriteSalesDocumentArgs = {
  header: Scalars['JSONObject']['input'];
  kind: Scalars['String']['input'];
  lines: Array<Scalars['JSONObject']['input']>;
  no: Scalars['String']['input'];
};


export type MutationInvoiceSalesOrderArgs = {
  no: Scalars['ID']['input'];
};


export type MutationProcessQuoteArgs = {
  crmQuoteId: Scalars['ID']['input'];
};


export type MutationReleaseSalesOrderArgs = {
  no: Scalars['ID']['input'];
};


export type MutationResetTableMappingArgs = {
  name: TableMappingName;
};


export type MutationResolveConflictArgs = {
  couplingId: Scalars['ID']['input'];
  keep: ConflictWinner;
};


export type MutationRestoreSkippedCouplingsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReviseQuoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunFullSynchronizationArgs = {
  input?: InputMaybe<FullSyncInput>;
};


export type MutationRunIncrementalSynchronizationArgs = {
  mappings?: InputMaybe<Array<TableMappingName>>;
};


export type MutationShipSalesOrderArgs = {
  no: Scalars['ID']['input'];
};


export type MutationSubmitOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSynchronizeNowArgs = {
  input: SynchronizeNowInput;
};


export type MutationUncoupleArgs = {
  input: RecordRefInput;
};


export type MutationUpdateAccountArgs = {
  id: Scalars['ID']['input'];
  input: AccountUpdateInput;
};


export type MutationUpdateConnectionSetupArgs = {
  input: ConnectionSetupInput;
};


export type MutationUpdateCustomerArgs = {
  input: CustomerUpdateInput;
  no: Scalars['ID']['input'];
};


export type MutationUpdateFieldMappingArgs = {
  erpField: Scalars['String']['input'];
  input: FieldMappingUpdateInput;
  mapping: TableMappingName;
};


export type MutationUpdateItemArgs = {
  input: ItemUpdateInput;
  no: Scalars['ID']['input'];
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: ProductUpdateInput;
};


export type MutationUpdateQuoteArgs = {
  id: Scalars['ID']['input'];
  input: QuoteUpdateInput;
};


export type MutationUpdateSalesOrderArgs = {
  input: SalesOrderUpdateInput;
  no: Scalars['ID']['input'];
};


export type MutationUpdateSalesSetupArgs = {
  input: SalesSetupInput;
};


export type MutationUpdateSalespersonArgs = {
  code: Scalars['ID']['input'];
  input: SalespersonUpdateInput;
};


export type MutationUpdateTableMappingArgs = {
  input: TableMappingUpdateInput;
  name: TableMappingName;
};


export type MutationWinQuoteArgs = {
  id: Scalars['ID']['input'];
};

export type Order = {
  __typename?: 'Order';
  coupledSalesOrder?: Maybe<SalesOrder>;
  coupling?: Maybe<Coupling>;
  customer?: Maybe<Account>;
  customerId: Scalars['ID']['output'];
  dateFulfilled?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  lastBackofficeSubmit?: Maybe<Scalars['LocalDate']['output']>;
  lines: Array<OrderLine>;
  modifiedOn: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
  orderNumber: Scalars['String']['output'];
  priceListId?: Maybe<Scalars['ID']['output']>;
  quoteId?: Maybe<Scalars['ID']['output']>;
  requestDeliveryBy?: Maybe<Scalars['LocalDate']['output']>;
  state: OrderState;
  timeline: Array<Post>;
  totalAmount: Scalars['Decimal']['output'];
  transactionCurrencyId?: Maybe<Scalars['ID']['output']>;
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  nodes: Array<Order>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderInput = {
  customerId: Scalars['ID']['input'];
  lines?: InputMaybe<Array<DocumentLineInput>>;
  name: Scalars['String']['input'];
  priceListId?: InputMaybe<Scalars['ID']['input']>;
  requestDeliveryBy?: InputMaybe<Scalars['LocalDate']['input']>;
  transactionCurrencyId?: InputMaybe<Scalars['ID']['input']>;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  extendedAmount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  isWriteIn: Scalars['Boolean']['output'];
  lineNumber: Scalars['Int']['output'];
  manualDiscountAmount: Scalars['Decimal']['output'];
  pricePerUnit: Scalars['Decimal']['output'];
  productDescription?: Maybe<Scalars['String']['output']>;
  productId?: Maybe<Scalars['ID']['output']>;
  quantity: Scalars['Decimal']['output'];
  unitId?: Maybe<Scalars['ID']['output']>;
};

export type OrderState =
  | 'ACTIVE'
  | 'CANCELED'
  | 'FULFILLED'
  | 'INVOICED'
  | 'SUBMITTED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Post = {
  __typename?: 'Post';
  createdOn: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  regardingId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type PriceList = {
  __typename?: 'PriceList';
  coupledCustomerPriceGroup?: Maybe<CustomerPriceGroup>;
  coupling?: Maybe<Coupling>;
  id: Scalars['ID']['output'];
  items: Array<PriceListItem>;
  modifiedOn: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
  transactionCurrencyId?: Maybe<Scalars['ID']['output']>;
};

export type PriceListInput = {
  name: Scalars['String']['input'];
  transactionCurrencyId?: InputMaybe<Scalars['ID']['input']>;
};

export type PriceListItem = {
  __typename?: 'PriceListItem';
  amount: Scalars['Decimal']['output'];
  coupledSalesPrice?: Maybe<SalesPrice>;
  coupling?: Maybe<Coupling>;
  id: Scalars['ID']['output'];
  modifiedOn: Scalars['DateTimeISO']['output'];
  priceListId: Scalars['ID']['output'];
  productId: Scalars['ID']['output'];
  unitId: Scalars['ID']['output'];
};

export type PriceListItemInput = {
  amount: Scalars['Decimal']['input'];
  priceListId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};

export type Product = {
  __typename?: 'Product';
  /** live inventory of the coupled ERP item; null when not coupled to an item */
  availability?: Maybe<Scalars['Decimal']['output']>;
  coupledItem?: Maybe<Item>;
  coupledResource?: Maybe<Resource>;
  coupling?: Maybe<Coupling>;
  defaultUnitId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  modifiedOn: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
  price?: Maybe<Scalars['Decimal']['output']>;
  productNumber: Scalars['String']['output'];
  productType: ProductType;
  quantityOnHand?: Maybe<Scalars['Decimal']['output']>;
  standardCost?: Maybe<Scalars['Decimal']['output']>;
  state: ProductState;
  unitGroupId?: Maybe<Scalars['ID']['output']>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  nodes: Array<Product>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductInput = {
  defaultUnitId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  price?: InputMaybe<Scalars['Decimal']['input']>;
  productNumber: Scalars['String']['input'];
  productType?: InputMaybe<ProductType>;
  standardCost?: InputMaybe<Scalars['Decimal']['input']>;
  unitGroupId?: InputMaybe<Scalars['ID']['input']>;
};

export type ProductState =
  | 'ACTIVE'
  | 'DRAFT'
  | 'RETIRED';

export type ProductType =
  | 'SALES_INVENTORY'
  | 'SERVICES';

export type ProductUpdateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  price?: InputMaybe<Scalars['Decimal']['input']>;
  standardCost?: InputMaybe<Scalars['Decimal']['input']>;
  state?: InputMaybe<ProductState>;
};

export type Query = {
  __typename?: 'Query';
  account?: Maybe<Account>;
  accounts: AccountConnection;
  connectionSetup: ConnectionSetup;
  contact?: Maybe<Contact>;
  coupling?: Maybe<Coupling>;
  couplings: CouplingConnection;
  /** The id of a unit group's base unit */
  crmBaseUnitId?: Maybe<Scalars['String']['output']>;
  crmContact?: Maybe<CrmContact>;
  /** The rows createRecords would write (fitted values and defaults); writes nothing */
  crmPrepareRecords: Array<Scalars['JSONObject']['output']>;
  /** How many records a table has (those whose fields equal `where`, when given) */
  crmRecordCount: Scalars['Int']['output'];
  /** One page in key order after afterKey (and up to untilKey, inclusive, when given) */
  crmRecordPage: Array<Scalars['JSONObject']['output']>;
  /** Every table the sync engine reaches, with its key, modification field and field shapes */
  crmRecordTables: Array<Scalars['JSONObject']['output']>;
  /** Records by key (absent keys are left out) */
  crmRecords: Array<Scalars['JSONObject']['output']>;
  /** Records whose field is one of the values */
  crmRecordsBy: Array<Scalars['JSONObject']['output']>;
  /** Keys of records deleted after `since`, oldest first: { key, deletedAt } */
  crmRecordsDeletedSince: Array<Scalars['JSONObject']['output']>;
  /** Records modified after `since`, in (modification time, key) order, after the position (afterAt, afterKey) */
  crmRecordsModifiedSince: Array<Scalars['JSONObject']['output']>;
  currencies: Array<Currency>;
  currency?: Maybe<Currency>;
  customer?: Maybe<Customer>;
  customerPriceGroup?: Maybe<CustomerPriceGroup>;
  customerPriceGroups: Array<CustomerPriceGroup>;
  customers: CustomerConnection;
  /** Live inventory by item number: { [no]: Decimal string } (missing items left out) */
  erpItemInventory: Scalars['JSONObject']['output'];
  /** The rows createRecords would write (fitted values and defaults); writes nothing */
  erpPrepareRecords: Array<Scalars['JSONObject']['output']>;
  /** How many records a table has (those whose fields equal `where`, when given) */
  erpRecordCount: Scalars['Int']['output'];
  /** One page in key order after afterKey (and up to untilKey, inclusive, when given) */
  erpRecordPage: Array<Scalars['JSONObject']['output']>;
  /** Every table the sync engine reaches, with its key, modification field and field shapes */
  erpRecordTables: Array<Scalars['JSONObject']['output']>;
  /** Records by key (absent keys are left out) */
  erpRecords: Array<Scalars['JSONObject']['output']>;
  /** Records whose field is one of the values */
  erpRecordsBy: Array<Scalars['JSONObject']['output']>;
  /** Keys of records deleted after `since`, oldest first: { key, deletedAt } */
  erpRecordsDeletedSince: Array<Scalars['JSONObject']['output']>;
  /** Records modified after `since`, in (modification time, key) order, after the position (afterAt, afterKey) */
  erpRecordsModifiedSince: Array<Scalars['JSONObject']['output']>;
  /** The write-in product of the sales setup: { type, no }, or null when none is set */
  erpWriteInProduct?: Maybe<Scalars['JSONObject']['output']>;
  fullSyncRun?: Maybe<FullSyncRun>;
  fullSyncRuns: Array<FullSyncRun>;
  item?: Maybe<Item>;
  items: ItemConnection;
  /** the latest jobs first (queued time), optionally filtered; first at most 500 (default 50) */
  latestSyncJobs: Array<SyncJob>;
  /** the caller and its role */
  me: Me;
  order?: Maybe<Order>;
  orders: OrderConnection;
  previewFullSynchronization: Array<SyncPreviewLine>;
  priceList?: Maybe<PriceList>;
  priceLists: Array<PriceList>;
  product?: Maybe<Product>;
  products: ProductConnection;
  quote?: Maybe<Quote>;
  quotes: QuoteConnection;
  resource?: Maybe<Resource>;
  resources: ResourceConnection;
  salesOrder?: Maybe<SalesOrder>;
  salesOrders: SalesOrderConnection;
  salesPrice?: Maybe<SalesPrice>;
  salesQuote?: Maybe<SalesQuote>;
  salesQuotes: SalesQuoteConnection;
  salesSetup: SalesSetup;
  salespeople: Array<Salesperson>;
  salesperson?: Maybe<Salesperson>;
  syncJob?: Maybe<SyncJob>;
  syncJobs: SyncJobConnection;
  systemUser?: Maybe<SystemUser>;
  systemUsers: Array<SystemUser>;
  tableMapping?: Maybe<TableMapping>;
  tableMappings: Array<TableMapping>;
  transactionCurrencies: Array<TransactionCurrency>;
  transactionCurrency?: Maybe<TransactionCurrency>;
  unitGroup?: Maybe<UnitGroup>;
  unitGroups: Array<UnitGroup>;
  unitOfMeasure?: Maybe<UnitOfMeasure>;
  unitsOfMeasure: Array<UnitOfMeasure>;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modifiedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryContactArgs = {
  no: Scalars['ID']['input'];
};


export type QueryCouplingArgs = {
  crmId?: InputMaybe<Scalars['ID']['input']>;
  erpId?: InputMaybe<Scalars['String']['input']>;
  mapping: TableMappingName;
};


export type QueryCouplingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouplingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCrmBaseUnitIdArgs = {
  unitGroupId: Scalars['String']['input'];
};


export type QueryCrmContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCrmPrepareRecordsArgs = {
  records: Array<Scalars['JSONObject']['input']>;
  table: Scalars['String']['input'];
};


export type QueryCrmRecordCountArgs = {
  table: Scalars['String']['input'];
  where?: InputMaybe<Scalars['JSONObject']['input']>;
};


export type QueryCrmRecordPageArgs = {
  afterKey?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  table: Scalars['String']['input'];
  untilKey?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCrmRecordsArgs = {
  keys: Array<Scalars['String']['input']>;
  table: Scalars['String']['input'];
};


export type QueryCrmRecordsByArgs = {
  field: Scalars['String']['input'];
  table: Scalars['String']['input'];
  values: Array<Scalars['JSON']['input']>;
};


export type QueryCrmRecordsDeletedSinceArgs = {
  limit: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  table: Scalars['String']['input'];
};


export type QueryCrmRecordsModifiedSinceArgs = {
  afterAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  afterKey?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  table: Scalars['String']['input'];
};


export type QueryCurrencyArgs = {
  code: Scalars['ID']['input'];
};


export type QueryCustomerArgs = {
  no: Scalars['ID']['input'];
};


export type QueryCustomerPriceGroupArgs = {
  code: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modifiedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryErpItemInventoryArgs = {
  itemNos: Array<Scalars['String']['input']>;
};


export type QueryErpPrepareRecordsArgs = {
  records: Array<Scalars['JSONObject']['input']>;
  table: Scalars['String']['input'];
};


export type QueryErpRecordCountArgs = {
  table: Scalars['String']['input'];
  where?: InputMaybe<Scalars['JSONObject']['input']>;
};


export type QueryErpRecordPageArgs = {
  afterKey?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  table: Scalars['String']['input'];
  untilKey?: InputMaybe<Scalars['String']['input']>;
};


export type QueryErpRecordsArgs = {
  keys: Array<Scalars['String']['input']>;
  table: Scalars['String']['input'];
};


export type QueryErpRecordsByArgs = {
  field: Scalars['String']['input'];
  table: Scalars['String']['input'];
  values: Array<Scalars['JSON']['input']>;
};


export type QueryErpRecordsDeletedSinceArgs = {
  limit: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  table: Scalars['String']['input'];
};


export type QueryErpRecordsModifiedSinceArgs = {
  afterAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  afterKey?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  table: Scalars['String']['input'];
};


export type QueryFullSyncRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFullSyncRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryItemArgs = {
  no: Scalars['ID']['input'];
};


export type QueryItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modifiedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLatestSyncJobsArgs = {
  filter?: InputMaybe<SyncJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<OrderState>;
};


export type QueryPreviewFullSynchronizationArgs = {
  input?: InputMaybe<FullSyncInput>;
};


export type QueryPriceListArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modifiedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<QuoteState>;
};


export type QueryResourceArgs = {
  no: Scalars['ID']['input'];
};


export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modifiedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySalesOrderArgs = {
  no: Scalars['ID']['input'];
};


export type QuerySalesOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySalesPriceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySalesQuoteArgs = {
  no: Scalars['ID']['input'];
};


export type QuerySalesQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySalespersonArgs = {
  code: Scalars['ID']['input'];
};


export type QuerySyncJobArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySyncJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SyncJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SyncJobSort>;
};


export type QuerySystemUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTableMappingArgs = {
  name: TableMappingName;
};


export type QueryTransactionCurrencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitOfMeasureArgs = {
  code: Scalars['ID']['input'];
};

export type Quote = {
  __typename?: 'Quote';
  coupledSalesQuote?: Maybe<SalesQuote>;
  coupling?: Maybe<Coupling>;
  customer?: Maybe<Account>;
  customerId: Scalars['ID']['output'];
  effectiveFrom?: Maybe<Scalars['LocalDate']['output']>;
  effectiveTo?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<QuoteLine>;
  modifiedOn: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
  quoteNumber: Scalars['String']['output'];
  revisionNumber: Scalars['Int']['output'];
  state: QuoteState;
  totalAmount: Scalars['Decimal']['output'];
};

export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  nodes: Array<Quote>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuoteInput = {
  customerId: Scalars['ID']['input'];
  effectiveFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  effectiveTo?: InputMaybe<Scalars['LocalDate']['input']>;
  lines?: InputMaybe<Array<DocumentLineInput>>;
  name: Scalars['String']['input'];
  priceListId?: InputMaybe<Scalars['ID']['input']>;
};

export type QuoteLine = {
  __typename?: 'QuoteLine';
  extendedAmount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  isWriteIn: Scalars['Boolean']['output'];
  lineNumber: Scalars['Int']['output'];
  manualDiscountAmount: Scalars['Decimal']['output'];
  pricePerUnit: Scalars['Decimal']['output'];
  productDescription?: Maybe<Scalars['String']['output']>;
  productId?: Maybe<Scalars['ID']['output']>;
  quantity: Scalars['Decimal']['output'];
  unitId?: Maybe<Scalars['ID']['output']>;
};

export type QuoteState =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DRAFT'
  | 'WON';

export type QuoteUpdateInput = {
  effectiveFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  effectiveTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** replaces all lines; only while the quote is DRAFT */
  lines?: InputMaybe<Array<DocumentLineInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type RecordRefInput = {
  crmId?: InputMaybe<Scalars['ID']['input']>;
  erpId?: InputMaybe<Scalars['String']['input']>;
  mapping: TableMappingName;
};

export type RecordState =
  | 'ACTIVE'
  | 'INACTIVE';

export type Resource = {
  __typename?: 'Resource';
  baseUnitOfMeasureCode: Scalars['String']['output'];
  blocked: Scalars['Boolean']['output'];
  coupledProduct?: Maybe<Product>;
  coupling?: Maybe<Coupling>;
  modifiedAt: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
  no: Scalars['ID']['output'];
  unitCost: Scalars['Decimal']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  nodes: Array<Resource>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResourceInput = {
  baseUnitOfMeasureCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  no?: InputMaybe<Scalars['ID']['input']>;
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** viewer reads; operator also runs business mutations and syncs; admin also changes mappings and the setup */
export type Role =
  | 'ADMIN'
  | 'OPERATOR'
  | 'VIEWER';

export type SalesDocumentStatus =
  | 'OPEN'
  | 'RELEASED';

export type SalesLine = {
  __typename?: 'SalesLine';
  amount: Scalars['Decimal']['output'];
  description: Scalars['String']['output'];
  lineDiscountAmount: Scalars['Decimal']['output'];
  lineNo: Scalars['Int']['output'];
  no?: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Decimal']['output'];
  quantityInvoiced: Scalars['Decimal']['output'];
  quantityShipped: Scalars['Decimal']['output'];
  type: SalesLineType;
  unitOfMeasureCode?: Maybe<Scalars['String']['output']>;
  unitPrice: Scalars['Decimal']['output'];
};

export type SalesLineType =
  | 'COMMENT'
  | 'ITEM'
  | 'RESOURCE';

export type SalesOrder = {
  __typename?: 'SalesOrder';
  amount: Scalars['Decimal']['output'];
  coupledOrder?: Maybe<Order>;
  coupling?: Maybe<Coupling>;
  /** the CRM order this order was created from (kept after uncoupling) */
  crmOrderId?: Maybe<Scalars['ID']['output']>;
  currencyCode?: Maybe<Scalars['String']['output']>;
  customer?: Maybe<Customer>;
  externalDocumentNo?: Maybe<Scalars['String']['output']>;
  invoiced: Scalars['Boolean']['output'];
  lastShipmentDate?: Maybe<Scalars['LocalDate']['output']>;
  lines: Array<SalesLine>;
  modifiedAt: Scalars['DateTimeISO']['output'];
  no: Scalars['ID']['output'];
  orderDate: Scalars['LocalDate']['output'];
  quoteNo?: Maybe<Scalars['String']['output']>;
  requestedDeliveryDate?: Maybe<Scalars['LocalDate']['output']>;
  sellToCustomerNo: Scalars['String']['output'];
  shipped: Scalars['Boolean']['output'];
  status: SalesDocumentStatus;
};

export type SalesOrderConnection = {
  __typename?: 'SalesOrderConnection';
  nodes: Array<SalesOrder>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SalesOrderUpdateInput = {
  externalDocumentNo?: InputMaybe<Scalars['String']['input']>;
  requestedDeliveryDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type SalesPrice = {
  __typename?: 'SalesPrice';
  coupledPriceListItem?: Maybe<PriceListItem>;
  coupling?: Maybe<Coupling>;
  currencyCode?: Maybe<Scalars['String']['output']>;
  customerPriceGroupCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  itemNo?: Maybe<Scalars['String']['output']>;
  minimumQuantity: Scalars['Decimal']['output'];
  modifiedAt: Scalars['DateTimeISO']['output'];
  resourceNo?: Maybe<Scalars['String']['output']>;
  unitOfMeasureCode: Scalars['String']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

export type SalesPriceInput = {
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  customerPriceGroupCode: Scalars['String']['input'];
  itemNo?: InputMaybe<Scalars['String']['input']>;
  minimumQuantity?: InputMaybe<Scalars['Decimal']['input']>;
  resourceNo?: InputMaybe<Scalars['String']['input']>;
  unitOfMeasureCode: Scalars['String']['input'];
  unitPrice: Scalars['Decimal']['input'];
};

export type SalesQuote = {
  __typename?: 'SalesQuote';
  amount: Scalars['Decimal']['output'];
  archivedVersions: Array<SalesQuoteArchive>;
  coupledQuote?: Maybe<Quote>;
  coupling?: Maybe<Coupling>;
  /** the CRM quote number this quote was processed from (kept after uncoupling) */
  crmQuoteNumber?: Maybe<Scalars['String']['output']>;
  currencyCode?: Maybe<Scalars['String']['output']>;
  customer?: Maybe<Customer>;
  documentDate: Scalars['LocalDate']['output'];
  externalDocumentNo?: Maybe<Scalars['String']['output']>;
  lines: Array<SalesLine>;
  modifiedAt: Scalars['DateTimeISO']['output'];
  no: Scalars['ID']['output'];
  quoteValidUntil?: Maybe<Scalars['LocalDate']['output']>;
  sellToCustomerNo: Scalars['String']['output'];
};

export type SalesQuoteArchive = {
  __typename?: 'SalesQuoteArchive';
  archivedAt: Scalars['DateTimeISO']['output'];
  externalDocumentNo?: Maybe<Scalars['String']['output']>;
  lines: Array<SalesLine>;
  quoteNo: Scalars['String']['output'];
  quoteValidUntil?: Maybe<Scalars['LocalDate']['output']>;
  versionNo: Scalars['Int']['output'];
};

export type SalesQuoteConnection = {
  __typename?: 'SalesQuoteConnection';
  nodes: Array<SalesQuote>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SalesSetup = {
  __typename?: 'SalesSetup';
  writeInProductNo?: Maybe<Scalars['String']['output']>;
  writeInProductType?: Maybe<WriteInProductType>;
};

export type SalesSetupInput = {
  writeInProductNo?: InputMaybe<Scalars['String']['input']>;
  writeInProductType?: InputMaybe<WriteInProductType>;
};

export type Salesperson = {
  __typename?: 'Salesperson';
  code: Scalars['ID']['output'];
  coupledSystemUser?: Maybe<SystemUser>;
  coupling?: Maybe<Coupling>;
  email?: Maybe<Scalars['String']['output']>;
  modifiedAt: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
};

export type SalespersonInput = {
  code: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type SalespersonUpdateInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** the whole run each time one of its lines or a counter of one of its jobs changes; completes after the run's final state */
  fullSyncProgress: FullSyncRun;
  /** every change of a job's counters or status; with jobId, the job's current state first, completing after its final state (NOT_FOUND for an unknown job); all jobs when jobId is omitted */
  syncJobProgress: SyncJob;
};


export type SubscriptionFullSyncProgressArgs = {
  runId: Scalars['ID']['input'];
};


export type SubscriptionSyncJobProgressArgs = {
  jobId?: InputMaybe<Scalars['ID']['input']>;
};

export type SyncDirection =
  | 'BIDIRECTIONAL'
  | 'FROM_CRM'
  | 'TO_CRM';

export type SyncJob = {
  __typename?: 'SyncJob';
  coupled: Scalars['Int']['output'];
  deleted: Scalars['Int']['output'];
  direction: SyncDirection;
  errors: Array<SyncJobError>;
  failed: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  inserted: Scalars['Int']['output'];
  mapping: TableMappingName;
  message?: Maybe<Scalars['String']['output']>;
  modified: Scalars['Int']['output'];
  /** The job this one is a part of (a key range of a full pass that workers share) */
  parentJobId?: Maybe<Scalars['ID']['output']>;
  /** The parts of a full pass that workers share, each a key range with its own counters (empty for any other job) */
  parts: Array<SyncJob>;
  processed: Scalars['Int']['output'];
  queuedAt: Scalars['DateTimeISO']['output'];
  /** processed records per second since the job started (null before it starts) */
  recordsPerSecond?: Maybe<Scalars['Float']['output']>;
  skipped: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: SyncJobStatus;
  total?: Maybe<Scalars['Int']['output']>;
  trigger: SyncJobTrigger;
  type: SyncJobType;
  unchanged: Scalars['Int']['output'];
};


export type SyncJobErrorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SyncJobConnection = {
  __typename?: 'SyncJobConnection';
  nodes: Array<SyncJob>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SyncJobError = {
  __typename?: 'SyncJobError';
  createdAt: Scalars['DateTimeISO']['output'];
  crmId?: Maybe<Scalars['ID']['output']>;
  erpId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jobId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

export type SyncJobFilter = {
  mapping?: InputMaybe<TableMappingName>;
  status?: InputMaybe<SyncJobStatus>;
  type?: InputMaybe<SyncJobType>;
};

/** by the time a job was queued, then by id */
export type SyncJobSort =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

export type SyncJobStatus =
  | 'CANCELED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** PERSON: an API call (a user or a script); SCHEDULE: the incremental scheduler; FULL_SYNC: a line of a full synchronization run */
export type SyncJobTrigger =
  | 'FULL_SYNC'
  | 'PERSON'
  | 'SCHEDULE';

export type SyncJobType =
  | 'FULL'
  | 'INCREMENTAL'
  | 'MATCH_COUPLING'
  | 'SINGLE';

export type SyncPreviewLine = {
  __typename?: 'SyncPreviewLine';
  alreadyCoupled: Scalars['Int']['output'];
  /** several possible matches: left for a person to couple */
  ambiguous: Scalars['Int']['output'];
  crmRecords: Scalars['Int']['output'];
  erpRecords: Scalars['Int']['output'];
  mapping: TableMappingName;
  recommendation: FullSyncRecommendation;
  /** unique uncoupled match on the mapping's match fields */
  wouldCouple: Scalars['Int']['output'];
  wouldCreateInCrm: Scalars['Int']['output'];
  wouldCreateInErp: Scalars['Int']['output'];
  /** uncoupled records outside the mapping (a price with a minimum quantity): skipped, never created */
  wouldSkip: Scalars['Int']['output'];
};

export type SyncResult =
  | 'CONFLICT'
  | 'FAILURE'
  | 'SUCCESS';

export type SynchronizeNowInput = {
  crmId?: InputMaybe<Scalars['ID']['input']>;
  /** TO_CRM or FROM_CRM */
  direction: SyncDirection;
  erpId?: InputMaybe<Scalars['String']['input']>;
  mapping: TableMappingName;
};

export type SystemUser = {
  __typename?: 'SystemUser';
  coupledSalesperson?: Maybe<Salesperson>;
  coupling?: Maybe<Coupling>;
  email?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isDisabled: Scalars['Boolean']['output'];
  modifiedOn: Scalars['DateTimeISO']['output'];
};

export type SystemUserInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
};

export type TableMapping = {
  __typename?: 'TableMapping';
  conflictResolution: ConflictResolution;
  crmTable: Scalars['String']['output'];
  deletionConflictResolution: DeletionConflictResolution;
  dependsOn: Array<TableMappingName>;
  direction: SyncDirection;
  erpTable: Scalars['String']['output'];
  fieldMappings: Array<FieldMapping>;
  /** record and coupling counts, last success, lag and status */
  health: TableMappingHealth;
  name: TableMappingName;
  syncOnlyCoupledRecords: Scalars['Boolean']['output'];
};

/** a mapping's record and coupling counts, last success, lag and status */
export type TableMappingHealth = {
  __typename?: 'TableMappingHealth';
  /** couplings whose last sync ended in a conflict */
  conflicts: Scalars['Int']['output'];
  /** couplings (records joined across the systems) */
  coupled: Scalars['Int']['output'];
  crmRecords: Scalars['Int']['output'];
  erpRecords: Scalars['Int']['output'];
  /** couplings whose last sync failed (skipped ones included) */
  failed: Scalars['Int']['output'];
  /** seconds since the last success (null: never succeeded) */
  lagSeconds?: Maybe<Scalars['Int']['output']>;
  /** when a job of this mapping last finished, whatever its result */
  lastJobAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** when a job of this mapping last succeeded */
  lastSuccessAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** couplings skipped after failing the same way twice */
  skipped: Scalars['Int']['output'];
  status: MappingSyncStatus;
};

export type TableMappingName =
  | 'CONTACT'
  | 'CURRENCY'
  | 'CUSTOMER'
  | 'CUSTPRCGRP_PRICE'
  | 'ITEM_PRODUCT'
  | 'RESOURCE_PRODUCT'
  | 'SALESORDER_ORDER'
  | 'SALESPEOPLE'
  | 'SALESPRC_PRODPRICE'
  | 'SALESQUOTE_QUOTE'
  | 'UNIT_OF_MEASURE';

export type TableMappingUpdateInput = {
  conflictResolution?: InputMaybe<ConflictResolution>;
  deletionConflictResolution?: InputMaybe<DeletionConflictResolution>;
  direction?: InputMaybe<SyncDirection>;
  syncOnlyCoupledRecords?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TransactionCurrency = {
  __typename?: 'TransactionCurrency';
  coupledCurrency?: Maybe<Currency>;
  coupling?: Maybe<Coupling>;
  currencyName: Scalars['String']['output'];
  exchangeRate: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  isoCurrencyCode: Scalars['String']['output'];
  modifiedOn: Scalars['DateTimeISO']['output'];
};

export type TransactionCurrencyInput = {
  currencyName: Scalars['String']['input'];
  exchangeRate?: InputMaybe<Scalars['Decimal']['input']>;
  isoCurrencyCode: Scalars['String']['input'];
};

export type Unit = {
  __typename?: 'Unit';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  quantity: Scalars['Decimal']['output'];
  unitGroupId: Scalars['ID']['output'];
};

export type UnitGroup = {
  __typename?: 'UnitGroup';
  baseUnitName: Scalars['String']['output'];
  coupledUnitOfMeasure?: Maybe<UnitOfMeasure>;
  coupling?: Maybe<Coupling>;
  id: Scalars['ID']['output'];
  modifiedOn: Scalars['DateTimeISO']['output'];
  name: Scalars['String']['output'];
  units: Array<Unit>;
};

export type UnitGroupInput = {
  baseUnitName: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type UnitOfMeasure = {
  __typename?: 'UnitOfMeasure';
  code: Scalars['ID']['output'];
  coupledUnitGroup?: Maybe<UnitGroup>;
  coupling?: Maybe<Coupling>;
  description: Scalars['String']['output'];
  modifiedAt: Scalars['DateTimeISO']['output'];
};

export type UnitOfMeasureInput = {
  code: Scalars['ID']['input'];
  description: Scalars['String']['input'];
};

export type WriteInProductType =
  | 'ITEM'
  | 'RESOURCE';

export type JobFieldsFragment = { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null };

export type RunFieldsFragment = { __typename?: 'FullSyncRun', id: string, status: SyncJobStatus, startedAt: string, finishedAt?: string | null, lines: Array<{ __typename?: 'FullSyncReviewLine', mapping: TableMappingName, direction: SyncDirection, recommendation: FullSyncRecommendation, status: SyncJobStatus, message?: string | null, toCrmJob?: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } | null, fromCrmJob?: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } | null }> };

export type CouplingFieldsFragment = { __typename?: 'Coupling', id: string, mapping: TableMappingName, erpId: string, crmId: string, createdAt: string, lastSyncedAt?: string | null, lastSyncResult?: SyncResult | null, lastSyncError?: string | null, skipped: boolean, conflicts: Array<{ __typename?: 'FieldConflict', erpField: string, crmField: string, baseValue?: string | null, erpValue?: string | null, crmValue?: string | null }> };

export type CliStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type CliStatusQuery = { __typename?: 'Query', connectionSetup: { __typename?: 'ConnectionSetup', isEnabled: boolean, syncIntervalSeconds: number, autoCreateSalesOrders: boolean, autoProcessQuotes: boolean }, tableMappings: Array<{ __typename?: 'TableMapping', name: TableMappingName, direction: SyncDirection, dependsOn: Array<TableMappingName> }> };

export type CliMappingStatusQueryVariables = Exact<{
  mapping: TableMappingName;
}>;


export type CliMappingStatusQuery = { __typename?: 'Query', couplings: { __typename?: 'CouplingConnection', totalCount: number }, skipped: { __typename?: 'CouplingConnection', totalCount: number }, conflicts: { __typename?: 'CouplingConnection', totalCount: number }, last: { __typename?: 'SyncJobConnection', nodes: Array<{ __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null }> }, lastSuccess: { __typename?: 'SyncJobConnection', nodes: Array<{ __typename?: 'SyncJob', finishedAt?: string | null }> } };

export type CliMappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CliMappingsQuery = { __typename?: 'Query', tableMappings: Array<{ __typename?: 'TableMapping', name: TableMappingName, erpTable: string, crmTable: string, direction: SyncDirection, syncOnlyCoupledRecords: boolean, dependsOn: Array<TableMappingName>, conflictResolution: ConflictResolution, deletionConflictResolution: DeletionConflictResolution }> };

export type CliMappingQueryVariables = Exact<{
  name: TableMappingName;
}>;


export type CliMappingQuery = { __typename?: 'Query', tableMapping?: { __typename?: 'TableMapping', name: TableMappingName, erpTable: string, crmTable: string, direction: SyncDirection, syncOnlyCoupledRecords: boolean, dependsOn: Array<TableMappingName>, conflictResolution: ConflictResolution, deletionConflictResolution: DeletionConflictResolution, fieldMappings: Array<{ __typename?: 'FieldMapping', erpField: string, crmField: string, direction: SyncDirection, constantValue?: string | null, enabled: boolean }> } | null };

export type CliPreviewQueryVariables = Exact<{
  input?: InputMaybe<FullSyncInput>;
}>;


export type CliPreviewQuery = { __typename?: 'Query', previewFullSynchronization: Array<{ __typename?: 'SyncPreviewLine', mapping: TableMappingName, recommendation: FullSyncRecommendation, erpRecords: number, crmRecords: number, alreadyCoupled: number, wouldCouple: number, wouldCreateInCrm: number, wouldCreateInErp: number, ambiguous: number }> };

export type CliRunFullMutationVariables = Exact<{
  input?: InputMaybe<FullSyncInput>;
}>;


export type CliRunFullMutation = { __typename?: 'Mutation', runFullSynchronization: { __typename?: 'FullSyncRun', id: string, status: SyncJobStatus, startedAt: string, finishedAt?: string | null, lines: Array<{ __typename?: 'FullSyncReviewLine', mapping: TableMappingName, direction: SyncDirection, recommendation: FullSyncRecommendation, status: SyncJobStatus, message?: string | null, toCrmJob?: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } | null, fromCrmJob?: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } | null }> } };

export type CliRunIncrementalMutationVariables = Exact<{
  mappings?: InputMaybe<Array<TableMappingName> | TableMappingName>;
}>;


export type CliRunIncrementalMutation = { __typename?: 'Mutation', runIncrementalSynchronization: Array<{ __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null }> };

export type CliRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliRunQuery = { __typename?: 'Query', fullSyncRun?: { __typename?: 'FullSyncRun', id: string, status: SyncJobStatus, startedAt: string, finishedAt?: string | null, lines: Array<{ __typename?: 'FullSyncReviewLine', mapping: TableMappingName, direction: SyncDirection, recommendation: FullSyncRecommendation, status: SyncJobStatus, message?: string | null, toCrmJob?: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } | null, fromCrmJob?: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } | null }> } | null };

export type CliRunProgressSubscriptionVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type CliRunProgressSubscription = { __typename?: 'Subscription', fullSyncProgress: { __typename?: 'FullSyncRun', id: string, status: SyncJobStatus, startedAt: string, finishedAt?: string | null, lines: Array<{ __typename?: 'FullSyncReviewLine', mapping: TableMappingName, direction: SyncDirection, recommendation: FullSyncRecommendation, status: SyncJobStatus, message?: string | null, toCrmJob?: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } | null, fromCrmJob?: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } | null }> } };

export type CliJobProgressSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type CliJobProgressSubscription = { __typename?: 'Subscription', syncJobProgress: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } };

export type CliCancelJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliCancelJobMutation = { __typename?: 'Mutation', cancelSyncJob: { __typename?: 'SyncJob', id: string, status: SyncJobStatus } };

export type CliJobsQueryVariables = Exact<{
  filter?: InputMaybe<SyncJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CliJobsQuery = { __typename?: 'Query', syncJobs: { __typename?: 'SyncJobConnection', totalCount: number, nodes: Array<{ __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null }> } };

export type CliJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  errors?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CliJobQuery = { __typename?: 'Query', syncJob?: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null, parts: Array<{ __typename?: 'SyncJob', id: string, status: SyncJobStatus, total?: number | null, processed: number, inserted: number, failed: number, finishedAt?: string | null }>, errors: Array<{ __typename?: 'SyncJobError', id: string, erpId?: string | null, crmId?: string | null, message: string, createdAt: string }> } | null };

export type CliCoupleMutationVariables = Exact<{
  input: CoupleInput;
}>;


export type CliCoupleMutation = { __typename?: 'Mutation', couple: { __typename?: 'Coupling', id: string, mapping: TableMappingName, erpId: string, crmId: string, createdAt: string, lastSyncedAt?: string | null, lastSyncResult?: SyncResult | null, lastSyncError?: string | null, skipped: boolean, conflicts: Array<{ __typename?: 'FieldConflict', erpField: string, crmField: string, baseValue?: string | null, erpValue?: string | null, crmValue?: string | null }> } };

export type CliUncoupleMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type CliUncoupleMutation = { __typename?: 'Mutation', uncouple: boolean };

export type CliCreateInOtherMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type CliCreateInOtherMutation = { __typename?: 'Mutation', createInOther: { __typename?: 'Coupling', id: string, mapping: TableMappingName, erpId: string, crmId: string, createdAt: string, lastSyncedAt?: string | null, lastSyncResult?: SyncResult | null, lastSyncError?: string | null, skipped: boolean, conflicts: Array<{ __typename?: 'FieldConflict', erpField: string, crmField: string, baseValue?: string | null, erpValue?: string | null, crmValue?: string | null }> } };

export type CliSynchronizeNowMutationVariables = Exact<{
  input: SynchronizeNowInput;
}>;


export type CliSynchronizeNowMutation = { __typename?: 'Mutation', synchronizeNow: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } };

export type CliMatchMutationVariables = Exact<{
  input: MatchCouplingInput;
}>;


export type CliMatchMutation = { __typename?: 'Mutation', coupleByMatch: { __typename?: 'SyncJob', id: string, mapping: TableMappingName, direction: SyncDirection, type: SyncJobType, status: SyncJobStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, skipped: number, failed: number, coupled: number, message?: string | null } };

export type CliCouplingsQueryVariables = Exact<{
  filter?: InputMaybe<CouplingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CliCouplingsQuery = { __typename?: 'Query', couplings: { __typename?: 'CouplingConnection', totalCount: number, nodes: Array<{ __typename?: 'Coupling', id: string, mapping: TableMappingName, erpId: string, crmId: string, createdAt: string, lastSyncedAt?: string | null, lastSyncResult?: SyncResult | null, lastSyncError?: string | null, skipped: boolean, conflicts: Array<{ __typename?: 'FieldConflict', erpField: string, crmField: string, baseValue?: string | null, erpValue?: string | null, crmValue?: string | null }> }> } };

export type CliRestoreSkippedMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type CliRestoreSkippedMutation = { __typename?: 'Mutation', restoreSkippedCouplings: Array<{ __typename?: 'Coupling', id: string, mapping: TableMappingName, erpId: string, crmId: string, createdAt: string, lastSyncedAt?: string | null, lastSyncResult?: SyncResult | null, lastSyncError?: string | null, skipped: boolean, conflicts: Array<{ __typename?: 'FieldConflict', erpField: string, crmField: string, baseValue?: string | null, erpValue?: string | null, crmValue?: string | null }> }> };

export type CliResolveConflictMutationVariables = Exact<{
  couplingId: Scalars['ID']['input'];
  keep: ConflictWinner;
}>;


export type CliResolveConflictMutation = { __typename?: 'Mutation', resolveConflict: { __typename?: 'Coupling', id: string, mapping: TableMappingName, erpId: string, crmId: string, createdAt: string, lastSyncedAt?: string | null, lastSyncResult?: SyncResult | null, lastSyncError?: string | null, skipped: boolean, conflicts: Array<{ __typename?: 'FieldConflict', erpField: string, crmField: string, baseValue?: string | null, erpValue?: string | null, crmValue?: string | null }> } };

export type CliOrdersQueryVariables = Exact<{
  state?: InputMaybe<OrderState>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliOrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Order', id: string, orderNumber: string, name: string, state: OrderState, totalAmount: string, customer?: { __typename?: 'Account', name: string } | null, coupledSalesOrder?: { __typename?: 'SalesOrder', no: string } | null }> } };

export type CliConvertOrderMutationVariables = Exact<{
  crmOrderId: Scalars['ID']['input'];
}>;


export type CliConvertOrderMutation = { __typename?: 'Mutation', convertOrder: { __typename?: 'SalesOrder', no: string, externalDocumentNo?: string | null } };

export type CliQuotesQueryVariables = Exact<{
  state?: InputMaybe<QuoteState>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CliQuotesQuery = { __typename?: 'Query', quotes: { __typename?: 'QuoteConnection', totalCount: number, nodes: Array<{ __typename?: 'Quote', id: string, quoteNumber: string, revisionNumber: number, name: string, state: QuoteState, totalAmount: string, customer?: { __typename?: 'Account', name: string } | null, coupledSalesQuote?: { __typename?: 'SalesQuote', no: string } | null }> } };

export type CliProcessQuoteMutationVariables = Exact<{
  crmQuoteId: Scalars['ID']['input'];
}>;


export type CliProcessQuoteMutation = { __typename?: 'Mutation', processQuote: { __typename?: 'SalesQuote', no: string, externalDocumentNo?: string | null } };

export type CliCouplingIdsQueryVariables = Exact<{
  filter?: InputMaybe<CouplingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliCouplingIdsQuery = { __typename?: 'Query', couplings: { __typename?: 'CouplingConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Coupling', id: string }> } };

export type CustomersWithSalespersonQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomersWithSalespersonQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Customer', no: string, name: string, city?: string | null, creditLimit: string, salesperson?: { __typename?: 'Salesperson', code: string, name: string } | null }> } };

export type AccountsWithOwnerQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountsWithOwnerQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', totalCount: number, nodes: Array<{ __typename?: 'Account', id: string, name: string, owner?: { __typename?: 'SystemUser', fullName: string } | null, coupledCustomer?: { __typename?: 'Customer', no: string } | null }> } };

export type SyncOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncOverviewQuery = { __typename?: 'Query', connectionSetup: { __typename?: 'ConnectionSetup', isEnabled: boolean, syncIntervalSeconds: number, autoCreateSalesOrders: boolean, autoProcessQuotes: boolean }, tableMappings: Array<{ __typename?: 'TableMapping', name: TableMappingName, direction: SyncDirection, dependsOn: Array<TableMappingName> }>, syncJobs: { __typename?: 'SyncJobConnection', nodes: Array<{ __typename?: 'SyncJob', id: string, mapping: TableMappingName, type: SyncJobType, status: SyncJobStatus, processed: number, failed: number }> } };

export type CreateCustomerMutationVariables = Exact<{
  input: CustomerInput;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', createCustomer: { __typename?: 'Customer', no: string, name: string, modifiedAt: string } };

export const JobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<JobFieldsFragment, unknown>;
export const RunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FullSyncRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"toCrmJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCrmJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RunFieldsFragment, unknown>;
export const CouplingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouplingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"erpId"}},{"kind":"Field","name":{"kind":"Name","value":"crmId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncResult"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncError"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erpField"}},{"kind":"Field","name":{"kind":"Name","value":"crmField"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"erpValue"}},{"kind":"Field","name":{"kind":"Name","value":"crmValue"}}]}}]}}]} as unknown as DocumentNode<CouplingFieldsFragment, unknown>;
export const CliStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"syncIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"autoCreateSalesOrders"}},{"kind":"Field","name":{"kind":"Name","value":"autoProcessQuotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tableMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"}}]}}]}}]} as unknown as DocumentNode<CliStatusQuery, CliStatusQueryVariables>;
export const CliMappingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliMappingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TableMappingName"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couplings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"skipped"},"name":{"kind":"Name","value":"couplings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"skipped"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"conflicts"},"name":{"kind":"Name","value":"couplings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lastSyncResult"},"value":{"kind":"EnumValue","value":"CONFLICT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"last"},"name":{"kind":"Name","value":"syncJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lastSuccess"},"name":{"kind":"Name","value":"syncJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUCCEEDED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CliMappingStatusQuery, CliMappingStatusQueryVariables>;
export const CliMappingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tableMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"erpTable"}},{"kind":"Field","name":{"kind":"Name","value":"crmTable"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"syncOnlyCoupledRecords"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"}},{"kind":"Field","name":{"kind":"Name","value":"conflictResolution"}},{"kind":"Field","name":{"kind":"Name","value":"deletionConflictResolution"}}]}}]}}]} as unknown as DocumentNode<CliMappingsQuery, CliMappingsQueryVariables>;
export const CliMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TableMappingName"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tableMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"erpTable"}},{"kind":"Field","name":{"kind":"Name","value":"crmTable"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"syncOnlyCoupledRecords"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"}},{"kind":"Field","name":{"kind":"Name","value":"conflictResolution"}},{"kind":"Field","name":{"kind":"Name","value":"deletionConflictResolution"}},{"kind":"Field","name":{"kind":"Name","value":"fieldMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erpField"}},{"kind":"Field","name":{"kind":"Name","value":"crmField"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"constantValue"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}}]} as unknown as DocumentNode<CliMappingQuery, CliMappingQueryVariables>;
export const CliPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FullSyncInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewFullSynchronization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"erpRecords"}},{"kind":"Field","name":{"kind":"Name","value":"crmRecords"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyCoupled"}},{"kind":"Field","name":{"kind":"Name","value":"wouldCouple"}},{"kind":"Field","name":{"kind":"Name","value":"wouldCreateInCrm"}},{"kind":"Field","name":{"kind":"Name","value":"wouldCreateInErp"}},{"kind":"Field","name":{"kind":"Name","value":"ambiguous"}}]}}]}}]} as unknown as DocumentNode<CliPreviewQuery, CliPreviewQueryVariables>;
export const CliRunFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliRunFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FullSyncInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runFullSynchronization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FullSyncRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"toCrmJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCrmJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}}]}}]} as unknown as DocumentNode<CliRunFullMutation, CliRunFullMutationVariables>;
export const CliRunIncrementalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliRunIncremental"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mappings"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TableMappingName"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runIncrementalSynchronization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mappings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mappings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CliRunIncrementalMutation, CliRunIncrementalMutationVariables>;
export const CliRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullSyncRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FullSyncRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"toCrmJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCrmJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}}]}}]} as unknown as DocumentNode<CliRunQuery, CliRunQueryVariables>;
export const CliRunProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CliRunProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullSyncProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FullSyncRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"toCrmJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCrmJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}}]}}]} as unknown as DocumentNode<CliRunProgressSubscription, CliRunProgressSubscriptionVariables>;
export const CliJobProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CliJobProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncJobProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CliJobProgressSubscription, CliJobProgressSubscriptionVariables>;
export const CliCancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSyncJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CliCancelJobMutation, CliCancelJobMutationVariables>;
export const CliJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CliJobsQuery, CliJobsQueryVariables>;
export const CliJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"errors"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"errors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"erpId"}},{"kind":"Field","name":{"kind":"Name","value":"crmId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CliJobQuery, CliJobQueryVariables>;
export const CliCoupleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCouple"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoupleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couple"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouplingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouplingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"erpId"}},{"kind":"Field","name":{"kind":"Name","value":"crmId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncResult"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncError"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erpField"}},{"kind":"Field","name":{"kind":"Name","value":"crmField"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"erpValue"}},{"kind":"Field","name":{"kind":"Name","value":"crmValue"}}]}}]}}]} as unknown as DocumentNode<CliCoupleMutation, CliCoupleMutationVariables>;
export const CliUncoupleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliUncouple"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uncouple"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<CliUncoupleMutation, CliUncoupleMutationVariables>;
export const CliCreateInOtherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliCreateInOther"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInOther"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouplingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouplingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"erpId"}},{"kind":"Field","name":{"kind":"Name","value":"crmId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncResult"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncError"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erpField"}},{"kind":"Field","name":{"kind":"Name","value":"crmField"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"erpValue"}},{"kind":"Field","name":{"kind":"Name","value":"crmValue"}}]}}]}}]} as unknown as DocumentNode<CliCreateInOtherMutation, CliCreateInOtherMutationVariables>;
export const CliSynchronizeNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliSynchronizeNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SynchronizeNowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synchronizeNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CliSynchronizeNowMutation, CliSynchronizeNowMutationVariables>;
export const CliMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchCouplingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupleByMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"modified"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"coupled"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CliMatchMutation, CliMatchMutationVariables>;
export const CliCouplingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliCouplings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouplingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couplings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouplingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouplingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"erpId"}},{"kind":"Field","name":{"kind":"Name","value":"crmId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncResult"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncError"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erpField"}},{"kind":"Field","name":{"kind":"Name","value":"crmField"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"erpValue"}},{"kind":"Field","name":{"kind":"Name","value":"crmValue"}}]}}]}}]} as unknown as DocumentNode<CliCouplingsQuery, CliCouplingsQueryVariables>;
export const CliRestoreSkippedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliRestoreSkipped"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreSkippedCouplings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouplingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouplingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"erpId"}},{"kind":"Field","name":{"kind":"Name","value":"crmId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncResult"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncError"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erpField"}},{"kind":"Field","name":{"kind":"Name","value":"crmField"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"erpValue"}},{"kind":"Field","name":{"kind":"Name","value":"crmValue"}}]}}]}}]} as unknown as DocumentNode<CliRestoreSkippedMutation, CliRestoreSkippedMutationVariables>;
export const CliResolveConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliResolveConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"couplingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keep"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictWinner"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"couplingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"couplingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keep"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keep"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CouplingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CouplingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Coupling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"erpId"}},{"kind":"Field","name":{"kind":"Name","value":"crmId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncResult"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncError"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erpField"}},{"kind":"Field","name":{"kind":"Name","value":"crmField"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"erpValue"}},{"kind":"Field","name":{"kind":"Name","value":"crmValue"}}]}}]}}]} as unknown as DocumentNode<CliResolveConflictMutation, CliResolveConflictMutationVariables>;
export const CliOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupledSalesOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliOrdersQuery, CliOrdersQueryVariables>;
export const CliConvertOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliConvertOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crmOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crmOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crmOrderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"externalDocumentNo"}}]}}]}}]} as unknown as DocumentNode<CliConvertOrderMutation, CliConvertOrderMutationVariables>;
export const CliQuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliQuotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quoteNumber"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupledSalesQuote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliQuotesQuery, CliQuotesQueryVariables>;
export const CliProcessQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CliProcessQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crmQuoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crmQuoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crmQuoteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"externalDocumentNo"}}]}}]}}]} as unknown as DocumentNode<CliProcessQuoteMutation, CliProcessQuoteMutationVariables>;
export const CliCouplingIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliCouplingIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouplingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couplings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CliCouplingIdsQuery, CliCouplingIdsQueryVariables>;
export const CustomersWithSalespersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithSalesperson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"}},{"kind":"Field","name":{"kind":"Name","value":"salesperson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithSalespersonQuery, CustomersWithSalespersonQueryVariables>;
export const AccountsWithOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsWithOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupledCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsWithOwnerQuery, AccountsWithOwnerQueryVariables>;
export const SyncOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"syncIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"autoCreateSalesOrders"}},{"kind":"Field","name":{"kind":"Name","value":"autoProcessQuotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tableMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"syncJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]}}]} as unknown as DocumentNode<SyncOverviewQuery, SyncOverviewQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modifiedAt"}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;