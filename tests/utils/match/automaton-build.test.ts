import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, type AutomatonArrays } from '../../../utils/match/automaton-build';
import { compactAutomaton, expandAutomaton } from '../../../utils/match/automaton-compact';

const keysArb = fc.uniqueArray(
  fc
    .array(fc.constantFrom('a', 'b', 'c', 'ص'), { minLength: 1, maxLength: 6 })
    .map((c) => c.join('')),
  { minLength: 1, maxLength: 30 },
);

/** The state a key leads to from the root (-1: none). */
function stateOf(a: AutomatonArrays, key: string): number {
  let s = 0;
  for (const ch of key) {
    const cls = a.alphabet.indexOf(ch) + 1;
    const e = a.edgeClass.subarray(a.edgeStart[s], a.edgeStart[s + 1]).indexOf(cls);
    if (cls === 0 || e < 0) return -1;
    s = a.edgeStart[s]! + e + 1; // edge e leads to state e + 1
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
          for (let e = a.edgeStart[s]!; e < a.edgeStart[s + 1]!; e++) {
            expect(e + 1).toBeGreaterThan(s);
            depth[e + 1] = depth[s]! + 1;
            if (e > a.edgeStart[s]!) expect(a.edgeClass[e]).toBeGreaterThan(a.edgeClass[e - 1]!);
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

  it('expands its compact form back to the same arrays', () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        const a = buildAutomaton(keys);
        expect(expandAutomaton(compactAutomaton(a))).toStrictEqual(a);
      }),
    );
  });

  it('links each state to the first state on its failure chain, itself included, that ends keys', () => {
    const a = buildAutomaton(['abc', 'bc', 'c', 'xbz', 'xbcd']);
    const at = (key: string) => stateOf(a, key);
    const { reportState } = compactAutomaton(a);
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
    const compact = compactAutomaton(buildAutomaton(['ab', 'c', 'b']));
    const reportState = Array.from(compact.reportState).reverse();
    expect(() => expandAutomaton({ ...compact, reportState })).toThrow(/out of order/);
    const reportSize = Array.from(compact.reportSize, (size) => size + 1);
    expect(() => expandAutomaton({ ...compact, reportSize })).toThrow(/add up to the outputs/);
    const rootEdges = compact.rootEdges + 1;
    expect(() => expandAutomaton({ ...compact, rootEdges })).toThrow(/add up to the edges/);
  });

  it('keeps the root edge count apart: the others fit a byte', () => {
    const keys = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x400 + i) + 'a');
    const compact = compactAutomaton(buildAutomaton(keys));
    expect(compact.rootEdges).toBe(300);
    expect(Math.max(...Array.from(compact.edgeCount))).toBe(1);
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
    const again = expandAutomaton(compactAutomaton(large)).outFirst; // toStrictEqual: seconds
    expect(
      again.length === large.outFirst.length && again.every((r, s) => r === large.outFirst[s]),
    ).toBe(true);
  });
});
