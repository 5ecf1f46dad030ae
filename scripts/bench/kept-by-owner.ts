/**
 * npx tsx scripts/bench/kept-by-owner.ts [PAGE] [KB] [MIN_BYTES]
 *
 * Who keeps what a scan leaves alive (issue 18 goal 3, "Garbage inside the slices"): one scan of
 * PAGE in the bench page (its scanner, mention index and view kept, as a content script keeps
 * them), then a heap snapshot after a full collection, in which every object of MIN_BYTES (default
 * 16) or more of V8's heap that the page's fresh copy did not hold is charged to its owner two steps up
 * (`Owner.field → Holder.edge`: a Map's table to the object field holding the Map). The objects
 * a scan keeps are the ones each scavenge during the scan copies. A tool, nothing asserted.
 */
import { heapSnapshotText, openBenchWith, type BenchPage } from './bench-page';
import type { KbName, PageName } from './fixtures';

const [page = '5MB', kb = 'bundled', minArg = '16'] = process.argv.slice(2);

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

async function take(bench: BenchPage): Promise<Snapshot> {
  return JSON.parse(await heapSnapshotText(bench)) as Snapshot;
}

/** Bytes by owner path of the objects in `after` whose ids `before` did not hold. */
function byOwner(before: Snapshot, after: Snapshot, min: number): Map<string, [number, number]> {
  const { node_fields: nf, node_types: nt, edge_fields: ef } = after.snapshot.meta;
  const N = nf.length;
  const E = ef.length;
  const [TYPE, NAME, ID, SIZE, EDGES] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) =>
    nf.indexOf(f),
  ) as [number, number, number, number, number];
  const [ETYPE, ENAME, ETO] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const edgeTypes = (after.snapshot.meta as unknown as { edge_types: [string[]] }).edge_types[0];
  const old = new Set<number>();
  for (let i = 0; i < before.nodes.length; i += N) old.add(before.nodes[i + ID]!);
  const { nodes, edges, strings } = after;
  // The first strong retainer of each node (node index → [owner node index, edge name]).
  const owner = new Map<number, [number, string]>();
  for (let i = 0, e = 0; i < nodes.length; i += N) {
    for (let k = 0; k < nodes[i + EDGES]!; k++, e += E) {
      const type = edgeTypes[edges[e + ETYPE]!]!;
      if (type === 'weak' || type === 'shortcut') continue;
      const to = edges[e + ETO]!;
      if (owner.has(to)) continue;
      const raw = edges[e + ENAME]!;
      owner.set(to, [i, type === 'element' || type === 'hidden' ? `[${type}]` : strings[raw]!]);
    }
  }
  const label = (i: number) =>
    `${nt[0][nodes[i + TYPE]!]} ${strings[nodes[i + NAME]!]!.slice(0, 40)}`;
  const out = new Map<string, [number, number]>();
  for (let i = 0; i < nodes.length; i += N) {
    const size = nodes[i + SIZE]!;
    const native = nt[0][nodes[i + TYPE]!] === 'native'; // Blink's (layout of the fresh copy)
    if (size < min || native || old.has(nodes[i + ID]!)) continue;
    const up = owner.get(i);
    const up2 = up && owner.get(up[0]);
    const path = `${label(i)} ← ${up ? `${label(up[0])}.${up[1]}` : '?'} ← ${up2 ? `${label(up2[0])}.${up2[1]}` : '?'}`;
    const entry = out.get(path) ?? [0, 0];
    entry[0] += size;
    entry[1]++;
    out.set(path, entry);
  }
  return out;
}

const bench = await openBenchWith(page as PageName, kb as KbName);
try {
  await bench.call('scanPage', page, kb, 1e9); // warm-up, untimed
  await bench.call('dropScanState');
  await bench.call('treeWalkerFloor', page as PageName); // renders a fresh copy, scans nothing
  const before = await take(bench);
  const scan = await bench.call('scanPage', page, kb);
  const after = await take(bench);
  console.log(`${page} × ${kb}: ${scan.mentions} mentions; kept objects of ${minArg} B or more:`);
  const rows = [...byOwner(before, after, Number(minArg))].sort((a, b) => b[1][0] - a[1][0]);
  for (const [path, [size, count]] of rows.slice(0, 30))
    console.log(
      `  ${(size / 1048576).toFixed(2).padStart(6)} MB ${String(count).padStart(7)} × ${path}`,
    );
} finally {
  await bench.close();
}
