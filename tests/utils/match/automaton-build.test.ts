import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAutomaton,
  compactAutomaton,
  expandAutomaton,
  type AutomatonArrays,
} from '../../../utils/match/automaton-build';

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
    expect(a.outFirst[at('abc')]).toBe(at('abc'));
    expect(a.outFirst[a.fail[at('abc')]!]).toBe(at('bc'));
    expect(a.outFirst[a.fail[at('bc')]!]).toBe(at('c'));
    expect(a.outFirst[a.fail[at('c')]!]).toBe(-1);
    expect(a.outFirst[at('xb')]).toBe(-1); // «b» ends no key
    expect(a.outFirst[at('xbc')]).toBe(at('bc')); // ends no key itself, its suffix «bc» does
    expect(a.outFirst[0]).toBe(-1);
  });

  it('leaves out of the outputs the patterns sameOutput calls the same as an earlier one', () => {
    const keys = ['ab', 'b', 'ab', 'ab', 'ab'];
    // 0 and 2 alike, 3 unlike all, 4 alike 3 only
    const alike = (a: number, b: number) => (a === 0 && b === 2) || (a === 3 && b === 4);
    const a = buildAutomaton(keys, alike);
    const s = stateOf(a, 'ab');
    expect(Array.from(a.outPattern.subarray(a.outStart[s], a.outStart[s + 1]))).toEqual([0, 3]);
    expect(a.outPattern.length).toBe(3);
    const all = buildAutomaton(keys);
    expect(Array.from(all.outPattern.subarray(all.outStart[s], all.outStart[s + 1]))).toEqual([
      0, 2, 3, 4,
    ]);
  });

  it('refuses output states out of order', () => {
    const compact = compactAutomaton(buildAutomaton(['ab', 'c', 'b']));
    const outState = Array.from(compact.outState).reverse();
    expect(() => expandAutomaton({ ...compact, outState })).toThrow(/out of order/);
  });
});
