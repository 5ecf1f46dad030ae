/**
 * Names inside names (issue 15, family 6): «China–Kazakhstan relations» is one mention, leftmost-
 * longest, yet China and Kazakhstan are entries a reader must still reach. The mentions inside a
 * mention are found here, without touching the automaton: the matcher's public API
 * (findMentionsInFolded with a window) is run again over the compound's own text.
 *
 * Why this and not the automaton's other outputs: compounds are short (a few words), and a page
 * repeats the same names, so each distinct compound text is matched once per matcher and cached.
 * On the 1 MB benchmark page that is a few hundred short texts, not 22,000 (npm run bench --
 * --only highlight: see the commit that added this file for the figures before and after).
 *
 * What counts as inside: the mentions leftmost-longest would pick if the compound itself were
 * not a name. The longest name starting where the compound starts but ending before it is found
 * on the text cut at its last word boundary; the names after it, with a window starting at its
 * end. A name of the compound's own entry (Tokayev in Kassym-Jomart Tokayev) is not repeated,
 * but the names inside it are; names inside inner names are found the same way, at any depth.
 * Short forms (Xi, Си) are never inner names: they need their document's context.
 */
import { NAME_LANGUAGES } from '../knowledge-base/model';
import type { Mention } from './find-mentions';
import { findMentionsInFolded } from './find-mentions';
import type { Matcher } from './matcher';
import { foldIndexOf, foldText, type FoldedText } from '../text/fold';

/** A mention inside another one, relative to the outermost compound's text. */
export interface InnerSpan {
  start: number;
  end: number;
  pattern: number;
  entryIndex: number;
  /** 1 for a name inside the compound, 2 for a name inside that one, and so on. */
  depth: number;
  /** The index in the same list of the span that contains this one; -1: the compound itself. */
  parent: number;
}

/** A text's mentions with the names inside them, each nested one naming its container. */
export interface NestedMention extends Mention {
  /** 0 for an outermost mention, 1 for a name inside it, and so on. */
  depth: number;
  /** The index (in the same list) of the mention containing this one; -1 for an outermost one. */
  within: number;
}

/** Distinct compound texts remembered per matcher; beyond this the cache starts again. */
const CACHE_LIMIT = 4096;
const caches = new WeakMap<Matcher, Map<string, readonly InnerSpan[]>>();

/** Letters, marks and digits join a word; Han characters are words of their own. */
const WORD = /[\p{L}\p{M}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** The last word boundary of `text` before its end (0: none), where a shorter name may end. */
function lastBoundary(text: string): number {
  for (let b = text.length - 1; b > 0; b--) {
    const before = text[b - 1]!;
    const after = text[b]!;
    if (!WORD.test(before) || !WORD.test(after) || HAN.test(before) || HAN.test(after)) return b;
  }
  return 0;
}

/** The mentions of a compound's text that lie inside it (one level), leftmost-longest. */
function oneLevel(text: string, matcher: Matcher): Mention[] {
  const folded: FoldedText = foldText(text);
  const all = findMentionsInFolded(folded, matcher);
  const whole = all.find((m) => m.start === 0 && m.end === text.length);
  if (whole === undefined) return all; // the text alone is not one name: its names are inside
  const keyStart = foldIndexOf(folded, whole.end) - matcher.lexicon.patternLength[whole.pattern]!;
  const inner: Mention[] = [];
  let from = keyStart + 1;
  const cut = lastBoundary(text);
  if (cut > 0) {
    const first = findMentionsInFolded(foldText(text.slice(0, cut)), matcher)[0];
    if (first !== undefined && first.start === whole.start) {
      inner.push(first);
      from = foldIndexOf(folded, first.end);
    }
  }
  for (const m of findMentionsInFolded(folded, matcher, { from, minStart: from }))
    if (m.start > 0 || m.end < text.length) inner.push(m);
  return inner;
}

/** Appends the names inside `text` (whose own entry is `entryIndex`) to `out`, at any depth. */
function collect(
  text: string,
  offset: number,
  entryIndex: number,
  depth: number,
  parent: number,
  matcher: Matcher,
  out: InnerSpan[],
): void {
  for (const m of oneLevel(text, matcher)) {
    const inside = text.slice(m.start, m.end);
    if (m.entryIndex === entryIndex) {
      collect(inside, offset + m.start, entryIndex, depth, parent, matcher, out);
      continue;
    }
    const at = out.length;
    out.push({
      start: offset + m.start,
      end: offset + m.end,
      pattern: m.pattern,
      entryIndex: m.entryIndex,
      depth,
      parent,
    });
    collect(inside, offset + m.start, m.entryIndex, depth + 1, at, matcher, out);
  }
}

/**
 * The names inside the mention `text` of entry `entryIndex` (offsets into `text`), outer before
 * inner, each with its depth and container. Cached per matcher and text.
 */
export function innerSpans(
  text: string,
  entryIndex: number,
  matcher: Matcher,
): readonly InnerSpan[] {
  let cache = caches.get(matcher);
  if (cache === undefined) caches.set(matcher, (cache = new Map()));
  const key = `${entryIndex}\u0000${text}`;
  let spans = cache.get(key);
  if (spans === undefined) {
    const out: InnerSpan[] = [];
    collect(text, 0, entryIndex, 1, -1, matcher, out);
    spans = out;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, spans);
  }
  return spans;
}

/**
 * A text's mentions (as found, outermost) with the names inside each, in text order: a
 * container before what it contains; each nested mention names its container by index.
 */
export function withNested(
  text: string,
  mentions: readonly Mention[],
  matcher: Matcher,
): NestedMention[] {
  const out: NestedMention[] = [];
  for (const m of mentions) {
    const at = out.length;
    out.push({ ...m, depth: 0, within: -1 });
    for (const s of innerSpans(text.slice(m.start, m.end), m.entryIndex, matcher)) {
      out.push({
        start: m.start + s.start,
        end: m.start + s.end,
        entryId: matcher.entryIds[s.entryIndex]!,
        entryIndex: s.entryIndex,
        lang: NAME_LANGUAGES[matcher.lexicon.patternLang[s.pattern]!]!,
        pattern: s.pattern,
        depth: s.depth,
        within: s.parent < 0 ? at : at + 1 + s.parent,
      });
    }
  }
  return out;
}
