/**
 * The automaton's compact form and its expansion into the per-state arrays (automaton-build.ts
 * has the layout): per state only its edge count and failure link, plus the reporting states'
 * list. `expandAutomaton` is the build's last step, in the background, and where a large
 * lexicon arrives.
 *
 * Design note (issue 18 goal 4, lexicon format 7). Content scripts used to receive the compact
 * form and expand it at ready; now a lexicon whose per-state arrays are 16-bit (the bundled one)
 * travels expanded, as views on the one decoded buffer (lexicon-format.ts), and ready runs no
 * loop over the states. In a fresh frame the expansion's loop over 102 thousand states ran as
 * cold code (6.8 ms cold against 2.6 ms warm, bench page, Chromium) and wrote 0.7 MB of fresh
 * memory; its arrays, sent instead, are about as many bytes to parse and decode, because
 * `childOffset` (a state's first child's id minus its own) fits 16 bits where the absolute
 * `edgeStart` needed 32. A lexicon with 32-bit per-state arrays (10k entries and more, whose
 * frames match remotely) still travels compact: 1 byte a state instead of 8.
 */
import type { AutomatonArrays } from './automaton-build';

/** What the automaton cannot do without: the rest follows from the breadth-first numbering. */
export interface CompactAutomaton {
  alphabet: string;
  /** Per state: its number of outgoing edges (the root's may be sent apart, as `rootEdges`). */
  edgeCount: ArrayLike<number>;
  /** The root's edge count, when `edgeCount[0]` is not it (the others fit a byte). */
  rootEdges?: number;
  edgeClass: Uint16Array;
  fail: Int32Array;
  /** The reporting states, ascending. */
  reportState: ArrayLike<number>;
  /** Per reporting state: how many patterns end there. */
  reportSize: ArrayLike<number>;
  reportDepth: ArrayLike<number>;
  outPattern: Int32Array;
}

/**
 * The whole automaton from its compact form, in one pass over the states. `childOffset` and
 * `outFirst` are 16-bit where their values fit (the bundled lexicon: a breadth-first queue of at
 * most a few thousand states, 10 thousand reporting states), else 32-bit.
 */
export function expandAutomaton(c: CompactAutomaton): AutomatonArrays {
  const { edgeCount, fail, reportState, reportSize } = c;
  const n = fail.length;
  const reports = reportState.length;
  const childOffset = new Int32Array(n + 1);
  const outFirst = new Int32Array(n);
  const reportStart = new Int32Array(reports + 2); // reporting states are numbered from 1
  const reportNext = new Int32Array(reports + 1);
  const reportDepth = new Int32Array(reports + 1);
  reportDepth.set(c.reportDepth, 1);
  childOffset[0] = 1; // the root's first child is state 1 (outFirst[0] is 0: it ends no key)
  let e = n > 0 ? (c.rootEdges ?? edgeCount[0]!) : 0;
  let r = 0;
  let o = 0;
  for (let s = 1; s < n; s++) {
    // Edge e leads to state e + 1: the first child's id is the edges before this state's, + 1.
    childOffset[s] = e + 1 - s;
    e += edgeCount[s]!;
    // fail[s] < s: its outFirst is already known.
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
  childOffset[n] = e + 1 - n;
  reportStart[reports + 1] = o;
  const { alphabet, edgeClass, outPattern } = c;
  return {
    alphabet,
    childOffset: narrow(childOffset),
    edgeClass,
    fail,
    outFirst: narrow(outFirst),
    reportStart,
    reportNext,
    reportDepth,
    outPattern,
  };
}

/**
 * The compact form of an automaton (what large lexicons send, lexicon-format.ts): the root's
 * edge count apart, so that the others fit a byte.
 */
export function compactAutomaton(a: AutomatonArrays): CompactAutomaton {
  const { childOffset, outFirst, reportStart } = a;
  const n = a.fail.length;
  const edgeCount = new Int32Array(n);
  const reports = reportStart.length - 2;
  const reportState = new Int32Array(reports);
  const reportSize = new Int32Array(reports);
  for (let s = 0, r = 1; s < n; s++) {
    edgeCount[s] = childOffset[s + 1]! - childOffset[s]! + 1; // edges s + off - 1 … next's
    // Reporting numbers follow state order: a state inherits only smaller ones (fail[s] < s).
    if (outFirst[s] !== r) continue;
    reportState[r - 1] = s;
    reportSize[r - 1] = reportStart[r + 1]! - reportStart[r]!;
    r++;
  }
  const rootEdges = edgeCount[0]!;
  edgeCount[0] = 0;
  const { alphabet, edgeClass, fail, outPattern } = a;
  const reportDepth = a.reportDepth.subarray(1);
  return {
    alphabet,
    edgeCount,
    rootEdges,
    edgeClass,
    fail,
    reportState,
    reportSize,
    reportDepth,
    outPattern,
  };
}

/** The values in 16 bits when they fit (non-negative, below 65,536), else as they are. */
function narrow(values: Int32Array): Uint16Array | Int32Array {
  for (const value of values) if (value < 0 || value >= 2 ** 16) return values;
  return Uint16Array.from(values);
}
