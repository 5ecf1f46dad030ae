/**
 * Paints mentions with the CSS Custom Highlight API: ranges go into `Highlight` objects
 * registered in `CSS.highlights`, styled by `::highlight()` rules of the content script's CSS
 * (highlights.css). The page's DOM is never touched.
 *
 * One highlight holds every mention; it is registered under the name of the current style
 * (`qarina-underline`, `qarina-tint`, with a `-dark` variant for dark pages; none for `none`).
 * A second one, `qarina-active`, marks the mention whose card is open. A third marks the names
 * inside a mention (issue 15, family 6: China and Kazakhstan in «China–Kazakhstan relations»),
 * `qarina-inner-underline` / `qarina-inner-tint` (and `-dark`): the compound keeps the style and
 * the inner names get a distinct, subtler mark on top, so neither hides the other.
 */

/** What the painter needs of `Highlight` (a seam: happy-dom has none). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
  priority: number;
}

export interface HighlightEnv {
  registry: { set(name: string, highlight: HighlightLike): unknown; delete(name: string): boolean };
  create(): HighlightLike;
}

export type HighlightStyle = 'underline' | 'tint' | 'none';

export const HIGHLIGHT_NAMES = {
  underline: 'qarina-underline',
  tint: 'qarina-tint',
  active: 'qarina-active',
  inner: 'qarina-inner-',
} as const;

/** The registry name for a style on a light or dark page; null for `none`. */
export function highlightName(style: HighlightStyle, dark: boolean): string | null {
  if (style === 'none') return null;
  return HIGHLIGHT_NAMES[style] + (dark ? '-dark' : '');
}

/** The registry name of the names inside mentions, for a style on a light or dark page. */
export function innerHighlightName(style: HighlightStyle, dark: boolean): string | null {
  if (style === 'none') return null;
  return HIGHLIGHT_NAMES.inner + style + (dark ? '-dark' : '');
}

/** The browser's highlight registry of a window, or null where the API is missing. */
export function browserHighlightEnv(win: Window & typeof globalThis): HighlightEnv | null {
  const registry = (win.CSS as { highlights?: HighlightEnv['registry'] } | undefined)?.highlights;
  const HighlightCtor = (win as { Highlight?: new () => HighlightLike }).Highlight;
  if (!registry || !HighlightCtor) return null;
  return { registry, create: () => new HighlightCtor() };
}

export class HighlightPainter {
  private readonly mentions: HighlightLike;
  private readonly active: HighlightLike;
  private readonly inner: HighlightLike;
  /** Ranges of names inside mentions: `add` and `remove` route them to `inner`. */
  private readonly innerRanges = new WeakSet<AbstractRange>();
  private name: string | null = null;
  private innerName: string | null = null;

  constructor(private readonly env: HighlightEnv) {
    this.mentions = env.create();
    this.inner = env.create();
    this.inner.priority = 1; // painted over the compound's mark
    this.active = env.create();
    this.active.priority = 2;
  }

  /** Registers the mentions under the style's name (unregistering the previous one). */
  setStyle(style: HighlightStyle, dark: boolean): void {
    const name = highlightName(style, dark);
    if (name === this.name) return;
    if (this.name !== null) this.env.registry.delete(this.name);
    if (this.innerName !== null) this.env.registry.delete(this.innerName);
    this.name = name;
    this.innerName = innerHighlightName(style, dark);
    if (name !== null) this.env.registry.set(name, this.mentions);
    if (this.innerName !== null) this.env.registry.set(this.innerName, this.inner);
  }

  /** Marks a range as a name inside a mention (painted by the inner highlight); returns it. */
  markInner<R extends AbstractRange>(range: R): R {
    this.innerRanges.add(range);
    return range;
  }

  add(ranges: Iterable<AbstractRange>): void {
    for (const range of ranges)
      (this.innerRanges.has(range) ? this.inner : this.mentions).add(range);
  }

  remove(ranges: Iterable<AbstractRange>): void {
    for (const range of ranges) {
      (this.innerRanges.has(range) ? this.inner : this.mentions).delete(range);
      this.active.delete(range);
    }
  }

  /** Marks the mention whose card is open (null: none). */
  setActive(range: AbstractRange | null): void {
    this.active.clear();
    if (range) {
      this.active.add(range);
      this.env.registry.set(HIGHLIGHT_NAMES.active, this.active);
    } else this.env.registry.delete(HIGHLIGHT_NAMES.active);
  }

  get size(): number {
    return this.mentions.size;
  }

  /** How many names inside mentions are painted. */
  get innerSize(): number {
    return this.inner.size;
  }

  /** Takes every highlight away (pause, invalidation). */
  clear(): void {
    this.mentions.clear();
    this.inner.clear();
    this.setActive(null);
    if (this.name !== null) this.env.registry.delete(this.name);
    if (this.innerName !== null) this.env.registry.delete(this.innerName);
    this.name = null;
    this.innerName = null;
  }
}
