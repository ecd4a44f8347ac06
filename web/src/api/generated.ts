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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', role: Role } };

export type SetupQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupQuery = { __typename?: 'Query', connectionSetup: { __typename?: 'ConnectionSetup', isEnabled: boolean, autoCreateSalesOrders: boolean, autoProcessQuotes: boolean, syncIntervalSeconds: number, lastJobFinishedAt?: string | null, overdue: boolean }, salesSetup: { __typename?: 'SalesSetup', writeInProductType?: WriteInProductType | null, writeInProductNo?: string | null }, tableMappings: Array<{ __typename?: 'TableMapping', name: TableMappingName, direction: SyncDirection, health: { __typename?: 'TableMappingHealth', lastSuccessAt?: string | null, lagSeconds?: number | null, status: MappingSyncStatus } }> };

export type UpdateConnectionSetupMutationVariables = Exact<{
  input: ConnectionSetupInput;
}>;


export type UpdateConnectionSetupMutation = { __typename?: 'Mutation', updateConnectionSetup: { __typename?: 'ConnectionSetup', isEnabled: boolean, autoCreateSalesOrders: boolean, autoProcessQuotes: boolean, syncIntervalSeconds: number, overdue: boolean } };

export type UpdateSalesSetupMutationVariables = Exact<{
  input: SalesSetupInput;
}>;


export type UpdateSalesSetupMutation = { __typename?: 'Mutation', updateSalesSetup: { __typename?: 'SalesSetup', writeInProductType?: WriteInProductType | null, writeInProductNo?: string | null } };

export type MappingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MappingsQuery = { __typename?: 'Query', tableMappings: Array<{ __typename?: 'TableMapping', name: TableMappingName, erpTable: string, crmTable: string, direction: SyncDirection, dependsOn: Array<TableMappingName>, conflictResolution: ConflictResolution, deletionConflictResolution: DeletionConflictResolution, syncOnlyCoupledRecords: boolean, health: { __typename?: 'TableMappingHealth', erpRecords: number, crmRecords: number, coupled: number, skipped: number, conflicts: number, failed: number, lastSuccessAt?: string | null, lagSeconds?: number | null, status: MappingSyncStatus } }> };

export type MappingQueryVariables = Exact<{
  name: TableMappingName;
}>;


export type MappingQuery = { __typename?: 'Query', tableMapping?: { __typename?: 'TableMapping', name: TableMappingName, erpTable: string, crmTable: string, direction: SyncDirection, dependsOn: Array<TableMappingName>, conflictResolution: ConflictResolution, deletionConflictResolution: DeletionConflictResolution, syncOnlyCoupledRecords: boolean, health: { __typename?: 'TableMappingHealth', erpRecords: number, crmRecords: number, coupled: number, skipped: number, conflicts: number, failed: number, lastSuccessAt?: string | null, lagSeconds?: number | null, status: MappingSyncStatus }, fieldMappings: Array<{ __typename?: 'FieldMapping', erpField: string, crmField: string, direction: SyncDirection, enabled: boolean, constantValue?: string | null }> } | null };

export type UpdateTableMappingMutationVariables = Exact<{
  name: TableMappingName;
  input: TableMappingUpdateInput;
}>;


export type UpdateTableMappingMutation = { __typename?: 'Mutation', updateTableMapping: { __typename?: 'TableMapping', name: TableMappingName, direction: SyncDirection, conflictResolution: ConflictResolution, deletionConflictResolution: DeletionConflictResolution, syncOnlyCoupledRecords: boolean } };

export type UpdateFieldMappingMutationVariables = Exact<{
  mapping: TableMappingName;
  erpField: Scalars['String']['input'];
  input: FieldMappingUpdateInput;
}>;


export type UpdateFieldMappingMutation = { __typename?: 'Mutation', updateFieldMapping: { __typename?: 'FieldMapping', erpField: string, crmField: string, direction: SyncDirection, enabled: boolean } };

export type ResetTableMappingMutationVariables = Exact<{
  name: TableMappingName;
}>;


export type ResetTableMappingMutation = { __typename?: 'Mutation', resetTableMapping: { __typename?: 'TableMapping', name: TableMappingName } };

export type PreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PreviewQuery = { __typename?: 'Query', previewFullSynchronization: Array<{ __typename?: 'SyncPreviewLine', mapping: TableMappingName, recommendation: FullSyncRecommendation, erpRecords: number, crmRecords: number, alreadyCoupled: number, wouldCouple: number, wouldCreateInCrm: number, wouldCreateInErp: number, ambiguous: number }>, fullSyncRuns: Array<{ __typename?: 'FullSyncRun', id: string, status: SyncJobStatus, startedAt: string, finishedAt?: string | null }> };

export type RunFullSyncMutationVariables = Exact<{
  input?: InputMaybe<FullSyncInput>;
}>;


export type RunFullSyncMutation = { __typename?: 'Mutation', runFullSynchronization: { __typename?: 'FullSyncRun', id: string, status: SyncJobStatus } };

