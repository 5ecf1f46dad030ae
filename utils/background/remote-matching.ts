/**
 * Matching in the background, for knowledge bases above a size threshold (issue 18, goal 4).
 *
 * Why: a content script runs in every frame of every page, and at 100,000 entries turning the
 * lexicon message into a matcher takes over a second per frame (a 143 MB JSON message, 4.9 M
 * automaton states rebuilt), while a smaller message alone does not help (rebuilding the automaton
 * from its compact form is most of it). Above the threshold the background keeps one matcher, the
 * content script sends each scan slice's text runs (runtime messaging to the extension's own
 * background: the text never leaves the device) and gets back the mentions, short-form context and
 * names inside names already decided, as flat numbers. Below it a content script matches locally:
 * no round trip, and the bundled knowledge base's lexicon is ready in a few milliseconds.
 */
import { scanTextMentions } from '../match/find-mentions';
import type { Matcher } from '../match/matcher';
import { innerSpans } from '../match/nested';
import { PatternFlag } from '../match/pattern-flags';
import { ShortFormContext, shortFormContext } from '../match/short-forms';
import { FOUND_INNER_FIELDS, type FoundMentions } from '../messaging/protocol';

/**
 * Entries above which content scripts match through the background. The bundled knowledge base
 * (hundreds of entries) stays local, ready in ~5 ms; at 10,000 entries a local matcher took
 * 150 ms to be ready in every frame, at 100,000 entries 1.2 s (npm run bench -- --only ready).
 */
export const REMOTE_MATCHING_ENTRIES = 2000;

/** Whether a lexicon of `entries` entries is matched in the background. */
export function matchesRemotely(entries: number, threshold = REMOTE_MATCHING_ENTRIES): boolean {
  return entries > threshold;
}

/** Inner names' encodings kept per matcher; beyond this the cache starts again. */
const INNER_CACHE_LIMIT = 16384;

/**
 * What a matcher's requests share, made once per matcher: each (pattern, mention text)'s inner
 * names already encoded as answered (a page repeats a few thousand mention texts tens of
 * thousands of times: the 1 MB bench page at 10k entries has 25,381 mentions of 2,482 texts).
 */
interface RemoteState {
  inner: Map<number, Map<string, readonly number[]>>;
  innerSize: number;
}

const states = new WeakMap<Matcher, RemoteState>();

function stateOf(matcher: Matcher): RemoteState {
  let state = states.get(matcher);
  if (state === undefined) states.set(matcher, (state = { inner: new Map(), innerSize: 0 }));
  return state;
}

/** The names inside a mention as answered: FOUND_INNER_FIELDS numbers each (cached). */
function encodedInner(
  state: RemoteState,
  matcher: Matcher,
  text: string,
  pattern: number,
  limit: number,
) {
  let byText = state.inner.get(pattern);
  if (byText === undefined) state.inner.set(pattern, (byText = new Map()));
  let encoded = byText.get(text);
  if (encoded === undefined) {
    const { patternEntry, patternLang } = matcher.lexicon;
    const flat: number[] = [];
    for (const s of innerSpans(text, patternEntry[pattern]!, matcher))
      flat.push(
        s.start,
        s.end,
        s.entryIndex,
        s.pattern,
        patternLang[s.pattern]!,
        s.depth,
        s.parent,
      );
    encoded = flat;
    if (state.innerSize >= limit) {
      state.inner.clear();
      state.innerSize = 0;
      state.inner.set(pattern, byText);
      byText.clear();
    }
    byText.set(text, encoded);
    state.innerSize++;
  }
  return encoded;
}

/** Mention texts whose inner names a matcher's requests keep encoded now (tests). */
export function innerCacheSize(matcher: Matcher): number {
  return states.get(matcher)?.innerSize ?? 0;
}

/**
 * The mentions of each text as a content script's scan would find them (collectRunMentions):
 * short forms that are no name in their text dropped, those that need their document's context
 * marked, and each mention's inner names listed (inner-mentions.ts builds them in the page).
 */
export function findRemoteMentions(
  matcher: Matcher,
  texts: readonly string[],
  shortForms: boolean,
  innerCacheLimit = INNER_CACHE_LIMIT,
): FoundMentions {
  const { patternEntry, patternLang, patternFlags } = matcher.lexicon;
  const state = stateOf(matcher);
  const ids: Record<number, string> = {};
  const seen = (entryIndex: number) => (ids[entryIndex] ??= matcher.entryIds[entryIndex]!);
  const found: number[] = [];
  const out = texts.map((text) => {
    found.length = 0;
    // Folded and matched in one loop (fold-scan.ts), as the page's own runs are. Inner names are
    // found after the scan: innerSpans folds too, and the scan's fold is scratch.
    scanTextMentions(text, matcher, shortForms, (start, end, pattern) => {
      let needsDocument = 0;
      if (patternFlags[pattern]! & PatternFlag.ShortForm) {
        const context = shortFormContext(text, start, end);
        if (context === ShortFormContext.NotAName) return;
        needsDocument = context === ShortFormContext.NeedsDocument ? 1 : 0;
      }
      found.push(start, end, pattern, needsDocument);
    });
    const flat: number[] = [];
    for (let i = 0; i < found.length; i += 4) {
      const start = found[i]!;
      const end = found[i + 1]!;
      const pattern = found[i + 2]!;
      const entryIndex = patternEntry[pattern]!;
      seen(entryIndex);
      const inner = encodedInner(state, matcher, text.slice(start, end), pattern, innerCacheLimit);
      const count = inner.length / FOUND_INNER_FIELDS;
      flat.push(start, end, entryIndex, pattern, patternLang[pattern]!, found[i + 3]!, count);
      for (let k = 0; k < inner.length; k++) {
        if (k % FOUND_INNER_FIELDS === 2) seen(inner[k]!);
        flat.push(inner[k]!);
      }
    }
    return flat;
  });
  return { texts: out, ids };
}
