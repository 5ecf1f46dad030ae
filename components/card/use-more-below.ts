/**
 * Whether a scrollable element has content below what it shows, kept current as the reader
 * scrolls and as the element or its content changes size (ResizeObserver on the element and on
 * each child: a card's content grows when a quote opens, its box when the viewport shrinks).
 */
import { useLayoutEffect, useState, type MutableRef } from 'preact/hooks';

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

/**
 * Tracks `ref`'s overflow while `enabled`. Observers are set up again after every render, so
 * children that a new entry brings are watched too (a card re-renders only when it changes).
 */
export function useMoreBelow(ref: MutableRef<HTMLElement | null>, enabled: boolean): MoreBelow {
  const [more, setMore] = useState(false);
  const [gutter, setGutter] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !enabled) {
      setMore(false);
      return;
    }
    const check = () => {
      setMore(hasMoreBelow(el));
      setGutter(Math.max(0, el.offsetWidth - el.clientWidth));
    };
    check();
    el.addEventListener('scroll', check, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(check) : null;
    for (const target of [el, ...el.children]) observer?.observe(target);
    return () => {
      el.removeEventListener('scroll', check);
      observer?.disconnect();
    };
  });

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
