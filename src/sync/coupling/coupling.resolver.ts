import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { connectionType, PageArgs } from '../../shared/pagination';
import { notImplemented } from '../../shared/errors';
import { Coupling } from '../coupling.entity';
import { SyncJob } from '../sync-job.entity';
import { ConflictWinner, TableMappingName } from '../enums';
import { CoupleInput, CouplingFilter, MatchCouplingInput, RecordRefInput, SynchronizeNowInput } from './coupling.input';
import type { SyncContext } from '../sync.context';

export const CouplingConnection = connectionType(Coupling, 'CouplingConnection');

/** Couplings: queries, and the coupling actions (built in the coupling issue). */
@Resolver(() => Coupling)
export class CouplingResolver {
  @Query(() => CouplingConnection)
  couplings(@Args() page: PageArgs, @Arg('filter', () => CouplingFilter, { nullable: true }) filter: CouplingFilter | undefined, @Ctx() ctx: SyncContext) {
    return ctx.sync.couplings.list(page, filter);
  }

  @Query(() => Coupling, { nullable: true })
  coupling(
    @Arg('mapping', () => TableMappingName) mapping: TableMappingName,
    @Arg('erpId', () => String, { nullable: true }) erpId: string | undefined,
    @Arg('crmId', () => ID, { nullable: true }) crmId: string | undefined,
    @Ctx() ctx: SyncContext,
  ) {
    return ctx.sync.couplings.find(mapping, { erpId, crmId });
  }

  @Authorized('operator') @Mutation(() => Coupling)
  couple(@Arg('input') _input: CoupleInput): Coupling { throw notImplemented('couple'); }
  @Authorized('operator') @Mutation(() => Boolean)
  uncouple(@Arg('input') _input: RecordRefInput): boolean { throw notImplemented('uncouple'); }
  @Authorized('operator') @Mutation(() => Coupling)
  createInOther(@Arg('input') _input: RecordRefInput): Coupling { throw notImplemented('createInOther'); }
  @Authorized('operator') @Mutation(() => SyncJob)
  synchronizeNow(@Arg('input') _input: SynchronizeNowInput): SyncJob { throw notImplemented('synchronizeNow'); }
  @Authorized('operator') @Mutation(() => SyncJob)
  coupleByMatch(@Arg('input') _input: MatchCouplingInput): SyncJob { throw notImplemented('coupleByMatch'); }
  @Authorized('operator') @Mutation(() => [Coupling])
  restoreSkippedCouplings(@Arg('ids', () => [ID]) _ids: string[]): Coupling[] { throw notImplemented('restoreSkippedCouplings'); }
  @Authorized('operator') @Mutation(() => Coupling)
  resolveConflict(@Arg('couplingId', () => ID) _id: string, @Arg('keep', () => ConflictWinner) _keep: ConflictWinner): Coupling {
    throw notImplemented('resolveConflict');
  }
}