export type FullSyncRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FullSyncRunQuery = { __typename?: 'Query', fullSyncRun?: { __typename?: 'FullSyncRun', id: string, status: SyncJobStatus, startedAt: string, finishedAt?: string | null, lines: Array<{ __typename?: 'FullSyncReviewLine', mapping: TableMappingName, status: SyncJobStatus, message?: string | null, recommendation: FullSyncRecommendation, dependsOn: Array<TableMappingName>, toCrmJob?: { __typename?: 'SyncJob', id: string, status: SyncJobStatus, total?: number | null, processed: number, inserted: number, modified: number, failed: number, skipped: number, coupled: number, startedAt?: string | null, finishedAt?: string | null, recordsPerSecond?: number | null } | null, fromCrmJob?: { __typename?: 'SyncJob', id: string, status: SyncJobStatus, total?: number | null, processed: number, inserted: number, modified: number, failed: number, skipped: number, coupled: number, startedAt?: string | null, finishedAt?: string | null, recordsPerSecond?: number | null } | null }> } | null };

export type FullSyncProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FullSyncProgressSubscription = { __typename?: 'Subscription', fullSyncProgress: { __typename?: 'FullSyncRun', id: string, status: SyncJobStatus, startedAt: string, finishedAt?: string | null, lines: Array<{ __typename?: 'FullSyncReviewLine', mapping: TableMappingName, status: SyncJobStatus, message?: string | null, recommendation: FullSyncRecommendation, dependsOn: Array<TableMappingName>, toCrmJob?: { __typename?: 'SyncJob', id: string, status: SyncJobStatus, total?: number | null, processed: number, inserted: number, modified: number, failed: number, skipped: number, coupled: number, startedAt?: string | null, finishedAt?: string | null, recordsPerSecond?: number | null } | null, fromCrmJob?: { __typename?: 'SyncJob', id: string, status: SyncJobStatus, total?: number | null, processed: number, inserted: number, modified: number, failed: number, skipped: number, coupled: number, startedAt?: string | null, finishedAt?: string | null, recordsPerSecond?: number | null } | null }> } };

export type CancelSyncJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelSyncJobMutation = { __typename?: 'Mutation', cancelSyncJob: { __typename?: 'SyncJob', id: string, status: SyncJobStatus } };

export type CouplingsQueryVariables = Exact<{
  filter?: InputMaybe<CouplingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CouplingsQuery = { __typename?: 'Query', couplings: { __typename?: 'CouplingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Coupling', id: string, mapping: TableMappingName, erpId: string, crmId: string, erpName?: string | null, crmName?: string | null, lastSyncedAt?: string | null, lastSyncResult?: SyncResult | null, lastSyncError?: string | null, lastSyncJobId?: string | null, skipped: boolean, conflicts: Array<{ __typename?: 'FieldConflict', erpField: string, crmField: string, baseValue?: string | null, erpValue?: string | null, crmValue?: string | null }> }> } };

export type RestoreSkippedMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RestoreSkippedMutation = { __typename?: 'Mutation', restoreSkippedCouplings: Array<{ __typename?: 'Coupling', id: string, skipped: boolean }> };

export type ResolveConflictMutationVariables = Exact<{
  couplingId: Scalars['ID']['input'];
  keep: ConflictWinner;
}>;


export type ResolveConflictMutation = { __typename?: 'Mutation', resolveConflict: { __typename?: 'Coupling', id: string, lastSyncResult?: SyncResult | null } };

export type SynchronizeNowMutationVariables = Exact<{
  input: SynchronizeNowInput;
}>;


export type SynchronizeNowMutation = { __typename?: 'Mutation', synchronizeNow: { __typename?: 'SyncJob', id: string, status: SyncJobStatus, message?: string | null } };

export type UncoupleMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type UncoupleMutation = { __typename?: 'Mutation', uncouple: boolean };

export type CoupleMutationVariables = Exact<{
  input: CoupleInput;
}>;


export type CoupleMutation = { __typename?: 'Mutation', couple: { __typename?: 'Coupling', id: string, erpId: string, crmId: string } };

export type CreateInOtherMutationVariables = Exact<{
  input: RecordRefInput;
}>;


export type CreateInOtherMutation = { __typename?: 'Mutation', createInOther: { __typename?: 'Coupling', id: string, erpId: string, crmId: string } };

export type CustomersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Customer', no: string, name: string, city?: string | null, coupling?: { __typename?: 'Coupling', id: string, lastSyncResult?: SyncResult | null, skipped: boolean } | null, coupledAccount?: { __typename?: 'Account', id: string, name: string } | null }> } };

export type ItemsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ItemsQuery = { __typename?: 'Query', items: { __typename?: 'ItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Item', no: string, description: string, inventory: string, unitPrice: string, coupling?: { __typename?: 'Coupling', id: string, lastSyncResult?: SyncResult | null, skipped: boolean } | null, coupledProduct?: { __typename?: 'Product', id: string, name: string } | null }> } };

export type AccountsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountsQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Account', id: string, name: string, accountNumber?: string | null, address1City?: string | null, coupling?: { __typename?: 'Coupling', id: string, lastSyncResult?: SyncResult | null, skipped: boolean } | null, coupledCustomer?: { __typename?: 'Customer', no: string, name: string } | null }> } };

