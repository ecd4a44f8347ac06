import { registerEnumType } from 'type-graphql';

export enum TableMappingName {
  SALESPEOPLE = 'SALESPEOPLE',
  CURRENCY = 'CURRENCY',
  UNIT_OF_MEASURE = 'UNIT_OF_MEASURE',
  CUSTOMER = 'CUSTOMER',
  CONTACT = 'CONTACT',
  CUSTPRCGRP_PRICE = 'CUSTPRCGRP_PRICE',
  ITEM_PRODUCT = 'ITEM_PRODUCT',
  RESOURCE_PRODUCT = 'RESOURCE_PRODUCT',
  SALESPRC_PRODPRICE = 'SALESPRC_PRODPRICE',
  SALESORDER_ORDER = 'SALESORDER_ORDER',
  SALESQUOTE_QUOTE = 'SALESQUOTE_QUOTE',
}
export enum SyncDirection {
  BIDIRECTIONAL = 'BIDIRECTIONAL',
  TO_CRM = 'TO_CRM',
  FROM_CRM = 'FROM_CRM',
}
export enum ConflictResolution {
  NONE = 'NONE',
  SEND_UPDATE_TO_CRM = 'SEND_UPDATE_TO_CRM',
  GET_UPDATE_FROM_CRM = 'GET_UPDATE_FROM_CRM',
}
export enum DeletionConflictResolution {
  NONE = 'NONE',
  RESTORE_RECORDS = 'RESTORE_RECORDS',
  REMOVE_COUPLING = 'REMOVE_COUPLING',
}
export enum SyncResult {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
  CONFLICT = 'CONFLICT',
}
export enum ConflictWinner {
  ERP = 'ERP',
  CRM = 'CRM',
}
export enum SyncJobType {
  FULL = 'FULL',
  INCREMENTAL = 'INCREMENTAL',
  SINGLE = 'SINGLE',
  MATCH_COUPLING = 'MATCH_COUPLING',
}
export enum SyncJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELED = 'CANCELED',
}
/** The statuses a job or run never leaves. */
export const FINAL_STATUSES: ReadonlySet<string> = new Set([SyncJobStatus.SUCCEEDED, SyncJobStatus.FAILED, SyncJobStatus.CANCELED]);
/** The order of the `syncJobs` list. */
export enum SyncJobSort {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
export enum FullSyncRecommendation {
  FULL_SYNCHRONIZATION = 'FULL_SYNCHRONIZATION',
  COUPLE_RECORDS = 'COUPLE_RECORDS',
  NO_RECORDS = 'NO_RECORDS',
}

registerEnumType(TableMappingName, { name: 'TableMappingName' });
registerEnumType(SyncDirection, { name: 'SyncDirection' });
registerEnumType(ConflictResolution, { name: 'ConflictResolution' });
registerEnumType(DeletionConflictResolution, { name: 'DeletionConflictResolution' });
registerEnumType(SyncResult, { name: 'SyncResult' });
registerEnumType(ConflictWinner, { name: 'ConflictWinner' });
registerEnumType(SyncJobType, { name: 'SyncJobType' });
registerEnumType(SyncJobStatus, { name: 'SyncJobStatus' });
registerEnumType(SyncJobSort, { name: 'SyncJobSort', description: 'by the time a job was queued, then by id' });
registerEnumType(FullSyncRecommendation, { name: 'FullSyncRecommendation' });
