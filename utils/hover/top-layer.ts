/**
 * Whether text found by the caret hit test lies under one of the page's top-layer elements
 * (open popovers, modal dialogs, the fullscreen element), hidden from the reader.
 *
 * The browser's hit tests skip inert elements, and while a modal dialog is open everything outside
 * it is inert — popovers and a fullscreen element shown after the dialog too, though they paint
 * above it. The hit test then falls through them to the dialog's text underneath, which the reader
 * does not see (document.elementsFromPoint skips them as well). No API tells the top layer's
 * order, so it is followed from the page's events: `beforetoggle` (popovers and dialogs, as they
 * open, before they join the top layer) and `fullscreenchange`. Elements shown before Qarina
 * started have no known order: they count as below every element shown since.
 */
import { QARINA_UI_ATTRIBUTE } from '../page/dom-rules';
import { paintsAt } from './paints-at';

export interface TopLayerSeams {
  /** Whether an element is in the top layer now (a seam: happy-dom has no top layer). */
  shown?: (element: Element) => boolean;
  /** Whether an element paints something at a viewport point (a seam: happy-dom has no layout). */
  paints?: (element: Element, x: number, y: number) => boolean;
}

type ToggleLike = Event & { newState?: string };

const matches = (element: Element, selector: string): boolean => {
  try {
    return element.matches(selector);
  } catch {
    return false; // a selector this browser does not know
  }
};

/** The parent of a node, crossing out of shadow roots to their hosts. */
const composedParent = (node: Node): Node | null =>
  node.parentNode?.nodeType === 11 ? (node.parentNode as ShadowRoot).host : node.parentNode;

export class TopLayer {
  /** Shown elements by when they were shown (0: before Qarina started, order unknown). */
  private readonly order = new Map<Element, number>();
  private serial = 0;
  private readonly shown: (element: Element) => boolean;
  private readonly paints: (element: Element, x: number, y: number) => boolean;

  constructor(
    private readonly doc: Document,
    seams: TopLayerSeams = {},
  ) {
    this.shown = seams.shown ?? ((element) => this.inTopLayer(element));
    this.paints = seams.paints ?? paintsAt;
  }

  /** Follows what the page shows and hides, until `signal` aborts. */
  watch(signal: AbortSignal): void {
    const options = { capture: true, signal };
    this.doc.addEventListener(
      'beforetoggle',
      (event: ToggleLike) => {
        const target = event.target;
        if (!(target instanceof Element) || target.hasAttribute(QARINA_UI_ATTRIBUTE)) return;
        if (event.newState === 'open') this.order.set(target, ++this.serial);
        else this.order.delete(target);
      },
      options,
    );
    this.doc.addEventListener(
      'fullscreenchange',
      () => {
        const element = this.doc.fullscreenElement;
        if (element && !element.hasAttribute(QARINA_UI_ATTRIBUTE))
          this.order.set(element, ++this.serial);
      },
      options,
    );
  }

  /**
   * Whether a top-layer element shown above the one holding `node` (or above the page, when
   * none holds it) paints at the viewport point (x, y): the reader sees that, not `node`.
   */
  covers(node: Node, x: number, y: number): boolean {
    if (this.order.size === 0) return false;
    const below = this.layerOf(node);
    for (const [element, serial] of this.order) {
      if (!this.shown(element)) {
        this.order.delete(element); // hidden or removed without an event
        continue;
      }
      if (serial <= below || this.holds(element, node)) continue;
      if (element === this.doc.fullscreenElement || this.paints(element, x, y)) return true;
    }
    return false;
  }

  /** When the innermost top-layer element holding `node` was shown (-1: none holds it). */
  private layerOf(node: Node): number {
    for (let n = composedParent(node); n !== null; n = composedParent(n)) {
      if (n.nodeType !== 1) continue;
      const element = n as Element;
      const serial = this.order.get(element);
      if (serial !== undefined && this.shown(element)) return serial;
      if (serial === undefined && this.mayBeInTopLayer(element) && this.shown(element)) return 0;
    }
    return -1;
  }

  /** Whether `element` is an ancestor of `node` across shadow roots. */
  private holds(element: Element, node: Node): boolean {
    for (let n = composedParent(node); n !== null; n = composedParent(n))
      if (n === element) return true;
    return false;
  }

  private mayBeInTopLayer(element: Element): boolean {
    return (
      element.localName === 'dialog' ||
      element.hasAttribute('popover') ||
      element === this.doc.fullscreenElement
    );
  }

  private inTopLayer(element: Element): boolean {
    if (!element.isConnected) return false;
    if (element === this.doc.fullscreenElement) return true;
    return matches(element, ':popover-open') || matches(element, ':modal');
  }
}
