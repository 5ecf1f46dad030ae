/**
 * The remote mention finder (issue 18, goal 4): above the size threshold the content script has
 * no matcher; the text runs of the units a scan slice starts go, in one message, to the
 * extension's own background (runtime messaging: the text stays on the device), which matches
 * them with its one matcher (utils/background/remote-matching.ts) and answers with the mentions,
 * short forms' context and the names inside each mention decided. The page's thread only walks
 * the DOM and makes mention objects; the scanner goes on while an answer is on its way.
 */
import { NAME_LANGUAGES, type NameLanguage } from '../knowledge-base/model';
import type { InnerSpan } from '../match/nested';
import {
  FOUND_INNER_FIELDS,
  FOUND_MENTION_FIELDS,
  MAX_FIND_CHARS,
  MAX_FIND_TEXTS,
  type FoundMentions,
} from '../messaging/protocol';
import { buildInnerMentions, type InnerMention } from '../page/inner-mentions';
import type { MentionFinder } from '../page/mention-finder';
import { windowedAsk } from './find-windows';
import { appendMention } from '../page/run-mentions';
import { UnitMentions, type PageMention } from '../page/unit-mentions';
import type { TextRun } from '../page/text-runs';

export interface RemoteFinderOptions {
  /**
   * Sends texts to the background (findMentions) for this lexicon's data version; `attempt` is 0
   * for a batch's first message and counts its retries.
   */
  ask: (texts: string[], shortForms: boolean, attempt: number) => Promise<FoundMentions>;
  /**
   * Code units sent in one message at most (a batch is sent early when it would grow past).
   * Default 64K: the first slice's units are the visible ones, and a small first message comes
   * back soon (the background matches about 1 MB a second at 100,000 entries), while the rest
   * follow in a few more messages instead of hundreds.
   */
  batchChars?: number;
  /**
   * Code units of the finder's first message at most (default 4K): the background is idle
   * until it arrives, so it goes as soon as the first units are in, while the page walks on.
   */
  firstBatchChars?: number;
  /** Code units in one message at most (default MAX_FIND_CHARS; a longer run goes in windows). */
  maxChars?: number;
  /** Runs `send` after the current scan slice (default: a microtask, as a slice is one task). */
  later?: (send: () => void) => void;
  /**
   * Runs `again` after `ms` (default: a timer): a batch the background failed to answer (a
   * worker stopped mid-request, an exception) is asked again after RETRY_MS[0], [1], … before its
   * units are given up; a refusal for changed data fails again and the lexicon loader restarts.
   */
  retryAfter?: (ms: number, again: () => void) => void;
}

/** Waits before asking a failed batch again (then its units answer null, never rescanned). */
const RETRY_MS = [250, 1000, 4000] as const;

/** A name inside a mention, as answered: the span, its entry id and language. */
interface NamedSpan extends InnerSpan {
  entryId: string;
  lang: NameLanguage;
}

interface Waiting {
  runs: TextRun[];
  /** The index of the unit's first run in the batch's texts. */
  at: number;
  resolve: (mentions: UnitMentions | null) => void;
}

interface Batch {
  texts: string[];
  chars: number;
  shortForms: boolean;
  units: Waiting[];
}

const NONE: readonly InnerMention[] = [];

/** Whether a run's nodes still hold the text it was sent with. */
function unchanged(run: TextRun): boolean {
  const { nodes, offsets, text } = run;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!node.isConnected || node.data !== text.slice(offsets[i], offsets[i + 1] ?? text.length))
      return false;
  }
  return true;
}

