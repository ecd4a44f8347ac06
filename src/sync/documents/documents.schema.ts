import { hasRole } from '../../shared/auth';
import { ErrorCode, TandemError } from '../../shared/errors';
import type { SyncContext } from '../sync.context';

/**
 * "Create in ERP" and "Process in ERP": mutations returning ERP documents, declared in SDL
 * because their return types are entity stubs of the sync subgraph.
 */
export const DOCUMENT_MUTATIONS_SDL = `extend type Mutation {
  """Create in ERP: converts a SUBMITTED CRM order into an ERP sales order"""
  convertOrder(crmOrderId: ID!): SalesOrder!
  """Process in ERP: turns an ACTIVE or WON CRM quote into an ERP sales quote"""
  processQuote(crmQuoteId: ID!): SalesQuote!
}`;

function requireOperator(ctx: SyncContext): void {
  if (!hasRole(ctx.role, 'operator')) throw new TandemError(ErrorCode.FORBIDDEN, `This needs the operator role; the API key used has the ${ctx.role} role`);
}

/** Resolvers of the document mutations. */
export const documentMutationResolvers = {
  Mutation: {
    convertOrder: (_: unknown, args: { crmOrderId: string }, ctx: SyncContext) => {
      requireOperator(ctx);
      return ctx.sync.documents.convertOrder(args.crmOrderId);
    },
    processQuote: (_: unknown, args: { crmQuoteId: string }, ctx: SyncContext) => {
      requireOperator(ctx);
      return ctx.sync.documents.processQuote(args.crmQuoteId);
    },
  },
};
