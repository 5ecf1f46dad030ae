/**
 * The automaton's compact form, what the background sends (automaton-build.ts has the layout):
 * per state only its edge count and failure link, plus the edges' classes and the reporting
 * states' list. `expandAutomaton` rebuilds the arrays a matcher reads in one pass over the
 * states, into one new buffer: in a content script each fresh allocation costs ready time
 * (packed-array.ts).
 */
import type { AutomatonArrays } from './automaton-build';

/** What the automaton cannot do without: the rest follows from the breadth-first numbering. */
export interface CompactAutomaton {
  alphabet: string;
  /** The root's number of outgoing edges (up to the alphabet's size). */
  rootEdges: number;
  /** Per state but the root (index 0 is not read): its number of outgoing edges, most under 256. */
  edgeCount: ArrayLike<number>;
  edgeClass: Uint16Array;
  fail: Int32Array;
  /** The reporting states, ascending. */
  reportState: ArrayLike<number>;
  /** Per reporting state: how many patterns end there. */
  reportSize: ArrayLike<number>;
  reportDepth: ArrayLike<number>;
  outPattern: Int32Array;
}

/** The arrays `expandAutomaton` needs (those of a breadth-first automaton, as built here). */
export function compactAutomaton(a: AutomatonArrays): CompactAutomaton {
  const n = a.fail.length;
  const edgeCount = new Int32Array(n);
  const reportState = new Int32Array(a.reportNext.length - 1);
  const reportSize = new Int32Array(a.reportNext.length - 1);
  for (let s = 0, r = 1; s < n; s++) {
    edgeCount[s] = a.edgeStart[s + 1]! - a.edgeStart[s]!;
    // Reporting numbers follow state order: a state inherits only smaller ones (fail[s] < s).
    if (a.outFirst[s] !== r) continue;
    reportState[r - 1] = s;
    reportSize[r - 1] = a.reportStart[r + 1]! - a.reportStart[r]!;
    r++;
  }
  const { alphabet, edgeClass, fail, outPattern } = a;
  const reportDepth = a.reportDepth.subarray(1);
  const rootEdges = edgeCount[0]!;
  edgeCount[0] = 0;
  return {
    alphabet,
    rootEdges,
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
 * Rebuilds the whole automaton from its compact form, in one pass over the states, into one new
 * buffer. `outFirst` is 16-bit while the reporting states are fewer than 65,536 (the bundled
 * lexicon has 10 thousand: 204 KB less to write in every frame), else 32-bit.
 */
export function expandAutomaton(c: CompactAutomaton): AutomatonArrays {
  const { edgeCount, fail, reportState, reportSize } = c;
  const n = fail.length;
  const reports = reportState.length;
  const narrow = reports < 2 ** 16;
  const ints = n + 1 + (reports + 2) + 2 * (reports + 1);
  const buffer = new ArrayBuffer(4 * ints + (narrow ? 2 : 4) * n);
  let at = 0;
  const take = (length: number) => {
    const view = new Int32Array(buffer, 4 * at, length);
    at += length;
    return view;
  };
  const edgeStart = take(n + 1);
  const reportStart = take(reports + 2); // reporting states are numbered from 1: 0 is none
  const reportNext = take(reports + 1);
  const reportDepth = take(reports + 1);
  const outFirst = narrow
    ? new Uint16Array(buffer, 4 * ints, n)
    : new Int32Array(buffer, 4 * ints, n);
  reportDepth.set(c.reportDepth, 1);
  let e = c.rootEdges;
  let r = 0;
  let o = 0;
  for (let s = 1; s < n; s++) {
    edgeStart[s] = e;
    e += edgeCount[s]!;
    // fail[s] < s: its outFirst is already known (the root's is 0: it ends no key).
    const inherited = outFirst[fail[s]!]!;
    if (r < reports && reportState[r] === s) {
      reportStart[++r] = o;
      reportNext[r] = inherited;
      outFirst[s] = r;
      o += reportSize[r - 1]!;
    } else outFirst[s] = inherited;
  }
  if (r !== reports) throw new Error('reporting states out of order');
  if (o !== c.outPattern.length) throw new Error('reporting sizes do not add up to the outputs');
  if (n > 0 && e !== c.edgeClass.length) throw new Error('edge counts do not add up to the edges');
  edgeStart[n] = e;
  reportStart[reports + 1] = o;
  const { alphabet, edgeClass, outPattern } = c;
  return {
    alphabet,
    edgeStart,
    edgeClass,
    fail,
    outFirst,
    reportStart,
    reportNext,
    reportDepth,
    outPattern,
  };
}
