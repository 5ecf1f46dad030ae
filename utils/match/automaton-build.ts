/**
 * Builds the Aho–Corasick automaton over folded keys, flattened into typed arrays so that it can
 * be handed from the background to content scripts (structured clone or JSON) and used as is.
 *
 * States are numbered breadth-first, children by class id. Hence a state's children have
 * consecutive ids, edge e always leads to state e + 1 (no target array), and every failure link
 * points to a smaller id.
 *
 * Layout: characters are mapped to dense class ids (1…K, 0 = "in no key"); each state's outgoing
 * edges are a slice of `edgeClass`, sorted by class id (binary-searched at match time; edge e
 * leads to state e + 1): state s's first child is s + `childOffset[s]`, so its edges are
 * `s + childOffset[s] - 1 … s + childOffset[s + 1] - 1` (the offset is the breadth-first queue's
 * length, 16 bits for the bundled lexicon where absolute edge starts need 32); `fail` is the
 * failure link. Outputs are indexed by reporting state (a state where keys end: 10 thousand of
 * the bundled lexicon's 102 thousand states), numbered 1…R in state order (0: none):
 * `outFirst[s]` is the number of the first state on s's failure chain, itself included, that
 * ends keys, so that "does any key end here?" is one read while matching; reporting state r
 * lists its keys in `outPattern[reportStart[r]…reportStart[r + 1]]`, all `reportDepth[r]` long,
 * and `reportNext[r]` is the next reporting state on its failure chain. Why: content scripts
 * receive these arrays, and each byte they decode into fresh memory costs (~3 ms a megabyte in
 * Chromium here), so a state costs 10 bytes (childOffset, edgeClass and outFirst in 16 bits,
 * fail in 32) where absolute edge starts and a per-state `outStart` made it 18.
 * `expandAutomaton` (automaton-compact.ts) derives the per-state arrays in one pass.
 */

import { expandAutomaton, type CompactAutomaton } from './automaton-compact';

/** The automaton's arrays (part of the serialisable lexicon). */
export interface AutomatonArrays {
  /** Distinct code units of all keys, ascending; the class id of `alphabet[i]` is i + 1. */
  alphabet: string;
  /**
   * Per state (n + 1 items): its first child's id minus its own (0 at n). 16-bit while the
   * values fit.
   */
  childOffset: Uint16Array | Int32Array;
  /** Per edge: its class id. Edge e leads to state e + 1. */
  edgeClass: Uint16Array;
  fail: Int32Array;
  /**
   * Per state: its reporting number when keys end there, else that of the next state on its
   * failure chain that ends keys; 0 when none does. 16-bit below 65,536 reporting states.
   */
  outFirst: Uint16Array | Int32Array;
  /** Per reporting number (R + 2 items, 0 unused): where its keys start in `outPattern`. */
  reportStart: Int32Array;
  /** Per reporting number (0 unused): the next reporting state on its failure chain (0: none). */
  reportNext: Int32Array;
  /** Per reporting number (0 unused): its depth, the length of every key ending there. */
  reportDepth: Int32Array;
  /** The patterns ending at each reporting state, in state order, each in ascending index order. */
  outPattern: Int32Array;
}

/**
 * Builds the automaton; pattern i is `keys[i]` (non-empty). With `sameOutput`, a pattern whose
 * key equals an earlier pattern's for which `sameOutput(earlier, later)` holds is left out of
 * the outputs (a namesake that can never be reported: see buildLexicon).
 */
export function buildAutomaton(
  keys: readonly string[],
  sameOutput?: (earlier: number, later: number) => boolean,
): AutomatonArrays {
  return expandAutomaton(buildCompactAutomaton(keys, sameOutput));
}

