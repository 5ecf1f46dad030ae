/**
 * Builds the Aho–Corasick automaton over folded keys, flattened into typed arrays so that it can
 * be handed from the background to content scripts (structured clone or JSON) and used as is.
 *
 * Layout: characters are mapped to dense class ids (1…K, 0 = "in no key"); each state's outgoing
 * edges are a slice of `edgeClass`/`edgeTarget` sorted by class id (binary-searched at match
 * time); `fail` is the failure link; `outStart`/`outPattern` list the keys ending at a state and
 * `outLink` points to the next state on the failure chain that also ends keys (-1: none).
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

/** Builds the automaton; pattern i is `keys[i]` (non-empty). */
export function buildAutomaton(keys: readonly string[]): AutomatonArrays {
  const alphabetSet = new Set<number>();
  for (const key of keys) for (let i = 0; i < key.length; i++) alphabetSet.add(key.charCodeAt(i));
  const alphabetCodes = [...alphabetSet].sort((a, b) => a - b);
  const classOf = new Map<number, number>(alphabetCodes.map((c, i) => [c, i + 1]));

  // Trie, with a Map per state: build time only.
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
  const fail = new Int32Array(n);
  const outLink = new Int32Array(n).fill(-1);
  const queue: number[] = [];
  for (const t of children[0]!.values()) queue.push(t);
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const [cls, t] of children[s]!) {
      let f = fail[s]!;
      while (f !== 0 && !children[f]!.has(cls)) f = fail[f]!;
      const g = children[f]!.get(cls);
      fail[t] = g !== undefined && g !== t ? g : 0;
      const ft = fail[t]!;
      outLink[t] = outputs[ft]!.length > 0 ? ft : outLink[ft]!;
      queue.push(t);
    }
  }

  let edgeCount = 0;
  let outCount = 0;
  for (let s = 0; s < n; s++) {
    edgeCount += children[s]!.size;
    outCount += outputs[s]!.length;
  }
  const edgeStart = new Int32Array(n + 1);
  const edgeClass = new Uint16Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const outStart = new Int32Array(n + 1);
  const outPattern = new Int32Array(outCount);
  let e = 0;
  let o = 0;
  for (let s = 0; s < n; s++) {
    edgeStart[s] = e;
    for (const [cls, t] of [...children[s]!].sort((a, b) => a[0] - b[0])) {
      edgeClass[e] = cls;
      edgeTarget[e++] = t;
    }
    outStart[s] = o;
    for (const p of outputs[s]!) outPattern[o++] = p;
  }
  edgeStart[n] = e;
  outStart[n] = o;
  return {
    alphabet: codesToString(alphabetCodes),
    edgeStart,
    edgeClass,
    edgeTarget,
    fail,
    outStart,
    outPattern,
    outLink,
  };
}

function codesToString(codes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}
