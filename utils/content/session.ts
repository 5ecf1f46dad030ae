/**
 * One activation of Qarina on a page (from start, or a resume, to a pause or the end of the
 * content script): highlights, hover cards, keyboard moves. Every listener goes through `signal`
 * and every timer through `timers`, so stopping leaves nothing behind.
 */
import type { Timers } from '../hover/hover-intent';
import { browserHighlightEnv, HighlightPainter, type HighlightEnv } from '../highlight/painter';
import { TopLayer } from '../hover/top-layer';
import type { EntryType } from '../knowledge-base/model';
import type { MentionFinder } from '../page/mention-finder';
import type { CardData } from '../messaging/protocol';
import type { PageMentionSummary } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { CardController, type CardView } from './card-controller';
import { CardHost } from './card-host';
import type { CardLoader } from './card-loader';
import type { CardRenderer } from './card-renderer';
import { listenToPage } from './page-listeners';
import { PageMentions } from './page-mentions';
import { isDarkPage } from './page-theme';

export interface SessionOptions {
  doc: Document;
  /** How the page's mentions are found: a local matcher or the background (lexicon-loader.ts). */
  finder: MentionFinder;
  types: readonly EntryType[];
  settings: () => Settings;
  view: () => CardView;
  loadCard: (id: string) => Promise<CardData | null>;
  /** The card's code (the renderer), loaded on first need: the entrypoint says how. */
  card: CardLoader<CardRenderer>;
  /** `idle`: a callback when the browser is idle (requestIdleCallback or a short timer). */
  timers: Timers & { frame(callback: () => void): void; idle(callback: () => void): void };
  signal: AbortSignal;
  highlightEnv?: HighlightEnv | null;
  /** The document's publication date, read at each card opening (cards in time). */
  pageDate?: () => { date: string } | null;
}

export class Session {
  readonly host: CardHost;
  readonly mentions: PageMentions;
  readonly cards: CardController;
  private readonly painter: HighlightPainter | null;
  private readonly topLayer: TopLayer;
  private ready = false;
  private preloading = false;

  constructor(private readonly options: SessionOptions) {
    const { doc } = options;
    const env =
      options.highlightEnv ?? browserHighlightEnv(doc.defaultView as Window & typeof globalThis);
    const painter = env ? new HighlightPainter(env) : null;
    this.painter = painter;
    this.host = new CardHost(doc, '', {
      onLost: (lost) => this.cards.hostLost(lost),
    });
    this.topLayer = new TopLayer(doc);
    this.mentions = new PageMentions(
      doc,
      {
        finder: options.finder,
        types: options.types,
        painter: painter ?? nullPainter,
        onRemoved: (removed) => this.cards.removed(removed),
        onChange: () => {
          this.checkReady();
          this.preload();
        },
      },
      options.settings().highlightTypes,
    );
    this.cards = new CardController({
      doc,
      host: this.host,
      card: options.card,
      index: () => this.mentions.index,
      loadCard: options.loadCard,
      view: options.view,
      timers: options.timers,
      onActive: (mention) => painter?.setActive(mention?.toRange() ?? null),
      hitTest: {
        covered: (node, x, y) => this.topLayer.covers(node, x, y),
        // Names inside names (issue 15): the innermost name at the point, with its chain.
        nested: (mention, node, offset) => this.mentions.at(mention, node, offset),
      },
      pageDate: options.pageDate,
    });
  }

  start(): void {
    this.applySettings();
    this.mentions.start();
    this.topLayer.watch(this.options.signal);
    listenToPage(this.options.doc, this.cards, this.host, this.options.timers, this.options.signal);
    this.checkReady();
    this.preload();
  }

  stop(): void {
    this.cards.close();
    this.mentions.stop();
    this.host.remove();
  }

  /** Style, types and the card's look, from the current settings. */
  applySettings(): void {
    const settings = this.options.settings();
    this.painter?.setStyle(settings.highlightStyle, isDarkPage(this.options.doc));
    this.mentions.setTypes(settings.highlightTypes);
    this.cards.refresh();
  }

  /** Every entry the page mentions (highlighted types), in order of first mention. */
  summary(): PageMentionSummary[] {
    const byEntry = new Map<string, PageMentionSummary>();
    // Names inside names count too (issue 15): China in «China–Kazakhstan relations».
    for (const m of this.mentions.withInner()) {
      const seen = byEntry.get(m.entryId);
      if (seen) seen.count++;
      else byEntry.set(m.entryId, { entryId: m.entryId, count: 1, firstText: m.text });
    }
    return [...byEntry.values()];
  }

  /** Scrolls to the first mention of an entry and opens its card. */
  reveal(entryId: string): boolean {
    // Its own mention first; else a name inside another (its card lists both).
    const mention =
      this.mentions.index.ordered().find((m) => m.entryId === entryId) ??
      this.mentions.withInner().find((m) => m.entryId === entryId);
    if (mention) this.cards.reveal(mention, 'click');
    return mention !== undefined;
  }

  /**
   * Loads the card's code once the page has a mention to hover, when the browser is idle (a
   * frame with nothing to hover never loads it), so the first hover does not wait for it.
   */
  private preload(): void {
    if (this.preloading || this.mentions.index.size === 0) return;
    this.preloading = true;
    this.options.timers.idle(() => {
      if (this.options.signal.aborted) return;
      // Its style sheet goes in at once, as it did when the card was in the content script, so the
      // first card parses no CSS.
      this.options.card.load().then(
        (code) => this.host.useCss(code.css),
        () => {}, // the first need tries again, and says why
      );
    });
  }

  /** Readiness: the first scan is done (or at least its first slice painted). */
  private checkReady(): void {
    if (this.ready) return;
    if (this.mentions.idle || this.mentions.index.size > 0) {
      this.ready = true;
      this.host.markReady();
    } else this.options.timers.set(() => this.checkReady(), 50);
  }
}

const nullPainter = {
  add() {},
  remove() {},
  clear() {},
  setActive() {},
  setStyle() {},
} as unknown as HighlightPainter;