export type ProductsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductsQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Product', id: string, productNumber: string, name: string, productType: ProductType, availability?: string | null, coupling?: { __typename?: 'Coupling', id: string, lastSyncResult?: SyncResult | null, skipped: boolean } | null, coupledItem?: { __typename?: 'Item', no: string, description: string } | null, coupledResource?: { __typename?: 'Resource', no: string, name: string } | null }> } };

export type SyncJobsQueryVariables = Exact<{
  filter?: InputMaybe<SyncJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SyncJobsQuery = { __typename?: 'Query', latestSyncJobs: Array<{ __typename?: 'SyncJob', id: string, type: SyncJobType, mapping: TableMappingName, direction: SyncDirection, status: SyncJobStatus, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, failed: number, skipped: number, coupled: number, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, trigger: SyncJobTrigger, recordsPerSecond?: number | null, message?: string | null }> };

export type JobsLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type JobsLiveSubscription = { __typename?: 'Subscription', syncJobProgress: { __typename?: 'SyncJob', id: string, type: SyncJobType, mapping: TableMappingName, direction: SyncDirection, status: SyncJobStatus, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, failed: number, skipped: number, coupled: number, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, trigger: SyncJobTrigger, recordsPerSecond?: number | null, message?: string | null } };

export type SyncJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SyncJobQuery = { __typename?: 'Query', syncJob?: { __typename?: 'SyncJob', id: string, type: SyncJobType, mapping: TableMappingName, direction: SyncDirection, status: SyncJobStatus, total?: number | null, processed: number, inserted: number, modified: number, deleted: number, unchanged: number, failed: number, skipped: number, coupled: number, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, trigger: SyncJobTrigger, recordsPerSecond?: number | null, message?: string | null, errors: Array<{ __typename?: 'SyncJobError', id: string, erpId?: string | null, crmId?: string | null, message: string, createdAt: string }> } | null };

export type DocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentsQuery = { __typename?: 'Query', submitted: { __typename?: 'OrderConnection', nodes: Array<{ __typename?: 'Order', id: string, orderNumber: string, name: string, totalAmount: string, customer?: { __typename?: 'Account', id: string, name: string } | null, coupledSalesOrder?: { __typename?: 'SalesOrder', no: string } | null }> }, active: { __typename?: 'QuoteConnection', nodes: Array<{ __typename?: 'Quote', id: string, quoteNumber: string, revisionNumber: number, name: string, totalAmount: string, customer?: { __typename?: 'Account', id: string, name: string } | null, coupledSalesQuote?: { __typename?: 'SalesQuote', no: string } | null }> }, won: { __typename?: 'QuoteConnection', nodes: Array<{ __typename?: 'Quote', id: string, quoteNumber: string, revisionNumber: number, name: string, totalAmount: string, customer?: { __typename?: 'Account', id: string, name: string } | null, coupledSalesQuote?: { __typename?: 'SalesQuote', no: string } | null }> } };

export type ConvertOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConvertOrderMutation = { __typename?: 'Mutation', convertOrder: { __typename?: 'SalesOrder', no: string } };

export type ProcessQuoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProcessQuoteMutation = { __typename?: 'Mutation', processQuote: { __typename?: 'SalesQuote', no: string } };

export type OrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, orderNumber: string, name: string, state: OrderState, totalAmount: string, customer?: { __typename?: 'Account', id: string, name: string } | null, lines: Array<{ __typename?: 'OrderLine', lineNumber: number, productDescription?: string | null, quantity: string, pricePerUnit: string, extendedAmount: string, isWriteIn: boolean }>, timeline: Array<{ __typename?: 'Post', id: string, text: string, createdOn: string }>, coupledSalesOrder?: { __typename?: 'SalesOrder', no: string } | null } | null };

export type SalesOrderQueryVariables = Exact<{
  no: Scalars['ID']['input'];
}>;


export type SalesOrderQuery = { __typename?: 'Query', salesOrder?: { __typename?: 'SalesOrder', no: string, sellToCustomerNo: string, externalDocumentNo?: string | null, orderDate: string, status: SalesDocumentStatus, shipped: boolean, invoiced: boolean, amount: string, customer?: { __typename?: 'Customer', no: string, name: string } | null, lines: Array<{ __typename?: 'SalesLine', lineNo: number, type: SalesLineType, no?: string | null, description: string, quantity: string, unitPrice: string, amount: string }>, coupledOrder?: { __typename?: 'Order', id: string, orderNumber: string, name: string } | null } | null };

export type SalesQuoteQueryVariables = Exact<{
  no: Scalars['ID']['input'];
}>;


export type SalesQuoteQuery = { __typename?: 'Query', salesQuote?: { __typename?: 'SalesQuote', no: string, sellToCustomerNo: string, externalDocumentNo?: string | null, quoteValidUntil?: string | null, amount: string, customer?: { __typename?: 'Customer', no: string, name: string } | null, lines: Array<{ __typename?: 'SalesLine', lineNo: number, type: SalesLineType, no?: string | null, description: string, quantity: string, unitPrice: string, amount: string }> } | null };
