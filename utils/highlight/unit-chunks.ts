/**
 * Coarse visibility: the units of one parent element, in runs of neighbouring children
 * ("chunks"), each watched through its first and last unit only.
 *
 * Why: in Chromium an IntersectionObserver recomputes every target in each frame in which
 * anything changed (1–5 µs a target). Watching each of the ~40,000 units with mentions of a
 * 200,000-node page cost 80–215 ms a frame while scrolling. A long list of sibling blocks (a
 * feed, an article's paragraphs) is laid out top to bottom in document order, so a chunk lies
 * between its first unit and its last: it is near the viewport unless its first unit is below
 * the near area or its last unit above it. Two targets stand for up to CHUNK_CHILDREN units.
 *
 * The assumption fails for siblings the page places out of order (flex `order`, grid areas,
 * absolutely positioned or floated blocks): a chunk's units may then be painted while off
 * screen (harmless) or, rarely, left unpainted while on screen. Only parents holding more than
 * CHUNK_FROM units with mentions are chunked; the others' units are watched one by one.
 */

/** The element whose box stands for a unit (a shadow root's host; a document's root element). */
export function boxOf(unit: Node): Element | null {
  if (unit.nodeType === 1) return unit as Element;
  if (unit.nodeType === 11) return (unit as ShadowRoot).host;
  if (unit.nodeType === 9) return (unit as Document).documentElement;
  return null;
}

/** The group a unit's box is watched in: its parent (a detached box is a group of its own). */
export const keyOf = (box: Element): Node => box.parentNode ?? box;

/** Where an observed element is relative to the near area (the viewport ± one viewport height). */
export type Side = 'near' | 'above' | 'below';

/** Parents with more units than this (with mentions) are watched by chunks. */
export const CHUNK_FROM = 64;
/** A chunk spans this many children of the parent (units with mentions among them). */
export const CHUNK_CHILDREN = 32;

/**
 * Units (by their element) watched together, neighbouring children of one parent; `start` and
 * `end` are the first and last in document order, `watched` the ones the observer watches now.
 */
export interface Chunk {
  readonly members: Set<Element>;
  start: Element;
  end: Element;
  watched: Element[];
}

/** What is read of an IntersectionObserverEntry. */
export interface EntryGeometry {
  isIntersecting: boolean;
  boundingClientRect: { top: number; bottom: number };
  rootBounds: { top: number; bottom: number } | null;
}

/**
 * The side of an entry's target. Without root bounds (a cross-origin frame) the viewport's
 * height stands in; a target beside the area (scrolled sideways) counts as near.
 */
export function sideOf(entry: EntryGeometry, viewportHeight: number): Side {
  if (entry.isIntersecting) return 'near';
  const top = entry.rootBounds?.top ?? -viewportHeight;
  const bottom = entry.rootBounds?.bottom ?? 2 * viewportHeight;
  const rect = entry.boundingClientRect;
  if (rect.bottom <= top) return 'above';
  if (rect.top >= bottom) return 'below';
  return 'near';
}

/** Whether a chunk is near, from the sides of its ends (undefined: not known yet). */
export function chunkNear(start: Side | undefined, end: Side | undefined): boolean | undefined {
  if (start === undefined || end === undefined) return undefined;
  return start !== 'below' && end !== 'above';
}

/** The first sibling of `box` within CHUNK_CHILDREN that is in a chunk, and its chunk. */
function neighbour(
  box: Element,
  chunkOf: ReadonlyMap<Element, Chunk>,
  back: boolean,
): [Element, Chunk] | null {
  let sibling = back ? box.previousElementSibling : box.nextElementSibling;
  for (let step = 0; sibling !== null && step < CHUNK_CHILDREN; step++) {
    const chunk = chunkOf.get(sibling);
    if (chunk !== undefined) return [sibling, chunk];
    sibling = back ? sibling.previousElementSibling : sibling.nextElementSibling;
  }
  return null;
}

/**
 * Puts `box` (a new unit of a chunked parent) into a chunk: the one whose span it lies in, or a
 * neighbour it extends by one end while that has room, or a new one. Looks at a few siblings
 * only (no walk over the parent's children: from an extension's world each costs a wrapper).
 */
export function placeInChunk(box: Element, chunkOf: Map<Element, Chunk>): Chunk {
  let chunk: Chunk | null = null;
  const before = neighbour(box, chunkOf, true);
  // No unit lies between the one found and `box`: unless it ends its chunk, `box` is inside.
  if (before !== null && (before[1].end !== before[0] || before[1].members.size < CHUNK_CHILDREN)) {
    chunk = before[1];
    if (chunk.end === before[0]) chunk.end = box;
  } else {
    const after = neighbour(box, chunkOf, false);
    if (after !== null && (after[1].start !== after[0] || after[1].members.size < CHUNK_CHILDREN)) {
      chunk = after[1];
      if (chunk.start === after[0]) chunk.start = box;
    }
  }
  chunk ??= { members: new Set(), start: box, end: box, watched: [] };
  chunk.members.add(box);
  chunkOf.set(box, chunk);
  return chunk;
}

/** What is used of an IntersectionObserver (a seam: happy-dom has none that works). */
export interface UnitObserver {
  observe(target: Element): void;
  unobserve(target: Element): void;
  disconnect(): void;
}

/** An observer's report on a target; `side` tells where a target that is not near lies. */
export interface UnitEntry {
  target: Element;
  isIntersecting: boolean;
  side?: Side;
}

export type ObserverFactory = (onChange: (entries: readonly UnitEntry[]) => void) => UnitObserver;

/** Units within one viewport height above and below the visible area count as near. */
export const browserObserver: ObserverFactory = (onChange) =>
  new IntersectionObserver(
    (entries) =>
      onChange(
        entries.map((entry) => ({
          target: entry.target,
          isIntersecting: entry.isIntersecting,
          side: sideOf(entry, entry.target.ownerDocument.defaultView?.innerHeight ?? 0),
        })),
      ),
    { rootMargin: '100% 0px' },
  );
