import { registerEnumType } from 'type-graphql';

export enum RecordState {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
export enum ProductType {
  SALES_INVENTORY = 'SALES_INVENTORY',
  SERVICES = 'SERVICES',
}
export enum ProductState {
  ACTIVE = 'ACTIVE',
  RETIRED = 'RETIRED',
  DRAFT = 'DRAFT',
}
export enum OrderState {
  ACTIVE = 'ACTIVE',
  SUBMITTED = 'SUBMITTED',
  CANCELED = 'CANCELED',
  FULFILLED = 'FULFILLED',
  INVOICED = 'INVOICED',
}
export enum QuoteState {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  WON = 'WON',
  CLOSED = 'CLOSED',
}

registerEnumType(RecordState, { name: 'RecordState' });
registerEnumType(ProductType, { name: 'ProductType' });
registerEnumType(ProductState, { name: 'ProductState' });
registerEnumType(OrderState, { name: 'OrderState' });
registerEnumType(QuoteState, { name: 'QuoteState' });
