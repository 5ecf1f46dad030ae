/**
 * The first element, in document order, that the viewport observer last reported below the near
 * area. A unit after it in the document is below too (the layout assumption unit-chunks.ts makes
 * for a parent's children, here for the page), so observing it can wait for the next batch.
 *
 * Why (issue 18 goal 1, README "To paint at 1 MB"): every `observe()` makes Chromium's next frame
 * compute intersections and post a callback. A first scan goes down the page from the viewport
 * (visible-first.ts), and the first OBSERVE_AT_ONCE units were each observed at once, so nearly
 * every 10 ms slice of the 1 MB page was followed by a frame and a callback (traced: ~1–2 ms a
 * slice; without painting the slices ran back to back). A unit placed out of document order (a
 * sidebar, a flex `order`) is at worst observed one batch late (viewport-ranges.ts), never lost.
 */

/** Where a target lies (unit-chunks.ts's Side). */
type Side = 'near' | 'above' | 'below';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const DISCONNECTED = 1; // Node.DOCUMENT_POSITION_DISCONNECTED

/** Whether `b` comes after `a` in one document (inside it included). */
function follows(a: Element, b: Element): boolean {
  const position = a.compareDocumentPosition(b);
  return (position & DISCONNECTED) === 0 && (position & FOLLOWING) !== 0;
}

export class FirstBelow {
  private element: Element | null = null;

  /** The observer reported `target`'s side. */
  report(target: Element, side: Side): void {
    if (side === 'below') {
      if (this.element === null || follows(target, this.element)) this.element = target;
    } else if (target === this.element) this.element = null; // scrolled: known again on the next report
  }

  /** `target` is no longer observed. */
  forget(target: Element): void {
    if (target === this.element) this.element = null;
  }

  /** Whether `box` comes after an element known to be below the near area. */
  isPast(box: Element): boolean {
    return this.element !== null && this.element !== box && follows(this.element, box);
  }

  clear(): void {
    this.element = null;
  }
}
