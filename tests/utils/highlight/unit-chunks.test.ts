import { describe, expect, it } from 'vitest';
import {
  CHUNK_CHILDREN,
  chunkNear,
  placeInChunk,
  sideOf,
  type Chunk,
  type EntryGeometry,
} from '../../../utils/highlight/unit-chunks';

const entry = (top: number, bottom: number, isIntersecting = false): EntryGeometry => ({
  isIntersecting,
  boundingClientRect: { top, bottom },
  rootBounds: { top: -900, bottom: 1800 },
});

describe('unit chunks', () => {
  it('tells on which side of the near area a target lies', () => {
    expect(sideOf(entry(0, 20, true), 900)).toBe('near');
    expect(sideOf(entry(-1000, -950), 900)).toBe('above');
    expect(sideOf(entry(1900, 1920), 900)).toBe('below');
    expect(sideOf(entry(10, 30), 900)).toBe('near'); // beside the area (scrolled sideways)
    // No root bounds (a cross-origin frame): the viewport's height stands in.
    expect(sideOf({ ...entry(-2000, -1950), rootBounds: null }, 900)).toBe('above');
    expect(sideOf({ ...entry(2000, 2050), rootBounds: null }, 900)).toBe('below');
  });

  it('counts a chunk near unless it starts below the area or ends above it', () => {
    expect(chunkNear('near', 'near')).toBe(true);
    expect(chunkNear('above', 'below')).toBe(true); // taller than the area: spans it
    expect(chunkNear('above', 'near')).toBe(true);
    expect(chunkNear('near', 'below')).toBe(true);
    expect(chunkNear('above', 'above')).toBe(false);
    expect(chunkNear('below', 'below')).toBe(false);
    expect(chunkNear(undefined, 'near')).toBeUndefined();
  });

  it('puts a unit into the chunk it lies in, or extends a neighbouring one, or starts one', () => {
    const feed = document.createElement('main');
    const children = Array.from({ length: CHUNK_CHILDREN * 3 }, () =>
      feed.appendChild(document.createElement('p')),
    );
    const chunkOf = new Map<Element, Chunk>();
    const place = (i: number) => placeInChunk(children[i]!, chunkOf);
    const first = place(10);
    expect([first.start, first.end]).toEqual([children[10], children[10]]);
    expect(place(12)).toBe(first); // extends its end
    expect(place(8)).toBe(first); // extends its start
    expect(place(11)).toBe(first); // inside its span
    expect([first.start, first.end, first.members.size]).toEqual([children[8], children[12], 4]);
    // Farther than CHUNK_CHILDREN siblings from any chunk: a chunk of its own.
    const far = place(12 + CHUNK_CHILDREN + 1);
    expect(far).not.toBe(first);
    // A full chunk is not extended; a unit inside its span still joins it.
    for (let i = 13; first.members.size < CHUNK_CHILDREN; i++) place(i);
    const last = first.members.size + 8; // children 8 and 10 to 40
    expect(first.end).toBe(children[last]);
    expect(place(last + 1)).toBe(far); // extends the chunk after it instead
    chunkOf.delete(children[9]!);
    expect(place(9)).toBe(first);
  });
});
