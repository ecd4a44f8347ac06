/**
 * Text that no store keeps as it was given: a NUL character (cut or refused by the drivers) and
 * lone UTF-16 surrogates (stored as U+FFFD on MariaDB, as garbled bytes on SQLite).
 */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored as given, or null when it can. */
export function textProblem(value: string): string | null {
  const found = UNSTORABLE.exec(value);
  if (!found) return null;
  return found[0] === '\u0000'
    ? `text without NUL characters (found one at position ${found.index})`
    : `valid Unicode text (found a lone surrogate U+${found[0].charCodeAt(0).toString(16).toUpperCase()} at position ${found.index})`;
}
