/**
 * The hover card's behaviour on a page: pointer moves (hit-test → hover intent), clicks and
 * taps, Escape, scrolling away, keyboard moves; draws the card with the renderer it is handed
 * into the host's shadow root.
 *
 * The hover intent holds the card the reader wants (the pointer or focus is on its mention, or
 * it is pinned); what is on screen follows the host: when the page removes it, the card and the
 * active mark go, and the wanted card comes back in a fresh host after the backoff's wait.
 */
import { mentionAtPoint, rangeRects, type HitTestOptions } from '../hover/hit-test';
import { HoverIntent, type OpenReason, type Timers } from '../hover/hover-intent';
import type { UiStrings } from '../i18n/create-ui-strings';
import type { CardLanguage } from '../knowledge-base/model';
import type { CardData } from '../messaging/protocol';
import type { PageMention } from '../page/run-mentions';
import type { CardHost, LostHost } from './card-host';
import { HostBackoff } from './host-backoff';
import type { CardLoader } from './card-loader';
import type { CardRenderer, OpenCard } from './card-renderer';
import { pickMention, revealMention, type Direction } from './keyboard-nav';
import type { MentionIndex } from '../page/mention-index';
import { openCardFor, sameMention } from './open-card';

export interface CardView {
  readerLang: CardLanguage;
  /** The card's labels in `readerLang`. */
  strings: UiStrings;
  pageLang?: string;
  theme: 'auto' | 'light' | 'dark';
  textScale: number;
  hoverDelayMs: number;
  /** Cards on a dated page show the entry as at its date (the reader's setting). */
  cardInTime: boolean;
}

export interface CardControllerOptions {
  doc: Document;
  host: CardHost;
  /**
   * The card's code (components' HoverCard, handed in by the content entrypoint), loaded on
   * first need: a card waits for it, and nothing is drawn before it is there.
   */
  card: CardLoader<Pick<CardRenderer, 'render'> & Partial<Pick<CardRenderer, 'css'>>>;
  index: () => MentionIndex;
  loadCard: (id: string) => Promise<CardData | null>;
  view: () => CardView;
  timers: Timers;
  /** The open card's mention changed (to mark it). */
  onActive?: (mention: PageMention | null) => void;
  hitTest?: HitTestOptions;
  closeDelayMs?: number;
  /** How soon a host the page removed comes back (default: HOST_BACKOFF, Date.now). */
  backoff?: HostBackoff;
  /** The document's publication date, read at each opening (none: cards are today's). */
  pageDate?: () => { date: string } | null;
}

export class CardController {
  readonly intent: HoverIntent<PageMention>;
  private open: OpenCard | null = null;
  private serial = 0;
  private point: { x: number; y: number } | undefined;
  private returnFocus: Element | null = null;
  private retry: number | null = null;
  private loading = false;
  private loadFailed = false;
  private readonly backoff: HostBackoff;

  constructor(private readonly options: CardControllerOptions) {
    this.backoff = options.backoff ?? new HostBackoff(() => Date.now());
    this.intent = new HoverIntent<PageMention>({
      openDelay: () => options.view().hoverDelayMs,
      closeDelay: options.closeDelayMs ?? 300,
      same: sameMention,
      timers: options.timers,
      onOpen: (mention, reason) => this.show(mention, reason),
      onClose: () => this.hide(),
    });
  }

  /** The mention under a viewport point, if any. */
  mentionAt(x: number, y: number): PageMention | null {
    return mentionAtPoint(this.options.index(), this.options.doc, x, y, this.options.hitTest);
  }

  /** A pointer move (already outside or inside the card). */
  pointerAt(x: number, y: number, inCard: boolean): void {
    this.point = { x, y };
    if (this.open) this.options.host.check(); // removed with an ancestor: no record on its parent
    if (inCard) this.intent.enterCard();
    else {
      const mention = this.mentionAt(x, y);
      if (mention && !this.options.card.loaded) this.loadCode(); // during the hover delay
      this.intent.pointAt(mention);
    }
  }

  /** A click or a tap at a point outside the card: opens (pinned) on a mention, closes elsewhere. */
  pressAt(x: number, y: number, reason: 'click' | 'tap'): void {
    this.point = { x, y };
    const mention = this.mentionAt(x, y);
    if (mention) this.intent.openNow(mention, reason);
    else this.intent.close();
  }

  /** Moves to the next or previous mention: scrolls to it, opens its card, focuses the card. */
  navigate(direction: Direction): PageMention | null {
    const target = pickMention(this.options.index().ordered(), this.intent.current, direction);
    if (target) this.reveal(target, 'keyboard');
    return target;
  }

  /** Scrolls to a mention and opens its card. */
  reveal(mention: PageMention, reason: OpenReason): void {
    revealMention(mention);
    this.point = undefined;
    this.intent.openNow(mention, reason);
  }

