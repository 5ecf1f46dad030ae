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
import { scanMentions } from '../match/find-mentions';
import type { Matcher } from '../match/matcher';
import { innerSpans } from '../match/nested';
import { PatternFlag } from '../match/pattern-flags';
import { ShortFormContext, shortFormContext } from '../match/short-forms';
import type { FoundMentions } from '../messaging/protocol';
import { foldTextScratch } from '../text/fold';

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

/**
 * The mentions of each text as a content script's scan would find them (collectRunMentions):
 * short forms that are no name in their text dropped, those that need their document's context
 * marked, and each mention's inner names listed (inner-mentions.ts builds them in the page).
 */
export function findRemoteMentions(
  matcher: Matcher,
  texts: readonly string[],
  shortForms: boolean,
): FoundMentions {
  const { patternEntry, patternLang, patternFlags } = matcher.lexicon;
  const ids: Record<number, string> = {};
  const seen = (entryIndex: number) => (ids[entryIndex] ??= matcher.entryIds[entryIndex]!);
  const out = texts.map((text) => {
    const found: number[] = [];
    // Inner names are found after the scan: innerSpans folds too, and the scan's fold is scratch.
    scanMentions(foldTextScratch(text), matcher, { shortForms }, (start, end, pattern) => {
      let needsDocument = 0;
      if (patternFlags[pattern]! & PatternFlag.ShortForm) {
        const context = shortFormContext(text, start, end);
        if (context === ShortFormContext.NotAName) return;
        needsDocument = context === ShortFormContext.NeedsDocument ? 1 : 0;
      }
      found.push(start, end, patternEntry[pattern]!, pattern, patternLang[pattern]!, needsDocument);
    });
    const flat: number[] = [];
    for (let i = 0; i < found.length; i += 6) {
      const [start, end, entryIndex] = [found[i]!, found[i + 1]!, found[i + 2]!];
      seen(entryIndex);
      const inner = innerSpans(text.slice(start, end), entryIndex, matcher);
      flat.push(...found.slice(i, i + 6), inner.length);
      for (const s of inner) {
        seen(s.entryIndex);
        flat.push(s.start, s.end, s.entryIndex, s.pattern, patternLang[s.pattern]!);
        flat.push(s.depth, s.parent);
      }
    }
    return flat;
  });
  return { texts: out, ids };
}
