/**
 * The extension's one element on the page: `<qarina-ui data-qarina-ui>` on the root element,
 * holding the card and the live region in an open shadow root (isolated from the page's CSS both
 * ways). It is a manual popover kept open, so it sits in the top layer — above the page's own
 * overlays. While a fullscreen element or a modal dialog owns the screen, the host moves inside
 * it (outside, it would be inert or miss the pointer); where popovers are missing the highest
 * z-index is the fallback.
 *
 * A page may remove it: a MutationObserver on its parent, and a look before each use, notice it
 * (once per host) and tell `onLost`; `ensure()` recreates it (with a fresh mount) when needed.
 */
import { QARINA_UI_ATTRIBUTE } from '../page/dom-rules';

export const HOST_TAG = 'qarina-ui';

/** The host's own box: none at all, never catching the pointer; the card inside positions itself. */
const HOST_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  inline-size: 0 !important;
  block-size: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  display: block !important;
  pointer-events: none !important;
}
`;

export interface HostParts {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the card is rendered. */
  mount: HTMLElement;
}

type PopoverElement = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

/** A host the page removed: its parts (to unmount what was drawn in it) and how long it lived. */
export interface LostHost {
  parts: HostParts;
  livedMs: number;
}

export interface CardHostOptions {
  /** The page removed the host (called once per host, never for `remove()`). */
  onLost?: (lost: LostHost) => void;
  now?: () => number;
}

export class CardHost {
  private parts: HostParts | null = null;
  private ready = false;
  private attachedAt = 0;
  private observer: MutationObserver | null = null;
  private watched: Node | null = null;
  private readonly now: () => number;
  private style: HTMLStyleElement | null = null;

  constructor(
    private readonly doc: Document,
    private css: string,
    private readonly options: CardHostOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
  }

  /** The host, created (again) when missing from the page. */
  ensure(): HostParts {
    if (this.check()) return this.parts!;
    const host = this.doc.createElement(HOST_TAG) as PopoverElement;
    host.setAttribute(QARINA_UI_ATTRIBUTE, '');
    if (this.ready) host.setAttribute('data-ready', '');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = (this.style = this.doc.createElement('style'));
    style.textContent = HOST_CSS + this.css;
    const mount = this.doc.createElement('div');
    mount.className = 'qarina-layer';
    shadow.append(style, mount);
    if (typeof host.showPopover === 'function') host.setAttribute('popover', 'manual');
    (this.doc.documentElement ?? this.doc).appendChild(host);
    this.parts = { host, shadow, mount };
    this.attachedAt = this.now();
    this.raise();
    return this.parts;
  }

  /** The card's style sheet, known once the card's code is loaded (it may come after the host). */
  useCss(css: string): void {
    if (css === this.css) return;
    this.css = css;
    if (this.style) this.style.textContent = HOST_CSS + css;
  }

  /** The host if it is on the page (without creating it). */
  get current(): HostParts | null {
    return this.check() ? this.parts : null;
  }

  /** Whether the host is on the page; reports it lost when the page removed it. */
  check(): boolean {
    const parts = this.parts;
    if (!parts) return false;
    if (parts.host.isConnected) {
      if (parts.host.parentNode !== this.watched) this.watch(parts.host.parentNode);
      return true;
    }
    this.parts = null;
    this.watch(null);
    this.options.onLost?.({ parts, livedMs: this.now() - this.attachedAt });
    return false;
  }

  /** Observes the host's parent's children (the host moves into dialogs and fullscreen). */
  private watch(parent: Node | null): void {
    if (parent === this.watched) return;
    this.observer?.disconnect();
    this.watched = parent;
    if (!parent) return;
    const Observer = this.doc.defaultView?.MutationObserver;
    if (typeof Observer !== 'function') return;
    this.observer ??= new Observer(() => void this.check());
    this.observer.observe(parent, { childList: true });
  }

  /** Marks readiness (tests and `npm start` wait for `qarina-ui[data-ready]`). */
  markReady(): void {
    this.ready = true;
    this.ensure().host.setAttribute('data-ready', '');
  }

  /** Puts the host on top of everything shown so far (call when a card opens or fullscreen changes). */
  raise(): void {
    const host = this.parts?.host as PopoverElement | undefined;
    if (!host?.isConnected) return;
    // A modal dialog makes everything outside it inert, and a fullscreen element takes the hit
    // tests: painting on top is not enough, the card must live inside them to be usable.
    const container = this.blockingElement() ?? this.doc.documentElement;
    if (container && host.parentNode !== container) container.appendChild(host);
    this.watch(host.parentNode);
    if (typeof host.showPopover === 'function') {
      try {
        if (host.matches(':popover-open')) host.hidePopover!();
        host.showPopover();
        return;
      } catch {
        // fall through: not a valid popover here
      }
    }
  }

  /**
   * The element that owns the screen: the open modal dialog (everything outside it is inert, a
   * fullscreen element too), else the fullscreen element.
   */
  private blockingElement(): Element | null {
    try {
      const modals = this.doc.querySelectorAll('dialog:modal');
      const modal = modals[modals.length - 1];
      if (modal) return modal;
    } catch {
      // no :modal support: the fullscreen element, or the top layer popover, is the best we can do
    }
    return this.doc.fullscreenElement;
  }

  /** Whether an event happened inside the host (the card). */
  containsEvent(event: Event): boolean {
    const host = this.parts?.host;
    return host !== undefined && event.composedPath().includes(host);
  }

  /** Removes the host (pause, invalidation). */
  remove(): void {
    this.watch(null);
    this.parts?.host.remove();
    this.parts = null;
  }
}
