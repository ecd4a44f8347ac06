import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One line of a self-time summary. */
export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/** Where a frame's code lives: a package under node_modules, node itself, or Tandem. */
function areaOf(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node';
  return 'tandem';
}

/**
 * Self time of a `.cpuprofile` (written by `node --cpu-prof`) by function and by area (package),
 * largest first: where a process spent its own CPU, not counting what its callees did.
 */
export function summarise(path: string, top = 25): { functions: SelfTime[]; areas: SelfTime[]; totalMs: number } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const fn = new Map<string, number>();
  const area = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url.replace(/^.*node_modules\//, '').replace(/^.*\/(src|dist)\//, '$1/');
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const a = functionName === '(garbage collector)' ? '(gc)' : functionName === '(idle)' ? '(idle)' : areaOf(url);
    area.set(a, (area.get(a) ?? 0) + us);
    total += us;
  }
  const busy = total - (area.get('(idle)') ?? 0);
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .filter(([k]) => !k.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / busy }));
  return { functions: rank(fn), areas: rank(area), totalMs: busy / 1000 };
}

if (require.main === module) {
  const { functions, areas, totalMs } = summarise(process.argv[2], Number(process.argv[3] ?? 25));
  console.log(`busy ${totalMs.toFixed(0)} ms (idle excluded)`);
  for (const a of areas) console.log(`${(a.share * 100).toFixed(1).padStart(5)}%  ${a.name}`);
  console.log('');
  for (const f of functions) console.log(`${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
}
