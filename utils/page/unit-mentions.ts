/**
 * A unit's mentions kept compact (issue 18, goal 3): one record per unit (block, shadow root,
 * document element) holding each mention's numbers — start node and offset, end node and offset,
 * pattern, entry, language and short-form flag — side by side in one plain array, and a
 * `PageMention` object made only when something asks for that mention (`at`): painting a unit near
 * the viewport, a hit test, a keyboard move, the popup's list, an open card's anchor.
 *
 * Why: what a scan keeps per mention outlives its time slice, so V8's young-generation collector
 * copies it, and a scavenge's pause grows with the number of objects that survive more than with
 * their bytes. Keeping one `PageMention` of 64 cut the longest scavenge of a 5 MB scan from 26.5 to
 * 7.8 ms, while a slimmer mention object did not help (README, "The 5 MB page's long tasks now").
 * A record and its array are two objects a unit, whatever its number of mentions. Not a typed
 * array: in Chromium each fresh ArrayBuffer costs ~0.1 ms and its first touch ~3 ms a MB, and the
 * nodes must be held anyway; a plain array of small integers and node references costs neither.
 *
 * A mention made here stays the same object for its record's life (the index and a card compare
 * mentions by identity); a rescan gives the unit a new record, and the old record's mentions that
 * were made (`made`) are the only ones anyone can hold, so they are the ones reported removed.
 */
import { NAME_LANGUAGES, type NameLanguage } from '../knowledge-base/model';

/** A mention on a page. */
export class PageMention {
  constructor(
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
    /** The knowledge-base entry's id. */
    readonly entryId: string,
    /** The entry's index in the lexicon. */
    readonly entryIndex: number,
    /** The language of the alias that matched. */
    readonly lang: NameLanguage,
    /** The alias's pattern index in the lexicon. */
    readonly pattern: number,
    /** The unit (block, shadow root, frame root) the mention was found in. */
    readonly unit: Node,
    /** The text of a mention spanning several text nodes (null: read from `startNode`). */
    private readonly joined: string | null,
    /**
     * A short form (Xi, Си) that is a mention only if its document names the entry otherwise
     * (utils/page/short-form-context.ts); false for every other mention.
     */
    readonly needsDocument = false,
    /** The record it was made from, and its place there (null, -1: made elsewhere). */
    readonly store: UnitMentions | null = null,
    readonly slot = -1,
  ) {}

  /** The text as the page shows it (proclitics included). */
  get text(): string {
    return this.joined ?? this.startNode.data.slice(this.startOffset, this.endOffset);
  }

  /** A new live Range over the mention (for painting, hit-testing, positioning a card). */
  toRange(): Range {
    const range = this.startNode.ownerDocument.createRange();
    range.setStart(this.startNode, this.startOffset);
    range.setEnd(this.endNode, this.endOffset);
    return range;
  }
}

/** Mentions read one by one (an array, a record, or a record's shown part). */
export interface MentionList {
  readonly length: number;
  at(index: number): PageMention | undefined;
}

/** Slots a mention takes in a record's array. */
const FIELDS = 5;
// Slot offsets: start node, start offset, end offset, pattern, and the entry, language and
// short-form flag packed in one small integer (`(entry * LANGS + lang) * 2 + flag`).
const END_OFFSET = 2;
const PATTERN = 3;
const PACKED = 4;
const LANGS = NAME_LANGUAGES.length;
const entryOf = (packed: number) => Math.floor(packed / (2 * LANGS));
const langOf = (packed: number) => Math.floor(packed / 2) % LANGS;

/** A mention's end in another text node than its start (rare), and its text. */
interface Span {
  readonly endNode: Text;
  readonly text: string | null;
}

/** One unit's mentions, as numbers; a `PageMention` is made on demand (module comment). */
export class UnitMentions implements MentionList {
  /**
   * FIELDS slots a mention: its start node and small integers in one array (one object a unit,
   * trimmed to its length once complete: `trim`). Five slots, not seven: the end node and the
   * text of a mention spanning nodes live in `spans`, and entry, language and flag share a slot
   * (the 5 MB page's 117,563 mentions: 3.3 → 2.35 MB that every scavenge copies; README, "Garbage
   * inside the slices").
   */
  private data: (Text | number)[] = [];
  /** The end node and text of mentions spanning several text nodes, by slot (rare). */
  private spans: Map<number, Span> | null = null;
  /** The mentions made so far, by slot. */
  private made: (PageMention | undefined)[] | null = null;
  /** What a finder keeps for some mentions, by slot (the remote finder: names inside them). */
  extra: Map<number, unknown> | null = null;
  private count = 0;

  constructor(
    readonly unit: Node,
    /** Entry ids by entry index (the matcher's, or the remote finder's table). */
    private readonly ids: { readonly [entryIndex: number]: string },
  ) {}

