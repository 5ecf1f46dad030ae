/**
 * Short forms that name a person only in context (issue 15, family 3). «Xi», «Си», «شي» alone
 * are too common or too ambiguous to highlight everywhere (شي is also the word "thing"), yet
 * every second paragraph names the person so. The lexicon holds each person's short form with
 * `PatternFlag.ShortForm` (its surname: the first word of a Chinese name, the last word of any
 * other, in each language); a short form is a mention when the word right before it is a title
 * of its language (President Xi, председателя Си, الرئيس شي) or when the same document names the
 * entry otherwise (by a full name or another alias, or by its short form after a title), before
 * or after it. Deterministic, and cheap: one pass over a document's mentions. Pages apply the
 * same rule incrementally (utils/page/short-form-context.ts).
 */
import { NAME_LANGUAGES, aliasObject, type NameLanguage } from '../knowledge-base/model';
import type { Alias } from '../knowledge-base/schema';
import { LANGUAGES } from '../language/registry';
import { foldKey } from '../text/fold';
import type { Mention } from './find-mentions';
import type { Matcher } from './matcher';
import { PatternFlag } from './pattern-flags';

/** What short forms need of an entry (a schema `Entry` fits). */
export interface ShortFormEntry {
  type?: string;
  names: Partial<Record<NameLanguage, readonly Alias[] | undefined>>;
}

/** The first name of an entry in a language (searchOnly names count: they are names). */
function firstName(entry: ShortFormEntry, lang: NameLanguage): string | undefined {
  const first = entry.names[lang]?.[0];
  return first === undefined ? undefined : aliasObject(first).text;
}

/**
 * A person's short forms, one per language whose first name has several words: the surname
 * (first word when a language says the name is written surname first, else the last word).
 */
export function shortFormsOf(entry: ShortFormEntry): { lang: NameLanguage; text: string }[] {
  if (entry.type !== 'person') return [];
  const firstNames = Object.fromEntries(NAME_LANGUAGES.map((l) => [l, firstName(entry, l)]));
  const surnameFirst = LANGUAGES.some((language) => language.surnameFirst?.(firstNames) === true);
  const out: { lang: NameLanguage; text: string }[] = [];
  for (const lang of NAME_LANGUAGES) {
    const words = firstName(entry, lang)?.trim().split(/\s+/u) ?? [];
    if (words.length < 2) continue;
    out.push({ lang, text: surnameFirst ? words[0]! : words[words.length - 1]! });
  }
  return out;
}

/** Every language's titles, folded. */
const TITLES = new Set(
  LANGUAGES.flatMap((language) => language.titles ?? []).map((t) => foldKey(t)),
);

/** The word that ends right before `at` after spaces (none across other punctuation). */
const WORD_BEFORE = /([\p{L}\p{M}\p{Pd}]+\.?)\s+$/u;

/** True when the word right before `start` in `text` is a title (President Xi). */
export function afterTitle(text: string, start: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return word !== undefined && TITLES.has(foldKey(word));
}

/**
 * True when the word goes on after `end` past an apostrophe (Xi'an is a city, not Xi): the
 * possessive 's excepted (Xi's).
 */
export function continuesWord(text: string, end: number): boolean {
  const next = /^['’](\p{L}+)/u.exec(text.slice(end, end + 20));
  return next !== null && next[1] !== 's';
}

/**
 * What a found mention is by itself: not a name at all (a short form in Xi'an), a name that
 * names its entry for the whole document (a full name; a short form after a title), or a short
 * form that is a name only if its document names the entry.
 */
export const ShortFormContext = { NotAName: 0, Names: 1, NeedsDocument: 2 } as const;
export type ShortFormContext = (typeof ShortFormContext)[keyof typeof ShortFormContext];

/** The context of a short form found at [start, end) in `text`. */
export function shortFormContext(text: string, start: number, end: number): ShortFormContext {
  if (continuesWord(text, end)) return ShortFormContext.NotAName;
  return afterTitle(text, start) ? ShortFormContext.Names : ShortFormContext.NeedsDocument;
}

/**
 * The mentions of one document (its texts, and each text's mentions as found with short forms
 * reported) with the short forms its context does not confirm left out.
 */
export function keepShortForms(
  texts: readonly string[],
  mentions: readonly (readonly Mention[])[],
  matcher: Matcher,
): Mention[][] {
  const flags = matcher.lexicon.patternFlags;
  const isShort = (m: Mention) => (flags[m.pattern]! & PatternFlag.ShortForm) !== 0;
  const context = (m: Mention, i: number) =>
    isShort(m) ? shortFormContext(texts[i]!, m.start, m.end) : ShortFormContext.Names;
  const named = new Set<number>();
  mentions.forEach((list, i) => {
    for (const m of list) if (context(m, i) === ShortFormContext.Names) named.add(m.entryIndex);
  });
  return mentions.map((list, i) =>
    list.filter((m) => {
      const c = context(m, i);
      return (
        c === ShortFormContext.Names ||
        (c === ShortFormContext.NeedsDocument && named.has(m.entryIndex))
      );
    }),
  );
}
