import { describe, expect, it } from 'vitest';
import {
  HighlightPainter,
  highlightName,
  innerHighlightName,
  type HighlightEnv,
  type HighlightLike,
} from '../../../utils/highlight/painter';

/** A stand-in for CSS.highlights and Highlight (happy-dom has neither). */
function fakeEnv() {
  const registry = new Map<string, HighlightLike>();
  const env: HighlightEnv = {
    registry: { set: (n, h) => registry.set(n, h), delete: (n) => registry.delete(n) },
    create: () => {
      const set = new Set<AbstractRange>();
      return {
        add: (r) => set.add(r),
        delete: (r) => set.delete(r),
        clear: () => set.clear(),
        get size() {
          return set.size;
        },
        priority: 0,
      };
    },
  };
  return { env, registry };
}

const range = () => document.createRange();

describe('HighlightPainter', () => {
  it('registers the mentions under the style’s name and swaps it live', () => {
    const { env, registry } = fakeEnv();
    const painter = new HighlightPainter(env);
    const a = range();
    painter.add([a, range()]);
    painter.setStyle('underline', false);
    expect([...registry.keys()]).toEqual(['qarina-underline', 'qarina-inner-underline']);
    expect(registry.get('qarina-underline')!.size).toBe(2);
    painter.setStyle('tint', true);
    expect([...registry.keys()]).toEqual(['qarina-tint-dark', 'qarina-inner-tint-dark']);
    painter.setStyle('none', false);
    expect([...registry.keys()]).toEqual([]);
    painter.setStyle('underline', false);
    painter.remove([a]);
    expect(registry.get('qarina-underline')!.size).toBe(1);
  });

  it('marks the open card’s mention above the others, and clears everything on pause', () => {
    const { env, registry } = fakeEnv();
    const painter = new HighlightPainter(env);
    const a = range();
    painter.add([a]);
    painter.setStyle('underline', false);
    painter.setActive(a);
    expect(registry.get('qarina-active')!.size).toBe(1);
    expect(registry.get('qarina-active')!.priority).toBeGreaterThan(
      registry.get('qarina-underline')!.priority,
    );
    painter.clear();
    expect([...registry.keys()]).toEqual([]);
    expect(painter.size).toBe(0);
  });

  it('names: a dark variant per style, none for "none"', () => {
    expect(highlightName('underline', true)).toBe('qarina-underline-dark');
    expect(highlightName('none', true)).toBeNull();
    expect(innerHighlightName('tint', false)).toBe('qarina-inner-tint');
    expect(innerHighlightName('none', false)).toBeNull();
  });

  it('paints names inside mentions in a second highlight above the mentions, below the active one', () => {
    const { env, registry } = fakeEnv();
    const painter = new HighlightPainter(env);
    const compound = range();
    const inner = painter.markInner(range());
    painter.setStyle('tint', false);
    painter.add([compound, inner]);
    const mentions = registry.get('qarina-tint')!;
    const inside = registry.get('qarina-inner-tint')!;
    expect([mentions.size, inside.size, painter.innerSize]).toEqual([1, 1, 1]);
    painter.setActive(inner);
    const active = registry.get('qarina-active')!;
    expect(mentions.priority < inside.priority && inside.priority < active.priority).toBe(true);
    painter.remove([inner]);
    expect([mentions.size, inside.size, active.size]).toEqual([1, 0, 0]);
    painter.add([inner]);
    painter.clear();
    expect([painter.size, painter.innerSize, registry.size]).toEqual([0, 0, 0]);
  });
});
