import { EntityManager } from 'typeorm';
import { ErrorCode, errorCodeOf } from '../shared/errors';
import { uniqueWrite } from '../shared/repository';
import { advanceCounter } from '../shared/db';
import { CrmSequence } from './post.entity';

/** A number sequence: "ORD-" + 5 digits gives "ORD-00001". */
export interface SequenceDef {
  code: string;
  prefix: string;
  width: number;
}

export const ORDER_SEQUENCE: SequenceDef = { code: 'ORDER', prefix: 'ORD-', width: 5 };
export const QUOTE_SEQUENCE: SequenceDef = { code: 'QUOTE', prefix: 'QUO-', width: 5 };

/**
 * Hands out document numbers. The increment is one atomic UPDATE inside the caller's
 * transaction: on MySQL the row lock serializes concurrent callers, on SQLite the single writer
 * does, so no two documents get the same number.
 */
export class SequenceService {
  /** The next number of a sequence, skipping numbers already used (e.g. written by a sync). */
  async next(m: EntityManager, seq: SequenceDef, taken: (no: string) => Promise<boolean>): Promise<string> {
    await this.ensure(m, seq);
    for (;;) {
      const { lastNo } = await advanceCounter(m, CrmSequence, seq.code, () => '1');
      const no = seq.prefix + String(lastNo).padStart(seq.width, '0');
      if (!(await taken(no))) return no;
    }
  }

  /** Inserts the sequence row on first use; two first users may race, and the loser's duplicate key is harmless. */
  private async ensure(m: EntityManager, seq: SequenceDef): Promise<void> {
    const repo = m.getRepository(CrmSequence);
    if (await repo.existsBy({ code: seq.code })) return;
    try {
      await uniqueWrite(() => repo.insert({ code: seq.code, lastNo: 0 }), `Sequence ${seq.code} exists`);
    } catch (error) {
      if (errorCodeOf(error) !== ErrorCode.CONFLICT) throw error;
    }
  }
}
