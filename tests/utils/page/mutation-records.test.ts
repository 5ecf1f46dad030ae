import { describe, expect, it, vi } from 'vitest';
import { applyMutationRecords, type MutationEffects } from '../../../utils/page/mutation-records';

function effects(unitOf: (node: Node) => Node | null = (node) => node) {
  return {
    changed: vi.fn((node: Node, _subtree: boolean) => unitOf(node)),
    added: vi.fn(),
    needsSweep: vi.fn(),
    attributesChanged: vi.fn(),
  } satisfies MutationEffects;
}

const record = (init: Partial<MutationRecord>) =>
  ({ addedNodes: [], removedNodes: [], attributeName: null, ...init }) as unknown as MutationRecord;

describe('applyMutationRecords', () => {
  const p = document.createElement('p');
  const text = document.createTextNode('x');
  p.append(text);

  it('looks a repeated target up once per batch (a storm costs one lookup)', () => {
    const e = effects();
    applyMutationRecords(Array(50).fill(record({ type: 'characterData', target: text })), e);
    expect(e.changed).toHaveBeenCalledTimes(1);
  });

  it('enumerates added elements, and sweeps after removals', () => {
    const e = effects();
    const added = document.createElement('div');
    applyMutationRecords(
      [
        record({
          type: 'childList',
          target: p,
          addedNodes: [added, text] as never,
          removedNodes: [text] as never,
        }),
      ],
      e,
    );
    expect(e.added.mock.calls).toEqual([[added, p]]); // elements only, with their parent
    expect(e.needsSweep).toHaveBeenCalledTimes(1);
  });

  it('adds nothing inside a skipped region', () => {
    const e = effects(() => null);
    applyMutationRecords(
      [
        record({
          type: 'childList',
          target: p,
          addedNodes: [document.createElement('b')] as never,
        }),
      ],
      e,
    );
    expect(e.added).not.toHaveBeenCalled();
  });

  it.each([
    ['hidden', true],
    ['contenteditable', true],
    ['class', false],
    ['style', false],
  ])('an attribute %s: hidden elements rechecked; the subtree rescanned: %s', (name, rescanned) => {
    const e = effects();
    applyMutationRecords([record({ type: 'attributes', target: p, attributeName: name })], e);
    expect(e.attributesChanged).toHaveBeenCalledTimes(1);
    expect(e.changed.mock.calls.some(([node, subtree]) => node === p && subtree === true)).toBe(
      rescanned,
    );
  });
});
