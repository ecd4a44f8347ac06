import { EntityManager } from 'typeorm';
import { NoSeries } from './no-series.entity';
import { isDuplicateKeyError, uniqueWrite } from '../shared/repository';
import { advanceCounter } from '../shared/db';

/** The number series the ERP assigns from when a caller omits a record's number. */
export const DEFAULT_NO_SERIES: Array<Omit<NoSeries, 'lastNo'>> = [
  { code: 'CUSTOMER', prefix: 'C', step: 10, width: 5 },
  { code: 'CONTACT', prefix: 'CT', step: 10, width: 5 },
  { code: 'ITEM', prefix: 'I', step: 10, width: 5 },
  { code: 'RESOURCE', prefix: 'R', step: 10, width: 5 },
  { code: 'SALES_ORDER', prefix: 'SO', step: 1, width: 5 },
  { code: 'SALES_QUOTE', prefix: 'SQ', step: 1, width: 5 },
];

/**
 * Hands out numbers ("C00010", "C00020", ...). The increment is one UPDATE inside the caller's
 * transaction, so on MySQL the row lock serializes concurrent callers and on SQLite the single
 * writer does; no two callers get the same number.
 */
export class NoSeriesService {
  /** Inserts the default series that are missing (idempotent; safe when several processes start). */
  async ensureDefaults(manager: EntityManager): Promise<void> {
    const repo = manager.getRepository(NoSeries);
    for (const def of DEFAULT_NO_SERIES) {
      if (!(await repo.existsBy({ code: def.code }))) await uniqueWrite(() => repo.insert({ ...def, lastNo: 0 }), '').catch(() => undefined);
    }
  }

  /**
   * `count` numbers of a series in one step (bulk creation), skipping numbers already used:
   * one UPDATE reserves the whole block, one SELECT finds the taken ones.
   */
  async nextBlock(manager: EntityManager, code: string, count: number, taken: (nos: string[]) => Promise<Set<string>>): Promise<string[]> {
    const out: string[] = [];
    while (out.length < count) {
      const want = count - out.length;
      const s = await advanceCounter(manager, NoSeries, code, (c) => `${c('step')} * ${want}`);
      const block = Array.from({ length: want }, (_, i) => s.prefix + String(s.lastNo - s.step * (want - 1 - i)).padStart(s.width, '0'));
      const used = await taken(block);
      out.push(...block.filter((no) => !used.has(no)));
    }
    return out;
  }

  /**
   * Inserts a record under the next number of a series: `insert` is tried with each next number
   * until one is not taken (a duplicate key skips a number a caller used by hand). No lookup runs
   * before the insert, so the series' row lock is held for the insert and the commit only.
   */
  async insertNext(manager: EntityManager, code: string, insert: (no: string) => Promise<unknown>): Promise<string> {
    for (;;) {
      const series = await advanceCounter(manager, NoSeries, code, (c) => c('step'));
      const no = series.prefix + String(series.lastNo).padStart(series.width, '0');
      try {
        await insert(no);
        return no;
      } catch (error) {
        // A duplicate key undoes the failed statement only (SQLite and MySQL alike): try the next number.
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }

  /** The next number of a series, skipping numbers a caller already used by hand. */
  async next(manager: EntityManager, code: string, taken: (no: string) => Promise<boolean>): Promise<string> {
    for (;;) {
      const series = await advanceCounter(manager, NoSeries, code, (c) => c('step'));
      const no = series.prefix + String(series.lastNo).padStart(series.width, '0');
      if (!(await taken(no))) return no;
    }
  }
}
