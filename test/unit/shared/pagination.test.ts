import { decodeCursor, encodeCursor, likePattern, SortKey } from '../../../src/shared/pagination';
import { ErrorCode, errorCodeOf } from '../../../src/shared/errors';

const byName: SortKey[] = [
  { column: 'c.name', property: 'name' },
  { column: 'c.id', property: 'id' },
];
const byTime: SortKey[] = [
  { column: 'j.queuedAt', property: 'queuedAt', descending: true, date: true },
  { column: 'j.id', property: 'id' },
];

/** The error a call throws (fails when it throws none). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('cursors', () => {
  it('should give back the sort values a cursor was made of', () => {
    expect(decodeCursor(encodeCursor(['Ada', 'id-1']), byName)).toEqual(['Ada', 'id-1']);
    expect(decodeCursor(encodeCursor([3, 'id-2']), byName)).toEqual([3, 'id-2']);
  });

  it('should give timestamp keys back as dates', () => {
    const [at, id] = decodeCursor(encodeCursor(['2026-01-02T03:04:05.006Z', 'id-1']), byTime);
    expect(at).toEqual(new Date('2026-01-02T03:04:05.006Z'));
    expect(id).toBe('id-1');
  });

  it('should be URL-safe text', () => {
    expect(encodeCursor(['??>>', '~~~'])).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['not base64 JSON', 'not a cursor!'],
    ['another list (wrong number of keys)', encodeCursor(['Ada'])],
    ['an object where values belong', encodeCursor([{ $gt: '' }, 'id'])],
    ['a null value', encodeCursor([null, 'id'])],
  ])('should refuse %s with BAD_USER_INPUT', (_what, cursor) => {
    const error = thrown(() => decodeCursor(cursor, byName));
    expect(errorCodeOf(error)).toBe(ErrorCode.BAD_USER_INPUT);
    expect((error as Error).message).toContain('is not a cursor returned by this list');
  });

  it('should refuse a timestamp key that is not an instant', () => {
    expect(errorCodeOf(thrown(() => decodeCursor(encodeCursor(['yesterday', 'id']), byTime)))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe(likePattern.name, () => {
  it('should lower-case, escape the LIKE wildcards and the escape character, and match a substring', () => {
    expect(likePattern('Ada')).toBe('%ada%');
    expect(likePattern('50%_off!')).toBe('%50!%!_off!!%');
  });
});
