/**
 * The page's mentions, kept current: the page scanner finds them, the ones of the highlighted
 * entry types go into the mention index (hit-testing, keyboard order) and, for the units near
 * the viewport (ViewportRanges: Chromium's cost of a highlight change grows with the number of
 * registered ranges), into the painter.
 */
import type { EntryType } from '../knowledge-base/model';
import type { HighlightPainter } from '../highlight/painter';
import { ViewportRanges, type ObserverFactory } from '../highlight/viewport-ranges';
import type { Matcher } from '../match/matcher';
import { isRenderedDefault } from '../page/dom-rules';
import { PageScanner, type MentionChange } from '../page/page-scanner';
import type { PageMention } from '../page/run-mentions';
import { MentionIndex } from '../page/mention-index';
import { DocumentNames } from '../page/short-form-context';

export interface PageMentionsOptions {
  matcher: Matcher;
  /** Each lexicon entry's type, by entry index. */
  types: readonly EntryType[];
  painter: HighlightPainter;
  /** Told of mentions that went away (the open card's anchor may be one). */
  onRemoved?: (removed: readonly PageMention[]) => void;
  /** Told after each change (the first one means the first slice is painted). */
  onChange?: () => void;
  /** The viewport observer (a seam for tests). */
  observer?: ObserverFactory;
}

/**
 * Frames are not entered: every frame runs its own content script (allFrames), which scans,
 * paints and hit-tests in its own document, with its own highlight registry.
 */
export const isRenderedOutsideFrames = (el: Element): boolean =>
  el.localName !== 'iframe' && el.localName !== 'frame' && isRenderedDefault(el);

const toRange = (mention: PageMention): Range => mention.toRange();

export class PageMentions {
  readonly index = new MentionIndex();
  private readonly scanner: PageScanner;
  private readonly viewport: ViewportRanges<PageMention>;
  /** Every mention found, by unit (all types). */
  private readonly byUnit = new Map<Node, PageMention[]>();
  /** What the document names, for short forms (Xi, Си) that need it. */
  private readonly names = new DocumentNames();
  private allowed: Set<EntryType>;

  constructor(
    root: Document,
    private readonly options: PageMentionsOptions,
    highlightTypes: readonly EntryType[],
  ) {
    this.allowed = new Set(highlightTypes);
    this.viewport = new ViewportRanges<PageMention>(options.painter, options.observer, toRange);
    this.scanner = new PageScanner(root, {
      matcher: options.matcher,
      onMentions: (change) => this.apply(change),
      isRendered: isRenderedOutsideFrames,
      shortForms: true,
    });
  }

  start(): void {
    this.scanner.start();
  }

  /** Stops scanning and takes every highlight away. */
  stop(): void {
    this.scanner.stop();
    this.viewport.clear();
    this.byUnit.clear();
    this.names.clear();
    this.index.clear();
    this.options.painter.clear();
  }

  /** Whether the first scan is done and nothing is pending. */
  get idle(): boolean {
    return this.scanner.idle;
  }

  /** Highlights only these entry types from now on. */
  setTypes(types: readonly EntryType[]): void {
    const next = new Set(types);
    if (next.size === this.allowed.size && [...next].every((t) => this.allowed.has(t))) return;
    this.allowed = next;
    const before = this.index.ordered();
    this.index.clear();
    for (const [unit, mentions] of this.byUnit) this.show(unit, mentions);
    this.options.onRemoved?.(before.filter((m) => !this.index.has(m)));
    this.options.onChange?.();
  }

  private isAllowed(mention: PageMention): boolean {
    const type = this.options.types[mention.entryIndex];
    return type !== undefined && this.allowed.has(type) && this.names.confirms(mention);
  }

  /** Indexes and paints a unit's mentions of the allowed types. */
  private show(unit: Node, mentions: readonly PageMention[]): void {
    const shown = mentions.filter((m) => this.isAllowed(m));
    this.index.add(shown);
    this.viewport.set(unit, shown);
  }

  /** A unit's mentions changed: `added` is its whole new list, `removed` its old one. */
  private apply({ unit, added, removed }: MentionChange): void {
    const others = this.names.update(unit, removed, added);
    this.index.remove(removed);
    if (added.length > 0) this.byUnit.set(unit, added);
    else this.byUnit.delete(unit);
    this.show(unit, added);
    const gone = [...removed];
    for (const other of others) gone.push(...this.showAgain(other));
    if (gone.length > 0) this.options.onRemoved?.(gone);
    this.options.onChange?.();
  }

  /**
   * Shows a unit's mentions again after the document started or stopped naming an entry its
   * short forms wait for; returns the mentions no longer shown.
   */
  private showAgain(unit: Node): PageMention[] {
    const mentions = this.byUnit.get(unit) ?? [];
    const before = mentions.filter((m) => this.index.has(m));
    this.index.remove(before);
    this.show(unit, mentions);
    return before.filter((m) => !this.index.has(m));
  }
}