  /** Escape: closes the card; true when there was one. */
  escape(): boolean {
    if (this.intent.current === null) return false;
    this.intent.close();
    return true;
  }

  /** Closes the card when its mention scrolled out of the viewport. */
  checkScroll(): void {
    const current = this.intent.current;
    if (!current) return;
    const view = this.options.doc.defaultView;
    const rects = rangeRects(current);
    const inView = Array.from(rects).some(
      (r) =>
        view && r.bottom > 0 && r.top < view.innerHeight && r.right > 0 && r.left < view.innerWidth,
    );
    if (!inView) this.intent.close();
  }

  /** Mentions that left the page: the card anchored on one closes. */
  removed(mentions: readonly PageMention[]): void {
    const current = this.intent.current;
    if (current && mentions.includes(current)) this.intent.close();
  }

  /** Re-renders with the current view (settings changed). */
  refresh(): void {
    if (this.options.host.current) this.render();
  }

  /** The page removed the host: the card is off screen; the wanted card comes back later. */
  hostLost(lost: LostHost): void {
    this.render(lost.parts.mount, null); // unmount: nothing of the old card keeps running
    const wait = this.backoff.lost(lost.livedMs);
    this.options.onActive?.(null);
    if (this.open) this.attachIn(wait);
  }

  close(): void {
    this.intent.close();
  }

  private show(mention: PageMention, reason: OpenReason): void {
    const { doc } = this.options;
    if (reason === 'keyboard') {
      const active = doc.activeElement;
      // Focus that fell to the body while a card was re-drawn is no place to return to: the
      // element the reader left for the first keyboard card stays the one Escape returns to.
      const fell = this.returnFocus !== null && (active === doc.body || active === null);
      if (active && active !== this.options.host.current?.host && !fell) this.returnFocus = active;
    }
    const open = openCardFor(mention, reason, ++this.serial, this.point);
    this.open = open;
    if (this.options.card.loaded) this.opened(open);
    else
      this.loadCode(() => {
        if (this.open === open) this.opened(open); // still the wanted card once the code came
      });
  }

  /** The card's code is here: reads the page's date (card in time) and shows the card. */
  private opened(open: OpenCard): void {
    const dated = this.options.view().cardInTime ? this.options.pageDate : undefined;
    this.open = { ...open, pageDate: dated?.() ?? null };
    this.attach();
  }

  /** Loads the card's code; a failure is reported once per attempt, and the next need retries. */
  private loadCode(then?: () => void): void {
    if (this.loading && !then) return;
    this.loading = true;
    this.options.card.load().then(
      () => {
        this.loading = false;
        then?.();
      },
      (error: unknown) => {
        this.loading = false;
        if (!this.loadFailed) console.warn('Qarina: the card could not be loaded', error);
        this.loadFailed = true;
      },
    );
  }

  /** Puts the open card on screen, in a new host if needed, unless the page must wait. */
  private attach(): void {
    const mention = this.intent.current;
    if (!this.open || !mention) return;
    const wait = this.options.host.current ? 0 : this.backoff.wait();
    if (wait > 0) {
      this.attachIn(wait);
      return;
    }
    this.options.host.ensure();
    this.options.host.raise();
    this.options.onActive?.(mention);
    this.render();
  }

  private attachIn(ms: number): void {
    if (this.retry !== null) return;
    this.retry = this.options.timers.set(() => {
      this.retry = null;
      this.attach();
    }, ms);
  }

  private hide(): void {
    const host = this.options.host.current?.host;
    const focusInCard = host !== undefined && this.options.doc.activeElement === host;
    this.open = null;
    if (this.retry !== null) this.options.timers.clear(this.retry);
    this.retry = null;
    this.options.onActive?.(null);
    if (this.options.host.current) this.render();
    if (focusInCard) {
      const target = this.returnFocus as HTMLElement | null;
      if (target?.isConnected && typeof target.focus === 'function')
        target.focus({ preventScroll: true });
      else (this.options.doc.activeElement as HTMLElement | null)?.blur?.();
    }
    this.returnFocus = null;
  }

  private render(mount?: Element, open = this.open): void {
    const code = this.options.card.loaded;
    if (!code) return; // nothing drawn yet: nothing to draw or to unmount
    if (code.css !== undefined) this.options.host.useCss(code.css);
    mount ??= this.options.host.ensure().mount;
    const view = this.options.view();
    code.render(
      {
        open,
        loadCard: this.options.loadCard,
        readerLang: view.readerLang,
        strings: view.strings,
        pageLang: view.pageLang,
        theme: view.theme,
        textScale: view.textScale,
        cardInTime: view.cardInTime,
        pinned: this.intent.pinned,
        onTogglePin: () => {
          this.intent.setPinned(!this.intent.pinned);
          this.render();
        },
        onClose: () => this.intent.close(),
      },
      mount,
    );
  }
}
