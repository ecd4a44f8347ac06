import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { connectionType, PageArgs } from '../../shared/pagination';
import { Coupling } from '../coupling.entity';
import { SyncJob } from '../sync-job.entity';
import { ConflictWinner, TableMappingName } from '../enums';
import { CoupleInput, CouplingFilter, MatchCouplingInput, RecordRefInput, SynchronizeNowInput } from './coupling.input';
import type { SyncContext } from '../sync.context';

export const CouplingConnection = connectionType(Coupling, 'CouplingConnection');

/** Couplings: queries and the coupling actions. */
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

  @Authorized('operator')
  @Mutation(() => Coupling)
  couple(@Arg('input') input: CoupleInput, @Ctx() ctx: SyncContext) {
    return ctx.sync.coupling.couple(input);
  }
  @Authorized('operator')
  @Mutation(() => Boolean)
  uncouple(@Arg('input') input: RecordRefInput, @Ctx() ctx: SyncContext) {
    return ctx.sync.coupling.uncouple(input);
  }
  @Authorized('operator')
  @Mutation(() => Coupling)
  createInOther(@Arg('input') input: RecordRefInput, @Ctx() ctx: SyncContext) {
    return ctx.sync.coupling.createInOther(input);
  }
  @Authorized('operator')
  @Mutation(() => SyncJob)
  synchronizeNow(@Arg('input') input: SynchronizeNowInput, @Ctx() ctx: SyncContext) {
    return ctx.sync.coupling.synchronizeNow(input);
  }
  @Authorized('operator')
  @Mutation(() => SyncJob)
  coupleByMatch(@Arg('input') input: MatchCouplingInput, @Ctx() ctx: SyncContext) {
    return ctx.sync.match.coupleByMatch(input);
  }
  @Authorized('operator')
  @Mutation(() => [Coupling])
  restoreSkippedCouplings(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: SyncContext) {
    return ctx.sync.conflicts.restoreSkipped(ids);
  }
  @Authorized('operator')
  @Mutation(() => Coupling)
  resolveConflict(@Arg('couplingId', () => ID) id: string, @Arg('keep', () => ConflictWinner) keep: ConflictWinner, @Ctx() ctx: SyncContext) {
    return ctx.sync.conflicts.resolve(id, keep);
  }
}
