/**
 * Mentions in text: key occurrences that respect word boundaries and letter case, resolved
 * leftmost-longest («منظمة شانغهاي للتعاون» is one mention, not «شانغهاي» inside it), and
 * mapped back to offsets in the original text.
 */
import type { NameLanguage } from '../knowledge-base/schema';
import { NAME_LANGUAGES } from '../knowledge-base/schema';
import { foldText, foldTextScratch, foldedString, originalEnd, originalStart, type FoldedText } from '../text/fold';
import { endsAtBoundary, mentionStart } from './boundaries';
import type { Matcher } from './matcher';
import { scanKeys } from './matcher';
import { PatternFlag } from './pattern-flags';

/** One mention of an entry in a text. */
export interface Mention {
  /** Offset of the mention's first character in the original text (proclitics included). */
  start: number;
  /** Offset just after the mention in the original text. */
  end: number;
  /** The knowledge-base entry's id. */
  entryId: string;
  /** The entry's index in the lexicon. */
  entryIndex: number;
  /** The language of the alias that matched. */
  lang: NameLanguage;
  /** The alias's pattern index in the lexicon. */
  pattern: number;
}

/** Limits of a windowed search (used to split huge texts across time slices). */
export interface MentionWindow {
  /** Only occurrences whose key starts at or after this folded position. Default 0. */
  from?: number;
  /** Only occurrences whose key starts before this folded position. Default: the end. */
  to?: number;
  /** Only mentions starting at or after this folded position (end of the previous window's last). */
  minStart?: number;
}

/** Finds the mentions in a plain string. */
export function findMentions(text: string, matcher: Matcher): Mention[] {
  return findMentionsInFolded(foldTextScratch(text), matcher);
}

/** Finds the mentions in already folded text (optionally within a window). */
export function findMentionsInFolded(folded: FoldedText, matcher: Matcher, window: MentionWindow = {}): Mention[] {
  const { codes, length } = folded;
  const { lexicon } = matcher;
  const from = window.from ?? 0;
  const to = Math.min(window.to ?? length, length);
  const bareArticle = lexicon.arabicArticleOnBareAliases;
  const candidates: number[] = []; // triples: mention start, end, pattern (folded units)
  scanKeys(matcher, codes, from, Math.min(length, to + matcher.maxKeyLength), (p, end) => {
    const keyStart = end - lexicon.patternLength[p]!;
    if (keyStart < from || keyStart >= to) return;
    if (!endsAtBoundary(codes, length, end)) return;
    const flags = lexicon.patternFlags[p]!;
    const start = mentionStart(codes, keyStart, flags, bareArticle);
    if (start < 0) return;
    if (flags & PatternFlag.CaseSensitive && !caseMatches(folded, keyStart, end, lexicon.caseKeys[p] ?? '')) return;
    candidates.push(start, end, p);
  });
  return selectLeftmostLongest(candidates, window.minStart ?? 0).map(([start, end, p]) => ({
    start: originalStart(folded, start),
    end: originalEnd(folded, end),
    entryId: matcher.entryIds[lexicon.patternEntry[p]!]!,
    entryIndex: lexicon.patternEntry[p]!,
    lang: NAME_LANGUAGES[lexicon.patternLang[p]!]!,
    pattern: p,
  }));
}

/** Case-sensitive aliases: the original text, folded keeping case, must equal the case-kept key. */
function caseMatches(folded: FoldedText, start: number, end: number, caseKey: string): boolean {
  const original = folded.source.slice(originalStart(folded, start), originalEnd(folded, end));
  return foldedString(foldText(original, { caseSensitive: true })).trim() === caseKey;
}

/** Non-overlapping mentions, leftmost first, longest at equal start, earliest pattern at a tie. */
function selectLeftmostLongest(candidates: number[], minStart: number): [number, number, number][] {
  const order: [number, number, number][] = [];
  for (let i = 0; i < candidates.length; i += 3) order.push([candidates[i]!, candidates[i + 1]!, candidates[i + 2]!]);
  order.sort((a, b) => a[0] - b[0] || b[1] - a[1] || a[2] - b[2]);
  const chosen: [number, number, number][] = [];
  let free = minStart;
  for (const c of order) {
    if (c[0] < free) continue;
    chosen.push(c);
    free = c[1];
  }
  return chosen;
}
