/**
 * What a mention's pattern names (its entry's index and id, the alias's language), read from one
 * table shared by every mention of a finder instead of kept in each mention (issue 18 goal 3:
 * a page keeps a 5 MB page's ~117,000 mentions, and what each one keeps is what V8's young
 * generation copies in the scan's scavenges). A pattern names one entry in one language, so the
 * pattern alone is enough: the local table reads the lexicon's arrays, the remote one learns
 * each pattern's entry from the background's answers.
 */
import { NAME_LANGUAGES, type NameLanguage } from '../knowledge-base/model';
import type { Matcher } from '../match/matcher';

export interface MentionNames {
  /** The entry's index in the lexicon the patterns come from. */
  entryIndex(pattern: number): number;
  /** The language of the alias. */
  lang(pattern: number): NameLanguage;
  /** The knowledge-base entry's id. */
  entryId(entryIndex: number): string;
}

const local = new WeakMap<Matcher, MentionNames>();

/** The names of a matcher's patterns, read from its lexicon (one table a matcher). */
export function lexiconNames(matcher: Matcher): MentionNames {
  let names = local.get(matcher);
  if (names === undefined) {
    const { patternEntry, patternLang } = matcher.lexicon;
    names = {
      entryIndex: (pattern) => patternEntry[pattern]!,
      lang: (pattern) => NAME_LANGUAGES[patternLang[pattern]!]!,
      entryId: (entryIndex) => matcher.entryIds[entryIndex]!,
    };
    local.set(matcher, names);
  }
  return names;
}

/**
 * The names of the background's patterns, learnt from its answers (the content script has no
 * lexicon then). `learn` is false when a pattern was already known with another entry (the
 * background's data changed under one finder): the caller starts a new table for what follows,
 * and the mentions made before keep theirs.
 */
export class LearntNames implements MentionNames {
  private readonly entries = new Map<number, number>();
  private readonly langs = new Map<number, NameLanguage>();
  private readonly ids = new Map<number, string>();

  learn(pattern: number, entryIndex: number, lang: NameLanguage, entryId: string): boolean {
    const known = this.entries.get(pattern);
    const id = this.ids.get(entryIndex);
    if (known === undefined && (id === undefined || id === entryId)) {
      this.entries.set(pattern, entryIndex);
      this.langs.set(pattern, lang);
      this.ids.set(entryIndex, entryId);
      return true;
    }
    return known === entryIndex && this.langs.get(pattern) === lang && id === entryId;
  }

  entryIndex(pattern: number): number {
    return this.entries.get(pattern)!;
  }

  lang(pattern: number): NameLanguage {
    return this.langs.get(pattern)!;
  }

  entryId(entryIndex: number): string {
    return this.ids.get(entryIndex)!;
  }
}
