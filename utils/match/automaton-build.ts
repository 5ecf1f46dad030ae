/**
 * Builds the Aho–Corasick automaton over folded keys, flattened into typed arrays so that it can
 * be handed from the background to content scripts (structured clone or JSON) and used as is.
 *
 * Layout: characters are mapped to dense class ids (1…K, 0 = "in no key"); each state's outgoing
 * edges are a slice of `edgeClass`/`edgeTarget` sorted by class id (binary-searched at match
 * time); `fail` is the failure link; `outStart`/`outPattern` list the keys ending at a state and
 * `outLink` points to the next state on the failure chain that also ends keys (-1: none).
 *
 * States are numbered breadth-first, children by class id. Hence a state's children have
 * consecutive ids, edge e always leads to state e + 1, and every failure link points to a
 * smaller id — which lets `compactAutomaton` drop `edgeStart`, `edgeTarget`, `outStart` and
 * `outLink` (most of the automaton's bytes) and `expandAutomaton` rebuild them in one pass.
 */

/** The automaton's arrays (part of the serialisable lexicon). */
export interface AutomatonArrays {
  /** Distinct code units of all keys, ascending; the class id of `alphabet[i]` is i + 1. */
  alphabet: string;
  edgeStart: Int32Array;
  edgeClass: Uint16Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  outStart: Int32Array;
  outPattern: Int32Array;
  outLink: Int32Array;
}

/** What the automaton cannot do without: the rest follows from the breadth-first numbering. */
export interface CompactAutomaton {
  alphabet: string;
  /** Per state: its number of outgoing edges. */
  edgeCount: ArrayLike<number>;
  edgeClass: Uint16Array;
  fail: Int32Array;
  /** Per state: how many keys end there. */
  outCount: ArrayLike<number>;
  outPattern: Int32Array;
}

/** Builds the automaton; pattern i is `keys[i]` (non-empty). */
export function buildAutomaton(keys: readonly string[]): AutomatonArrays {
  const alphabetSet = new Set<number>();
  for (const key of keys) for (let i = 0; i < key.length; i++) alphabetSet.add(key.charCodeAt(i));
  const alphabetCodes = [...alphabetSet].sort((a, b) => a - b);
  const classOf = new Map<number, number>(alphabetCodes.map((c, i) => [c, i + 1]));

  // Trie, with a Map per state: build time only. Insertion ids here, breadth-first ids below.
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  keys.forEach((key, p) => {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const cls = classOf.get(key.charCodeAt(i))!;
      let t = children[s]!.get(cls);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        outputs.push([]);
        children[s]!.set(cls, t);
      }
      s = t;
    }
    outputs[s]!.push(p);
  });

  const n = children.length;
  const order = [0]; // insertion ids in breadth-first order
  const sorted: [number, number][][] = new Array<[number, number][]>(n);
  for (let q = 0; q < order.length; q++) {
    const s = order[q]!;
    sorted[s] = [...children[s]!].sort((a, b) => a[0] - b[0]);
    for (const [, t] of sorted[s]) order.push(t);
  }
  const rank = new Int32Array(n);
  order.forEach((s, i) => (rank[s] = i));

  // Failure links in insertion ids (parents before children), then renumbered.
  const failOld = new Int32Array(n);
  for (const s of order) {
    for (const [cls, t] of sorted[s]!) {
      if (s === 0) continue; // depth 1 fails to the root
      let f = failOld[s]!;
      while (f !== 0 && !children[f]!.has(cls)) f = failOld[f]!;
      const g = children[f]!.get(cls);
      failOld[t] = g !== undefined && g !== t ? g : 0;
    }
  }

  const edgeCount = new Int32Array(n);
  const outCount = new Int32Array(n);
  const fail = new Int32Array(n);
  const edgeClass = new Uint16Array(n - 1);
  const outPattern: number[] = [];
  let e = 0;
  order.forEach((s, i) => {
    edgeCount[i] = sorted[s]!.length;
    for (const [cls] of sorted[s]!) edgeClass[e++] = cls;
    outCount[i] = outputs[s]!.length;
    outPattern.push(...outputs[s]!);
    fail[i] = rank[failOld[s]!]!;
  });
  return expandAutomaton({
    alphabet: codesToString(alphabetCodes),
    edgeCount,
    edgeClass,
    fail,
    outCount,
    outPattern: Int32Array.from(outPattern),
  });
}

/** The arrays `expandAutomaton` needs (those of a breadth-first automaton, as built here). */
export function compactAutomaton(a: AutomatonArrays): CompactAutomaton {
  const n = a.fail.length;
  for (let e = 0; e < a.edgeTarget.length; e++) {
    if (a.edgeTarget[e] !== e + 1) throw new Error('automaton not numbered breadth-first');
  }
  const edgeCount = new Int32Array(n);
  const outCount = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    edgeCount[s] = a.edgeStart[s + 1]! - a.edgeStart[s]!;
    outCount[s] = a.outStart[s + 1]! - a.outStart[s]!;
  }
  const { alphabet, edgeClass, fail, outPattern } = a;
  return { alphabet, edgeCount, edgeClass, fail, outCount, outPattern };
}

/** Rebuilds the whole automaton from its compact form, in one pass over the states. */
export function expandAutomaton(c: CompactAutomaton): AutomatonArrays {
  const { edgeCount, fail, outCount } = c;
  const n = fail.length;
  const edgeStart = new Int32Array(n + 1);
  const outStart = new Int32Array(n + 1);
  const outLink = new Int32Array(n);
  let e = 0;
  let o = 0;
  for (let s = 0; s < n; s++) {
    edgeStart[s] = e;
    e += edgeCount[s]!;
    outStart[s] = o;
    o += outCount[s]!;
    // fail[s] < s: its link is already known (the root's is -1: no state ends keys before it).
    const f = fail[s]!;
    outLink[s] = s === 0 ? -1 : outCount[f]! > 0 ? f : outLink[f]!;
  }
  edgeStart[n] = e;
  outStart[n] = o;
  const edgeTarget = new Int32Array(e);
  for (let i = 0; i < e; i++) edgeTarget[i] = i + 1;
  const { alphabet, edgeClass, outPattern } = c;
  return { alphabet, edgeStart, edgeClass, edgeTarget, fail, outStart, outPattern, outLink };
}

function codesToString(codes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192)
    s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}
