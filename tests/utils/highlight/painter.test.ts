import { describe, expect, it } from 'vitest';
import {
  HighlightPainter,
  highlightName,
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
    expect([...registry.keys()]).toEqual(['qarina-underline']);
    expect(registry.get('qarina-underline')!.size).toBe(2);
    painter.setStyle('tint', true);
    expect([...registry.keys()]).toEqual(['qarina-tint-dark']);
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
  });
});
