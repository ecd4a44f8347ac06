import raw from './operations.graphql?raw';

/**
 * The operations of operations.graphql by name. Each is sent alone: a subscription is
 * validated against the sync subgraph's schema, which knows nothing of the ERP's types.
 */
const OPS: Record<string, string> = {};
const starts = [...raw.matchAll(/^(query|mutation|subscription) (\w+)/gm)];
starts.forEach((m, i) => {
  OPS[m[2]] = raw
    .slice(m.index, starts[i + 1]?.index ?? raw.length)
    .replace(/\n#[^\n]*/g, '')
    .trim();
});

/** The text of the named operation (fails loudly for a name that is not in the file). */
export function op(name: string): string {
  const text = OPS[name];
  if (!text) throw new Error(`No operation ${name} in operations.graphql`);
  return text;
}
