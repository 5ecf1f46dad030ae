/**
 * Scores mention finders on the annotated corpus (scripts/lib/corpus.ts): recall and precision
 * per language and part (tuning, held-out, all), for Qarina's engine (the bundled knowledge base,
 * matched as `kb:try` matches plain text) and for the naive substring baseline.
 */
import { loadMatcher, tryText } from '../kb-try';
import type { Entry } from '../../utils/knowledge-base/schema';
import { CORPUS_LANGUAGES, CORPUS_PARTS, readCorpus, type CorpusLanguage } from './corpus';
import { readKnowledgeBaseInput } from './kb-files';
import { naiveFinder, type FoundMention } from './naive-mentions';
import {
  EMPTY_TALLY,
  addTally,
  f1,
  precision,
  recall,
  scoreMentions,
  type Tally,
} from './score-mentions';

/**
 * Finds the mentions of one paragraph of `document` (the paragraphs of its file's part, in
 * order: the context that decides short forms such as «Си» or «President Xi»).
 */
export type Finder = (text: string, document: readonly string[]) => FoundMention[];

/** Qarina's engine over the bundled knowledge base (or another file), a document at a time. */
export function qarinaFinder(kbFile?: string): Finder {
  const matcher = loadMatcher(kbFile);
  let last: readonly string[] | undefined;
  let found: FoundMention[][] = [];
  return (text, document) => {
    if (document !== last) {
      last = document;
      found = document.map(() => []);
      const starts = document.map((_, i) => document.slice(0, i).join('\n').length + (i && 1));
      for (const { id, start, end } of tryText(document.join('\n'), matcher)) {
        let i = starts.length - 1;
        while (starts[i]! > start) i--;
        found[i]!.push({ id, start: start - starts[i]!, end: end - starts[i]! });
      }
    }
    return found[document.indexOf(text)] ?? [];
  };
}

/** The naive baseline over the bundled knowledge base (or another file). */
export function baselineFinder(kbFile?: string): Finder {
  const kb = readKnowledgeBaseInput(kbFile) as { entries: Entry[] };
  return naiveFinder(kb.entries);
}

export interface CorpusScore {
  lang: CorpusLanguage;
  part: 'tuning' | 'held-out' | 'all';
  /** One tally per finder, in the order the finders were given. */
  tallies: Tally[];
}

/** Scores each finder on each language's corpus: a row per part, then one for the whole file. */
export function scoreCorpus(
  finders: readonly Finder[],
  languages: readonly CorpusLanguage[] = CORPUS_LANGUAGES,
  read: (lang: CorpusLanguage) => ReturnType<typeof readCorpus> = readCorpus,
): CorpusScore[] {
  const rows: CorpusScore[] = [];
  for (const lang of languages) {
    const paragraphs = read(lang);
    const perPart = CORPUS_PARTS.map((part) => {
      const inPart = paragraphs.filter((p) => p.part === part);
      const document = inPart.map((p) => p.text);
      const tallies = finders.map((find) =>
        inPart.reduce(
          (sum, p) => addTally(sum, scoreMentions(p.text, p.gold, find(p.text, document))),
          EMPTY_TALLY,
        ),
      );
      return { lang, part, tallies };
    });
    const all = finders.map((_, i) =>
      perPart.reduce((sum, row) => addTally(sum, row.tallies[i]!), EMPTY_TALLY),
    );
    rows.push(...perPart, { lang, part: 'all', tallies: all });
  }
  return rows;
}

const figure = (x: number) => x.toFixed(3);

/** The scores as rows for console.table: gold count, then recall, precision and F1 per finder. */
export function scoreTable(
  rows: readonly CorpusScore[],
  names: readonly string[],
): Record<string, string | number>[] {
  return rows.map(({ lang, part, tallies }) => {
    const row: Record<string, string | number> = { lang, part, gold: tallies[0]?.gold ?? 0 };
    tallies.forEach((t, i) => {
      row[`${names[i]} R`] = figure(recall(t));
      row[`${names[i]} P`] = figure(precision(t));
      row[`${names[i]} F1`] = figure(f1(t));
    });
    return row;
  });
}