  get length(): number {
    return this.count;
  }

  /**
   * Appends a mention (`lang`: its index in NAME_LANGUAGES; `joined`: the text of a mention
   * spanning several text nodes).
   */
  push(
    startNode: Text,
    startOffset: number,
    endNode: Text,
    endOffset: number,
    pattern: number,
    entryIndex: number,
    lang: number,
    needsDocument: boolean,
    joined: string | null,
  ): void {
    const packed = (entryIndex * LANGS + lang) * 2 + (needsDocument ? 1 : 0);
    this.data.push(startNode, startOffset, endOffset, pattern, packed);
    if (endNode !== startNode || joined !== null)
      (this.spans ??= new Map()).set(this.count, { endNode, text: joined });
    this.count++;
  }

  /** Appends every mention of `other` (a unit's part answered apart; nothing made yet). */
  append(other: UnitMentions): void {
    const shift = this.count;
    for (const value of other.data) this.data.push(value);
    for (const [slot, span] of other.spans ?? [])
      (this.spans ??= new Map()).set(shift + slot, span);
    for (const [slot, value] of other.extra ?? [])
      (this.extra ??= new Map()).set(shift + slot, value);
    this.count += other.count;
  }

  /**
   * The record is complete: its array is copied to its exact length. Grown by pushes, an array
   * holds up to half again its length in spare slots, which every scavenge that finds the record
   * alive copies along (the 5 MB page: 235 bytes an array kept, 190 used).
   */
  trim(): void {
    if (this.count > 0) this.data = this.data.slice();
  }

  entryIndexAt(i: number): number {
    return entryOf(this.data[i * FIELDS + PACKED] as number);
  }

  needsDocumentAt(i: number): boolean {
    return ((this.data[i * FIELDS + PACKED] as number) & 1) === 1;
  }

  /** The mention at `i`, made once (the same object at every call). */
  at(i: number): PageMention | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const made = (this.made ??= []);
    let mention = made[i];
    if (mention !== undefined) return mention;
    const { data } = this;
    const k = i * FIELDS;
    const packed = data[k + PACKED] as number;
    const entryIndex = entryOf(packed);
    const startNode = data[k] as Text;
    const span = this.spans?.get(i);
    mention = new PageMention(
      startNode,
      data[k + 1] as number,
      span?.endNode ?? startNode,
      data[k + END_OFFSET] as number,
      this.ids[entryIndex]!,
      entryIndex,
      NAME_LANGUAGES[langOf(packed)]!,
      data[k + PATTERN] as number,
      this.unit,
      span?.text ?? null,
      (packed & 1) === 1,
      this,
      i,
    );
    made[i] = mention;
    return mention;
  }

  /** Every mention, made (for lists: tests, the popup). */
  list(): PageMention[] {
    const out: PageMention[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.at(i)!);
    return out;
  }

  /** The mentions made so far: the only ones anything outside can hold. */
  materialised(): PageMention[] {
    return this.made === null ? [] : this.made.filter((m) => m !== undefined);
  }

  /** Whether `mention` was made from this record. */
  has(mention: PageMention): boolean {
    return mention.store === this && this.made?.[mention.slot] === mention;
  }
}

/** A record's mentions at some of its slots (in order): those of the highlighted types. */
export class ShownMentions implements MentionList {
  constructor(
    readonly record: UnitMentions,
    /** The slots shown, ascending. */
    private readonly slots: readonly number[],
  ) {}

  get length(): number {
    return this.slots.length;
  }

  at(i: number): PageMention | undefined {
    const slot = this.slots[i];
    return slot === undefined ? undefined : this.record.at(slot);
  }

  has(mention: PageMention): boolean {
    if (!this.record.has(mention)) return false;
    let lo = 0;
    let hi = this.slots.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const slot = this.slots[mid]!;
      if (slot === mention.slot) return true;
      if (slot < mention.slot) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/**
 * The part of `record` whose slots pass `keep`: the record itself when all do (the common case:
 * no object more), null when none does.
 */
export function shownPart(
  record: UnitMentions,
  keep: (slot: number) => boolean,
): UnitMentions | ShownMentions | null {
  let slots: number[] | null = null;
  for (let i = 0; i < record.length; i++) {
    if (keep(i)) {
      slots?.push(i);
    } else if (slots === null) {
      slots = [];
      for (let j = 0; j < i; j++) slots.push(j);
    }
  }
  if (slots === null) return record.length > 0 ? record : null;
  return slots.length > 0 ? new ShownMentions(record, slots) : null;
}

/** A list's mentions as an array (made if need be). */
export function arrayOf(list: MentionList): readonly PageMention[] {
  if (Array.isArray(list)) return list as PageMention[];
  const out: PageMention[] = [];
  for (let i = 0; i < list.length; i++) out.push(list.at(i)!);
  return out;
}