export function createRemoteFinder(options: RemoteFinderOptions): MentionFinder {
  const { batchChars = 1 << 16, later = queueMicrotask, maxChars = MAX_FIND_CHARS } = options;
  let firstChars = options.firstBatchChars ?? 1 << 12; // until the first message has gone
  const ask = windowedAsk(options.ask, maxChars); // a run longer than a message: find-windows.ts
  const retryAfter = options.retryAfter ?? ((ms, again) => void setTimeout(again, ms));
  // Entry ids of every answer, by entry index: one table for the finder's lexicon version.
  const ids: string[] = [];
  const built = new WeakMap<PageMention, readonly InnerMention[]>();
  let batch: Batch | null = null;

  const send = (sent: Batch, attempt = 0) => {
    if (batch === sent) batch = null;
    firstChars = Infinity;
    ask(sent.texts, sent.shortForms, attempt).then(
      (found) => {
        for (const unit of sent.units) {
          try {
            unit.resolve(mentionsOf(unit, found));
          } catch {
            unit.resolve(null); // an answer it cannot read: this unit alone goes without
          }
        }
      },
      () => {
        const wait = RETRY_MS[attempt];
        if (wait === undefined) for (const unit of sent.units) unit.resolve(null);
        else retryAfter(wait, () => send(sent, attempt + 1));
      },
    );
  };

  /** The unit's page mentions from the answer; null when its text changed since it was sent. */
  const mentionsOf = ({ runs, at }: Waiting, found: FoundMentions): UnitMentions | null => {
    const out = new UnitMentions(runs[0]!.unit, ids);
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      if (!unchanged(run)) return null; // the change has the unit scanned again
      const flat = found.texts[at + r] ?? [];
      // Read in place: a slice and a destructuring a mention (25,381 at 10k on the 1 MB page)
      // were garbage on the page's thread, which shares the cores with the background.
      for (let i = 0; i + FOUND_MENTION_FIELDS <= flat.length;) {
        const start = flat[i]!;
        const end = flat[i + 1]!;
        const entryIndex = flat[i + 2]!;
        const pattern = flat[i + 3]!;
        const lang = flat[i + 4]!;
        const needsDocument = flat[i + 5];
        const innerCount = flat[i + 6]!;
        i += FOUND_MENTION_FIELDS;
        let inner: NamedSpan[] | undefined;
        for (let k = 0; k < innerCount; k++, i += FOUND_INNER_FIELDS) {
          const named = name(found, flat[i + 2]!, flat[i + 4]!);
          if (named === null) continue;
          (inner ??= []).push({
            start: flat[i]!,
            end: flat[i + 1]!,
            entryIndex: flat[i + 2]!,
            pattern: flat[i + 3]!,
            depth: flat[i + 5]!,
            parent: flat[i + 6]!,
            ...named,
          });
        }
        const named = name(found, entryIndex, lang);
        if (!named || !(start >= 0 && start < end && end <= run.text.length)) continue;
        ids[entryIndex] = named.entryId;
        if (inner !== undefined) (out.extra ??= new Map()).set(out.length, inner);
        appendMention(out, run, start, end, pattern, entryIndex, lang, needsDocument === 1);
      }
    }
    return out;
  };

  /** Adds runs (within one message's limits) to the batch of this slice, or of the next. */
  const enqueue = (sent: TextRun[], shortForms: boolean): Promise<UnitMentions | null> => {
    const chars = sent.reduce((sum, run) => sum + run.text.length, 0);
    if (
      batch &&
      (batch.shortForms !== shortForms ||
        batch.chars + chars > Math.min(batchChars, firstChars, maxChars) ||
        batch.texts.length + sent.length > MAX_FIND_TEXTS)
    )
      send(batch);
    if (!batch) {
      const next: Batch = (batch = { texts: [], chars: 0, shortForms, units: [] });
      later(() => batch === next && send(next));
    }
    const current = batch;
    return new Promise((resolve) => {
      current.units.push({ runs: sent, at: current.texts.length, resolve });
      for (const run of sent) current.texts.push(run.text);
      current.chars += chars;
    });
  };

  return {
    begin(unit, runs, shortForms) {
      // A run longer than a whole message goes alone, in windows (a 10 MB text node).
      const sent = runs;
      if (sent.length === 0) return Promise.resolve(new UnitMentions(unit, ids));
      // A unit past one message's limits (thousands of lines between <br>) goes in several.
      const parts = withinLimits(sent, maxChars);
      if (parts.length === 1) return enqueue(sent, shortForms);
      return Promise.all(parts.map((part) => enqueue(part, shortForms))).then((lists) => {
        if (lists.includes(null)) return null;
        const all = new UnitMentions(unit, ids);
        for (const list of lists) all.append(list!);
        return all;
      });
    },
    inner(mention) {
      const named = mention.store?.extra?.get(mention.slot) as NamedSpan[] | undefined;
      if (named === undefined) return NONE;
      let list = built.get(mention);
      if (list === undefined) {
        const nameOf = (s: InnerSpan) => [(s as NamedSpan).entryId, (s as NamedSpan).lang] as const;
        list = buildInnerMentions(mention, named, nameOf);
        built.set(mention, list);
      }
      return list;
    },
    knownInner: (mention) => built.get(mention) ?? NONE,
  };
}

/** Runs split into consecutive parts that each fit one message (MAX_FIND_TEXTS, MAX_FIND_CHARS). */
function withinLimits(runs: TextRun[], maxChars: number): TextRun[][] {
  const parts: TextRun[][] = [[]];
  let chars = 0;
  for (const run of runs) {
    const part = parts.at(-1)!;
    if (part.length > 0 && (part.length >= MAX_FIND_TEXTS || chars + run.text.length > maxChars)) {
      parts.push([run]);
      chars = run.text.length;
    } else {
      part.push(run);
      chars += run.text.length;
    }
  }
  return parts;
}

/** An answer's entry id and language for an entry index and language index (checked). */
function name(
  found: FoundMentions,
  entryIndex: number,
  lang: number,
): { entryId: string; lang: NameLanguage } | null {
  const entryId = found.ids[entryIndex];
  const language = NAME_LANGUAGES[lang];
  return typeof entryId === 'string' && language !== undefined ? { entryId, lang: language } : null;
}
