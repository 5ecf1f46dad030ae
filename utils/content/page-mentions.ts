/**
 * The page's mentions, kept current: the page scanner finds them, the ones of the highlighted
 * entry types go into the mention index (hit-testing, keyboard order) and, for the units near
 * the viewport (ViewportRanges: Chromium's cost of a highlight change grows with the number of
 * registered ranges), into the painter, with the names inside each mention (issue 15, family 6:
 * China and Kazakhstan in «China–Kazakhstan relations») in the painter's second highlight. Inner
 * names are found from the mention's text only when its unit is painted, hit-tested or listed
 * (utils/page/inner-mentions.ts), never for the whole page at scan time.
 */
import type { EntryType } from '../knowledge-base/model';
import type { HighlightPainter } from '../highlight/painter';
import { paintedRange } from '../highlight/painted-range';
import { ViewportRanges, type ObserverFactory } from '../highlight/viewport-ranges';
import { browserGeometry, placedExtent } from '../highlight/unit-window';
import type { Matcher } from '../match/matcher';
import { isRenderedDefault } from '../page/dom-rules';
import { PageScanner, type MentionChange } from '../page/page-scanner';
import { shownPart, type PageMention, type UnitMentions } from '../page/unit-mentions';
import { MentionIndex } from '../page/mention-index';
import type { InnerMention } from '../page/inner-mentions';
import { localFinder, type MentionFinder } from '../page/mention-finder';
import { mentionContains } from '../page/mention-index';
import { DocumentNames } from '../page/short-form-context';

export interface PageMentionsOptions {
  /** The local matcher (a `localFinder`), unless `finder` is given. */
  matcher?: Matcher;
  /** How mentions are found: locally, or by the background (mention-finder.ts). */
  finder?: MentionFinder;
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
const NONE: readonly PageMention[] = [];

export const isRenderedOutsideFrames = (el: Element): boolean =>
  el.localName !== 'iframe' && el.localName !== 'frame' && isRenderedDefault(el);

export class PageMentions {
  readonly index = new MentionIndex();
  private readonly scanner: PageScanner;
  private readonly viewport: ViewportRanges<PageMention>;
  /** Every mention found, by unit (all types), as numbers: objects made when asked. */
  private readonly byUnit = new Map<Node, UnitMentions>();
  /** What the document names, for short forms (Xi, Си) that need it. */
  private readonly names = new DocumentNames();
  private allowed: Set<EntryType>;
  private readonly finder: MentionFinder;

  constructor(
    root: Document,
    private readonly options: PageMentionsOptions,
    highlightTypes: readonly EntryType[],
  ) {
    this.allowed = new Set(highlightTypes);
    this.finder = options.finder ?? localFinder(options.matcher!);
    this.viewport = new ViewportRanges<PageMention>(
      options.painter,
      options.observer,
      (m) => this.rangesOf(m),
      undefined,
      // A huge unit's window is searched by its mentions' boxes: the mention alone, no inner names.
      browserGeometry(placedExtent),
    );
    this.scanner = new PageScanner(root, {
      finder: this.finder,
      onMentions: (change) => this.apply(change),
      onStale: (unit) => this.viewport.withdraw(unit),
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
    // Only mentions already made can be held (a card's anchor): those are the ones to report.
    const before = [...this.byUnit.values()]
      .flatMap((record) => record.materialised())
      .filter((m) => this.index.has(m));
    this.index.clear();
    for (const [unit, mentions] of this.byUnit) this.show(unit, mentions);
    this.options.onRemoved?.(before.filter((m) => !this.index.has(m)));
    this.options.onChange?.();
  }

  /** A painted mention's range, and those of the names inside it (of the highlighted types). */
  private rangesOf(mention: PageMention): AbstractRange | AbstractRange[] {
    const range = paintedRange(mention);
    const inner = this.innerOf(mention);
    if (inner.length === 0) return range;
    const { painter } = this.options;
    // A session without the Highlight API paints nothing (session.ts's nullPainter has no marks).
    if (!('markInner' in painter)) return range;
    return [range, ...inner.map((m) => painter.markInner(paintedRange(m)))];
  }

  /** The names inside a mention, of the highlighted types, outer before inner. */
  innerOf(mention: PageMention): InnerMention[] {
    return this.finder.inner(mention).filter((m) => this.isAllowedType(m));
  }

  /**
   * The mentions at a caret position inside `mention` (one the index found there): it, then the
   * names inside it that contain the position (of the highlighted types), longest first.
   */
  at(mention: PageMention, node: Node, offset: number): PageMention[] {
    const inner = this.finder.inner(mention);
    return [
      mention,
      ...inner.filter((m) => mentionContains(m, node, offset) && this.isAllowedType(m)),
    ];
  }

  /** Every mention shown, in document order, each followed by the names inside it. */
  withInner(): PageMention[] {
    return this.index.ordered().flatMap((m) => [m, ...this.innerOf(m)]);
  }

  private isAllowedType(mention: PageMention): boolean {
    const type = this.options.types[mention.entryIndex];
    return type !== undefined && this.allowed.has(type);
  }

  /** Whether a record's mention at `slot` is shown (its type highlighted, its document names it). */
  private isAllowed(record: UnitMentions, slot: number): boolean {
    const entry = record.entryIndexAt(slot);
    const type = this.options.types[entry];
    if (type === undefined || !this.allowed.has(type)) return false;
    return !record.needsDocumentAt(slot) || this.names.named(entry);
  }

  /** Indexes and paints a unit's mentions of the allowed types (none made here). */
  private show(unit: Node, mentions: UnitMentions): void {
    const shown = shownPart(mentions, (slot) => this.isAllowed(mentions, slot));
    this.index.setUnit(unit, shown);
    this.viewport.set(unit, shown ?? NONE);
  }

  /** A unit's mentions changed: `added` is its whole new list, `removed` its old one. */
  private apply({ unit, added, removed }: MentionChange): void {
    const others = this.names.update(unit, removed, added);
    if (added.length > 0) this.byUnit.set(unit, added);
    else this.byUnit.delete(unit);
    this.show(unit, added);
    // The old mentions that were made are all anything can hold (an open card's anchor).
    const gone = removed.materialised();
    for (const other of others) gone.push(...this.showAgain(other));
    // The names inside a removed mention go with it (an open card may stand on one).
    for (const m of removed.materialised()) gone.push(...this.finder.knownInner(m));
    if (gone.length > 0) this.options.onRemoved?.(gone);
    this.options.onChange?.();
  }

  /**
   * Shows a unit's mentions again after the document started or stopped naming an entry its
   * short forms wait for; returns the mentions no longer shown.
   */
  private showAgain(unit: Node): PageMention[] {
    const mentions = this.byUnit.get(unit);
    if (mentions === undefined) return [];
    const before = mentions.materialised().filter((m) => this.index.has(m));
    this.show(unit, mentions);
    return before.filter((m) => !this.index.has(m));
  }
}