/** The automaton's compact form (automaton-compact.ts): what `buildAutomaton` expands. */
export function buildCompactAutomaton(
  keys: readonly string[],
  sameOutput?: (earlier: number, later: number) => boolean,
): CompactAutomaton {
  const alphabetSet = new Set<number>();
  for (const key of keys) for (let i = 0; i < key.length; i++) alphabetSet.add(key.charCodeAt(i));
  const alphabetCodes = [...alphabetSet].sort((a, b) => a - b);
  const classOf = new Uint16Array(65536);
  alphabetCodes.forEach((code, i) => (classOf[code] = i + 1));

  // The trie from the keys in sorted order: each key shares its longest common prefix with the
  // previous one, so new states are appended and each state's children come in class order.
  const sorted = sortedPatterns(keys);
  const common = new Int32Array(sorted.length);
  let n = 1;
  sorted.forEach((p, i) => {
    const key = keys[p]!;
    const prev = i > 0 ? keys[sorted[i - 1]!]! : '';
    let l = 0;
    while (l < key.length && l < prev.length && key.charCodeAt(l) === prev.charCodeAt(l)) l++;
    common[i] = l;
    n += key.length - l;
  });
  const stateClass = new Uint16Array(n);
  const firstChild = new Int32Array(n).fill(-1);
  const lastChild = new Int32Array(n).fill(-1);
  const nextSibling = new Int32Array(n).fill(-1);
  const terminal = new Int32Array(keys.length); // per pattern: its state (trie ids), -1 left out
  const path = [0]; // the states along the previous key
  let created = 1;
  let group = 0; // where the patterns of the current key start in `sorted`
  sorted.forEach((p, i) => {
    const key = keys[p]!;
    if (i > 0 && common[i] === key.length && key.length === keys[sorted[i - 1]!]!.length) {
      // Same key as the previous pattern (equal keys sort together, by index).
      terminal[p] = path[key.length]!;
      for (let j = group; j < i && sameOutput; j++) {
        const q = sorted[j]!;
        if (terminal[q]! >= 0 && sameOutput(q, p)) terminal[p] = -1;
      }
      return;
    }
    group = i;
    let s = path[common[i]!]!;
    for (let d = common[i]!; d < key.length; d++) {
      const t = created++;
      stateClass[t] = classOf[key.charCodeAt(d)]!;
      if (lastChild[s]! < 0) firstChild[s] = t;
      else nextSibling[lastChild[s]!] = t;
      lastChild[s] = t;
      path[d + 1] = s = t;
    }
    terminal[p] = s;
  });

  // Breadth-first ids: edge e leads to state e + 1, so edgeClass[e] is the class of state e + 1.
  const byRank = new Int32Array(n); // breadth-first id → trie id
  const rank = new Int32Array(n);
  const parent = new Int32Array(n);
  const edgeCount = new Int32Array(n);
  for (let q = 0, tail = 1; q < n; q++) {
    for (let t = firstChild[byRank[q]!]!; t >= 0; t = nextSibling[t]!) {
      rank[t] = tail;
      parent[tail] = q;
      byRank[tail++] = t;
      edgeCount[q] = edgeCount[q]! + 1;
    }
  }
  const edgeClass = new Uint16Array(Math.max(0, n - 1));
  for (let e = 0; e < n - 1; e++) edgeClass[e] = stateClass[byRank[e + 1]!]!;
  const fail = failureLinks(edgeCount, edgeClass, parent, alphabetCodes.length);

  const outCount = new Int32Array(n);
  let outputs = 0;
  for (const t of terminal) {
    if (t < 0) continue;
    outCount[rank[t]!]!++;
    outputs++;
  }
  const outPattern = new Int32Array(outputs);
  const reportState: number[] = [];
  const reportSize: number[] = [];
  const reportDepth: number[] = [];
  const next = new Int32Array(n); // per state: where its next pattern goes in outPattern
  for (let s = 0, o = 0; s < n; o += outCount[s++]!) {
    next[s] = o;
    if (outCount[s] === 0) continue;
    reportState.push(s);
    reportSize.push(outCount[s]!);
  }
  terminal.forEach((t, p) => {
    if (t >= 0) outPattern[next[rank[t]!]!++] = p;
  });
  for (let r = 0, o = 0; r < reportState.length; o += reportSize[r++]!)
    reportDepth.push(keys[outPattern[o]!]!.length);
  return {
    alphabet: codesToString(alphabetCodes),
    edgeCount,
    edgeClass,
    fail,
    reportState,
    reportSize,
    reportDepth,
    outPattern,
  };
}

/**
 * Pattern indices ordered by key (code units; class ids follow them), then by index. The
 * distinct keys are sorted natively: a comparator called from the sort was 10x slower on a
 * million keys.
 */
function sortedPatterns(keys: readonly string[]): Int32Array {
  const byKey = new Map<string, number | number[]>();
  keys.forEach((key, p) => {
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, p);
    else if (typeof known === 'number') byKey.set(key, [known, p]);
    else known.push(p);
  });
  const sorted = new Int32Array(keys.length);
  let n = 0;
  for (const key of [...byKey.keys()].sort()) {
    const patterns = byKey.get(key)!;
    if (typeof patterns === 'number') sorted[n++] = patterns;
    else for (const p of patterns) sorted[n++] = p;
  }
  return sorted;
}

/** Failure links of a breadth-first automaton, in id order (a state's parent comes first). */
function failureLinks(
  edgeCount: Int32Array,
  edgeClass: Uint16Array,
  parent: Int32Array,
  classes: number,
): Int32Array {
  const n = edgeCount.length;
  const edgeStart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) edgeStart[s + 1] = edgeStart[s]! + edgeCount[s]!;
  const rootRow = new Int32Array(classes + 1);
  for (let e = 0; e < edgeStart[1]!; e++) rootRow[edgeClass[e]!] = e + 1;
  const child = (s: number, cls: number): number => {
    if (s === 0) return rootRow[cls]!;
    let lo = edgeStart[s]!;
    let hi = edgeStart[s + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = edgeClass[mid]!;
      if (c === cls) return mid + 1;
      if (c < cls) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };
  const fail = new Int32Array(n);
  for (let t = 1; t < n; t++) {
    if (parent[t] === 0) continue; // depth 1 fails to the root
    const cls = edgeClass[t - 1]!;
    let f = fail[parent[t]!]!;
    let g = child(f, cls);
    while (g === 0 && f !== 0) {
      f = fail[f]!;
      g = child(f, cls);
    }
    fail[t] = g;
  }
  return fail;
}

function codesToString(codes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192)
    s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}
