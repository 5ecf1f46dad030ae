/**
 * Whether a scrollable element has content below what it shows, kept current as the reader
 * scrolls and as the element or its content changes size (ResizeObserver on the element and on
 * each child: a card's content grows when a quote opens, its box when the viewport shrinks).
 */
import { useLayoutEffect, useRef, useState, type MutableRef } from 'preact/hooks';

/** What decides it, as an element reports it (`scrollTop` may be fractional, the others not). */
export interface ScrollMetrics {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
}

/**
 * Sub-pixel slack: heights are rounded to whole pixels while the box may end at 353.2px, so an
 * element scrolled as far as it goes can still be a pixel short of `scrollHeight`.
 */
export const END_SLACK_PX = 2;

/** Whether more than the slack lies below the visible part. */
export function hasMoreBelow(m: ScrollMetrics): boolean {
  return m.scrollHeight - m.clientHeight - m.scrollTop > END_SLACK_PX;
}

/** How far one "more" step scrolls: most of a screenful, keeping a line or two of context. */
export function moreStep(clientHeight: number): number {
  return Math.max(24, Math.round(clientHeight * 0.8));
}

export interface MoreBelow {
  /** Content lies below the visible part. */
  more: boolean;
  /** The width of the element's scrollbar (0 for overlay scrollbars), which an overlay leaves free. */
  gutter: number;
  /** Scrolls down one step; true when that reaches the end (the cue is about to go). */
  scrollMore: () => boolean;
}

/** One element's watch: the scroll listener and the observer, kept across renders. */
interface Watch {
  el: HTMLElement;
  check: () => void;
  observer: ResizeObserver | null;
  /** The children observed, to observe only new ones after a render. */
  children: Set<Element>;
}

/**
 * Tracks `ref`'s overflow while `enabled`. The metrics are read in ResizeObserver's callbacks,
 * which come after the browser's own layout and before the paint: a read in the layout effect
 * forced a layout of the whole page while the card opened (on a 200,000-node page the largest
 * part of the hover's long task). One observer per element; after each render it observes the
 * children a new entry brought, and when children went, the element again, whose fresh first
 * callback reads the new metrics. Without ResizeObserver (happy-dom), it reads at once.
 */
export function useMoreBelow(ref: MutableRef<HTMLElement | null>, enabled: boolean): MoreBelow {
  const [more, setMore] = useState(false);
  const [gutter, setGutter] = useState(0);
  const watch = useRef<Watch | null>(null);
  useLayoutEffect(() => {
    const el = enabled ? ref.current : null;
    if (watch.current && watch.current.el !== el) {
      stop(watch.current);
      watch.current = null;
    }
    if (!el) {
      setMore(false);
      return;
    }
    if (!watch.current) {
      const check = () => {
        setMore(hasMoreBelow(el));
        setGutter(Math.max(0, el.offsetWidth - el.clientWidth));
      };
      el.addEventListener('scroll', check, { passive: true });
      const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(check) : null;
      observer?.observe(el);
      watch.current = { el, check, observer, children: new Set() };
    }
    const w = watch.current;
    if (w.observer) observeChildren(w, w.observer);
    else w.check();
  });
  useLayoutEffect(
    () => () => {
      if (watch.current) stop(watch.current);
      watch.current = null;
    },
    [],
  );

  const scrollMore = () => {
    const el = ref.current;
    if (!el) return false;
    const end = el.scrollHeight - el.clientHeight;
    const top = Math.min(end, el.scrollTop + moreStep(el.clientHeight));
    el.scrollTo({ top, behavior: prefersReducedMotion(el) ? 'instant' : 'smooth' });
    return !hasMoreBelow({
      scrollTop: top,
      clientHeight: el.clientHeight,
      scrollHeight: el.scrollHeight,
    });
  };
  return { more, gutter, scrollMore };
}

function prefersReducedMotion(el: Element): boolean {
  return (
    el.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
  );
}

function observeChildren(w: Watch, observer: ResizeObserver): void {
  const now = new Set(w.el.children);
  let gone = false;
  for (const child of w.children) {
    if (now.has(child)) continue;
    observer.unobserve(child);
    gone = true;
  }
  for (const child of now) if (!w.children.has(child)) observer.observe(child);
  w.children = now;
  // A child gone may shorten the content without resizing anything still observed.
  if (gone) {
    observer.unobserve(w.el);
    observer.observe(w.el);
  }
}

function stop(w: Watch): void {
  w.el.removeEventListener('scroll', w.check);
  w.observer?.disconnect();
}
