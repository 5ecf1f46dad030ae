import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAutomaton,
  buildCompactAutomaton,
  type AutomatonArrays,
} from '../../../utils/match/automaton-build';
import { compactAutomaton, expandAutomaton } from '../../../utils/match/automaton-compact';

const keysArb = fc.uniqueArray(
  fc
    .array(fc.constantFrom('a', 'b', 'c', 'ص'), { minLength: 1, maxLength: 6 })
    .map((c) => c.join('')),
  { minLength: 1, maxLength: 30 },
);

/** State s's first edge (edge e leads to state e + 1: its first child's id - 1). */
const edgeStart = (a: AutomatonArrays, s: number) => s + a.childOffset[s]! - 1;

/** The state a key leads to from the root (-1: none). */
function stateOf(a: AutomatonArrays, key: string): number {
  let s = 0;
  for (const ch of key) {
    const cls = a.alphabet.indexOf(ch) + 1;
    const e = a.edgeClass.subarray(edgeStart(a, s), edgeStart(a, s + 1)).indexOf(cls);
    if (cls === 0 || e < 0) return -1;
    s = edgeStart(a, s) + e + 1; // edge e leads to state e + 1
  }
  return s;
}
describe('automaton layout', () => {
  it('numbers states breadth-first: edge e leads to e + 1, failure links point back', () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        const a = buildAutomaton(keys);
        const depth = new Int32Array(a.fail.length);
        for (let s = 0; s < a.fail.length; s++) {
          for (let e = edgeStart(a, s); e < edgeStart(a, s + 1); e++) {
            expect(e + 1).toBeGreaterThan(s);
            depth[e + 1] = depth[s]! + 1;
            if (e > edgeStart(a, s)) expect(a.edgeClass[e]).toBeGreaterThan(a.edgeClass[e - 1]!);
          }
        }
        for (let s = 1; s < a.fail.length; s++) {
          expect(depth[s]).toBeGreaterThanOrEqual(depth[s - 1]!);
          expect(a.fail[s]).toBeLessThan(s);
        }
        for (const key of keys) expect(stateOf(a, key)).toBeGreaterThan(0);
      }),
    );
  });

  it("numbers every edge once: the last state's offset closes the edges", () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        const a = buildAutomaton(keys);
        const n = a.fail.length;
        expect(a.childOffset).toHaveLength(n + 1);
        expect(edgeStart(a, 0)).toBe(0);
        expect(edgeStart(a, n)).toBe(a.edgeClass.length);
        for (let s = 0; s < n; s++)
          expect(edgeStart(a, s + 1)).toBeGreaterThanOrEqual(edgeStart(a, s));
      }),
    );
  });

  it("expands its compact form back to the same arrays, the root's edge count apart", () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        const a = buildAutomaton(keys);
        const compact = compactAutomaton(a);
        expect(compact.edgeCount[0]).toBe(0);
        expect(expandAutomaton(compact)).toStrictEqual(a);
      }),
    );
  });

  it('links each state to the first state on its failure chain, itself included, that ends keys', () => {
    const a = buildAutomaton(['abc', 'bc', 'c', 'xbz', 'xbcd']);
    const at = (key: string) => stateOf(a, key);
    const { reportState } = buildCompactAutomaton(['abc', 'bc', 'c', 'xbz', 'xbcd']);
    // outFirst and reportNext hold reporting numbers: 1 + those of reportState, 0 for none
    const reporting = (r: number) => (r === 0 ? -1 : reportState[r - 1]);
    const ending = ['c', 'bc', 'abc', 'xbz', 'xbcd'];
    expect(Array.from(reportState)).toEqual(ending.map(at));
    expect(reporting(a.outFirst[at('abc')]!)).toBe(at('abc'));
    expect(reporting(a.reportNext[a.outFirst[at('abc')]!]!)).toBe(at('bc'));
    expect(reporting(a.reportNext[a.outFirst[at('bc')]!]!)).toBe(at('c'));
    expect(reporting(a.reportNext[a.outFirst[at('c')]!]!)).toBe(-1);
    expect(a.outFirst[at('xb')]).toBe(0); // «b» ends no key
    expect(reporting(a.outFirst[at('xbc')]!)).toBe(at('bc')); // its suffix «bc» ends a key
    expect(a.outFirst[0]).toBe(0);
    expect(Array.from(a.reportDepth.subarray(1))).toEqual(ending.map((key) => key.length));
  });

  it('leaves out of the outputs the patterns sameOutput calls the same as an earlier one', () => {
    const keys = ['ab', 'b', 'ab', 'ab', 'ab'];
    // 0 and 2 alike, 3 unlike all, 4 alike 3 only
    const alike = (a: number, b: number) => (a === 0 && b === 2) || (a === 3 && b === 4);
    const outputsAt = (a: AutomatonArrays, s: number) => {
      const r = a.outFirst[s]!;
      return Array.from(a.outPattern.subarray(a.reportStart[r], a.reportStart[r + 1]));
    };
    const a = buildAutomaton(keys, alike);
    expect(outputsAt(a, stateOf(a, 'ab'))).toEqual([0, 3]);
    expect(a.outPattern.length).toBe(3);
    const all = buildAutomaton(keys);
    expect(outputsAt(all, stateOf(all, 'ab'))).toEqual([0, 2, 3, 4]);
  });

  it('refuses a compact form whose parts disagree', () => {
    const compact = buildCompactAutomaton(['ab', 'c', 'b']);
    expect(expandAutomaton(compact)).toStrictEqual(buildAutomaton(['ab', 'c', 'b']));
    const reportState = Array.from(compact.reportState).reverse();
    expect(() => expandAutomaton({ ...compact, reportState })).toThrow(/out of order/);
    const reportSize = Array.from(compact.reportSize, (size) => size + 1);
    expect(() => expandAutomaton({ ...compact, reportSize })).toThrow(/add up to the outputs/);
    const edgeCount = Array.from(compact.edgeCount, (count, s) => count + (s === 0 ? 1 : 0));
    expect(() => expandAutomaton({ ...compact, edgeCount })).toThrow(/add up to the edges/);
  });

  it('keeps childOffset in 16 bits while the breadth-first queue is under 65,536 states', () => {
    // k keys «a» + two of 256 letters: states 2…257 are «a»'s children, and the first of them
    // has its children after every edge of the 256 before it: an offset of about k.
    const letter = (i: number) => String.fromCharCode(0x400 + i);
    const keys = (k: number) =>
      Array.from({ length: k }, (_, i) => 'a' + letter(i >> 8) + letter(i & 255));
    const small = buildAutomaton(keys(65_000));
    expect(small.childOffset).toBeInstanceOf(Uint16Array);
    expect(Math.max(...small.childOffset)).toBeGreaterThan(64_000);
    const large = buildAutomaton(keys(65_536));
    expect(large.childOffset).toBeInstanceOf(Int32Array);
    expect(Math.max(...large.childOffset)).toBeGreaterThanOrEqual(65_536);
    for (const key of [...keys(3), ...keys(65_536).slice(-3)])
      expect(stateOf(large, key)).toBeGreaterThan(257);
  });

  it('keeps outFirst in 16 bits below 65,536 reporting states, in 32 bits from there', () => {
    const keys = (count: number) => Array.from({ length: count }, (_, i) => `${i}.`);
    const small = buildAutomaton(keys(65_535));
    expect(small.outFirst).toBeInstanceOf(Uint16Array);
    expect(small.outFirst[stateOf(small, '65534.')]).toBe(65_535);
    const large = buildAutomaton(keys(65_536));
    expect(large.outFirst).toBeInstanceOf(Int32Array);
    expect(large.outFirst[stateOf(large, '65535.')]).toBe(65_536);
    expect(large.outPattern[large.reportStart[65_536]!]).toBe(65_535);
  });
});
