import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAutomaton,
  compactAutomaton,
  expandAutomaton,
} from '../../../utils/match/automaton-build';

const keysArb = fc.uniqueArray(
  fc
    .array(fc.constantFrom('a', 'b', 'c', 'ص'), { minLength: 1, maxLength: 6 })
    .map((c) => c.join('')),
  { minLength: 1, maxLength: 30 },
);

describe('automaton layout', () => {
  it('numbers states breadth-first: edge e leads to e + 1, failure links point back', () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        const a = buildAutomaton(keys);
        a.edgeTarget.forEach((target, e) => expect(target).toBe(e + 1));
        for (let s = 1; s < a.fail.length; s++) expect(a.fail[s]).toBeLessThan(s);
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

  it('links each state to the next state on its failure chain that ends keys', () => {
    const a = buildAutomaton(['abc', 'bc', 'c', 'xbz']);
    const stateOf = (key: string) => {
      let s = 0;
      for (const ch of key) {
        const cls = a.alphabet.indexOf(ch) + 1;
        const e = a.edgeClass.subarray(a.edgeStart[s], a.edgeStart[s + 1]).indexOf(cls);
        s = a.edgeTarget[a.edgeStart[s]! + e]!;
      }
      return s;
    };
    expect(a.outLink[stateOf('abc')]).toBe(stateOf('bc'));
    expect(a.outLink[stateOf('bc')]).toBe(stateOf('c'));
    expect(a.outLink[stateOf('c')]).toBe(-1);
    expect(a.outLink[stateOf('xb')]).toBe(-1); // «b» ends no key
  });

  it('refuses output states out of order', () => {
    const compact = compactAutomaton(buildAutomaton(['ab', 'c', 'b']));
    const outState = Array.from(compact.outState).reverse();
    expect(() => expandAutomaton({ ...compact, outState })).toThrow(/out of order/);
  });

  it('refuses to compact an automaton not numbered breadth-first', () => {
    const a = buildAutomaton(['ab', 'c']);
    const shuffled = { ...a, edgeTarget: a.edgeTarget.slice().reverse() };
    expect(() => compactAutomaton(shuffled)).toThrow(/breadth-first/);
  });
});
