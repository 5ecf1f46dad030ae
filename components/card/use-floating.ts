/**
 * Keeps a floating element next to an anchor with @floating-ui/dom: below (or above when there is
 * no room: flip), shifted to stay in the viewport, as tall as the viewport allows, following
 * scrolls and resizes. Alignment to the anchor's start edge mirrors for right-to-left anchors
 * (the floating element's `dir`).
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { useLayoutEffect, type MutableRef } from 'preact/hooks';

const GAP = 6;
const PADDING = 8;

export interface FloatingAnchor extends VirtualElement {
  /** The pointer, to pick the line of a mention that wraps. */
  point?: { x: number; y: number };
}

export function useFloating(
  floating: MutableRef<HTMLElement | null>,
  anchor: FloatingAnchor | null,
  deps: readonly unknown[],
): void {
  useLayoutEffect(() => {
    const el = floating.current;
    if (!el || !anchor) return;
    el.dataset.placed = 'false';
    const middleware = [
      offset(GAP),
      ...(anchor.point ? [inline(anchor.point)] : [inline()]),
      flip({ padding: PADDING, crossAxis: false }),
      shift({ padding: PADDING }),
      size({
        padding: PADDING,
        apply({ availableHeight, elements }) {
          put(elements.floating, '--qarina-max-block', `${Math.max(120, Math.floor(availableHeight))}px`);
        },
      }),
    ];
    const update = () => {
      void computePosition(anchor, el, { strategy: 'fixed', placement: 'bottom-start', middleware }).then(
        ({ x, y }) => {
          put(el, 'left', `${Math.round(x)}px`);
          put(el, 'top', `${Math.round(y)}px`);
          if (el.dataset.placed !== 'true') el.dataset.placed = 'true';
        },
      );
    };
    return autoUpdate(anchor, el, update);
  }, deps);
}

/**
 * Writes a style only when it changes. size() measures the card right after its `apply`, and
 * autoUpdate computes again on every scroll and resize: a write there, even of the same value
 * where an engine does not notice, dirties layout and makes that measure force a layout each time.
 */
function put(el: HTMLElement, property: string, value: string): void {
  if (el.style.getPropertyValue(property) !== value) el.style.setProperty(property, value);
}
