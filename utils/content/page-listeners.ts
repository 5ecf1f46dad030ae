/**
 * The page events the card reacts to, all registered with one AbortSignal: pointer moves
 * (hit-tested once per frame), clicks, taps, Escape, scrolls, fullscreen changes.
 * Pointer events a page script dispatches itself (`isTrusted` false) are ignored: a page must not
 * be able to open cards, and so read what the knowledge base (an import included) says.
 */
import type { CardController } from './card-controller';
import type { CardHost } from './card-host';

export interface FrameTimers {
  frame(callback: () => void): void;
}

export function listenToPage(
  doc: Document,
  cards: CardController,
  host: CardHost,
  timers: FrameTimers,
  signal: AbortSignal,
): void {
  const passive = { capture: true, passive: true, signal };
  let latest: { x: number; y: number; inCard: boolean } | null = null;

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted || event.pointerType === 'touch') return;
      const pending = latest !== null;
      latest = { x: event.clientX, y: event.clientY, inCard: host.containsEvent(event) };
      if (pending) return;
      timers.frame(() => {
        const point = latest;
        latest = null;
        if (point && !signal.aborted) cards.pointerAt(point.x, point.y, point.inCard);
      });
    },
    passive,
  );

  // A touch opens at once (no hover on touch screens); a tap elsewhere closes.
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.isTrusted || event.pointerType !== 'touch' || host.containsEvent(event)) return;
      cards.pressAt(event.clientX, event.clientY, 'tap');
    },
    passive,
  );

  // A click on the term keeps its card open; a click elsewhere closes it.
  doc.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || host.containsEvent(event) || event.button !== 0) return;
      if ((event as PointerEvent).pointerType === 'touch') return; // handled on pointerdown
      if (event.detail === 0) return; // keyboard activation of a link or button, not a pointer
      cards.pressAt(event.clientX, event.clientY, 'click');
    },
    passive,
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && cards.escape() && host.containsEvent(event))
        event.stopPropagation();
    },
    { capture: true, signal },
  );

  // Whether the open card's mention left the screen reads its rects (a layout): once a frame,
  // however many scroll events come, and not at all while no card is open (checkScroll).
  let scrollPending = false;
  doc.addEventListener(
    'scroll',
    () => {
      if (scrollPending) return;
      scrollPending = true;
      timers.frame(() => {
        scrollPending = false;
        if (!signal.aborted) cards.checkScroll();
      });
    },
    passive,
  );
  doc.addEventListener('fullscreenchange', () => host.raise(), { signal });
}
