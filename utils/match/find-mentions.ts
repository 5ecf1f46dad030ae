/**
 * Mentions in text: key occurrences that respect word boundaries and letter case, resolved
 * leftmost-longest («منظمة شانغهاي للتعاون» is one mention, not «شانغهاي» inside it), and
 * mapped back to offsets in the original text.
 */
import type { NameLanguage } from '../knowledge-base/model';
import { NAME_LANGUAGES } from '../knowledge-base/model';
import { foldTextScratch, originalEnd, originalStart, type FoldedText } from '../text/fold';
import { foldsTo } from '../text/fold-compare';
import { insideUnspacedWord } from '../language/registry';
import { MAX_CLITIC_CHAIN, mentionStart } from './boundaries';
import { foldAndStep, reportHits } from './fold-scan';
import { LeftmostLongest } from './leftmost-longest';
import { scanKeysAtWordEnds, type KeySink, type Matcher } from './matcher';
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
  /**
   * Also report short forms (`PatternFlag.ShortForm`: Xi, Си), which name their entry only in
   * their document's context: the caller decides (short-forms.ts). Default false.
   */
  shortForms?: boolean;
}

/** Finds the mentions in a plain string. */
export function findMentions(
  text: string,
  matcher: Matcher,
  window: MentionWindow = {},
): Mention[] {
  if (window.from !== undefined || window.to !== undefined || window.minStart !== undefined)
    return findMentionsInFolded(foldTextScratch(text), matcher, window);
  const found: Mention[] = [];
  scanTextMentions(text, matcher, window.shortForms === true, mentionPusher(matcher, found));
  return found;
}

/** Receives one mention: original offsets and the alias's pattern index. */
export type MentionSink = (start: number, end: number, pattern: number) => void;

/** Finds the mentions in already folded text (optionally within a window). */
export function findMentionsInFolded(
  folded: FoldedText,
  matcher: Matcher,
  window: MentionWindow = {},
): Mention[] {
  const found: Mention[] = [];
  scanMentions(folded, matcher, window, mentionPusher(matcher, found));
  return found;
}

/** A sink that makes each mention an object and appends it to `found`. */
function mentionPusher(matcher: Matcher, found: Mention[]): MentionSink {
  const { lexicon, entryIds } = matcher;
  return (start, end, p) => {
    const entryIndex = lexicon.patternEntry[p]!;
    const lang = NAME_LANGUAGES[lexicon.patternLang[p]!]!;
    found.push({ start, end, entryId: entryIds[entryIndex]!, entryIndex, lang, pattern: p });
  };
}

/**
 * The mentions of folded text (optionally within a window), leftmost first, handed to
 * `onMention` as plain numbers: pages hold tens of thousands, and an object each (then a copy
 * each for the page) was a large part of a scan's time and memory. Returns the folded position
 * where the last one ends (-1 when none), from which a next window starts.
 */
export function scanMentions(
  folded: FoldedText,
  matcher: Matcher,
  window: MentionWindow,
  onMention: MentionSink,
): number {
  const from = window.from ?? 0;
  const to = Math.min(window.to ?? folded.length, folded.length);
  const picker = mentionPicker(folded, matcher, window.minStart ?? 0, onMention);
  const scanTo = Math.min(folded.length, to + matcher.maxKeyLength);
  const onKey = keyChecker(folded, matcher, from, to, window.shortForms === true, picker);
  scanKeysAtWordEnds(matcher, folded.codes, folded.length, from, scanTo, onKey);
  return picker.finish();
}

/**
 * The mentions of a whole text (a paragraph: the common case), as {@link scanMentions} over
 * its folded form, but folded and matched in one loop (fold-scan.ts). Returns the folded
 * position where the last one ends (-1 when none).
 */
export function scanTextMentions(
  text: string,
  matcher: Matcher,
  shortForms: boolean,
  onMention: MentionSink,
): number {
  const folded = foldAndStep(text, matcher);
  const picker = mentionPicker(folded, matcher, 0, onMention);
  reportHits(matcher, folded, keyChecker(folded, matcher, 0, folded.length, shortForms, picker));
  return picker.finish();
}

/** Picks mentions among the checked occurrences and hands them on in original offsets. */
function mentionPicker(
  folded: FoldedText,
  matcher: Matcher,
  minStart: number,
  onMention: MentionSink,
): LeftmostLongest {
  return new LeftmostLongest(matcher.maxKeyLength + MAX_CLITIC_CHAIN, minStart, (start, end, p) =>
    onMention(originalStart(folded, start), originalEnd(folded, end), p),
  );
}

/**
 * The checks a key occurrence (starting in `[from, to)`) passes to be offered as a mention:
 * short forms only when asked for, clitics and word starts, unspaced scripts' words, case.
 */
function keyChecker(
  folded: FoldedText,
  matcher: Matcher,
  from: number,
  to: number,
  shortForms: boolean,
  picker: LeftmostLongest,
): KeySink {
  const { codes, length } = folded;
  const { lexicon } = matcher;
  const { patternFlags } = lexicon;
  const bareArticle = lexicon.arabicArticleOnBareAliases;
  return (p, end, keyStart) => {
    if (keyStart < from || keyStart >= to) return;
    const flags = patternFlags[p]!;
    if (flags & PatternFlag.ShortForm && !shortForms) return;
    const start = mentionStart(codes, keyStart, flags, bareArticle);
    if (start < 0 || insideUnspacedWord(codes, length, keyStart, end)) return;
    if (
      flags & PatternFlag.CaseSensitive &&
      !caseMatches(folded, keyStart, end, lexicon.caseKeys[p] ?? '')
    )
      return;
    picker.offer(start, end, p);
  };
}

/** Case-sensitive aliases: the original text, folded keeping case, must equal the case-kept key. */
function caseMatches(folded: FoldedText, start: number, end: number, caseKey: string): boolean {
  const from = originalStart(folded, start);
  return foldsTo(folded.source, from, originalEnd(folded, end), caseKey, { caseSensitive: true });
}
