/**
 * Every gold mention a finder misses and every mention it finds that is not gold, on the
 * annotated corpus, with the text around it: what to read before writing a detection rule.
 */
import { CORPUS_PARTS, readCorpus, type CorpusLanguage } from './corpus';
import type { Finder } from './corpus-scores';
import { sameMention } from './score-mentions';

export interface CorpusDifference {
  lang: CorpusLanguage;
  part: (typeof CORPUS_PARTS)[number];
  kind: 'miss' | 'false';
  id: string;
  /** The mention in brackets, with up to 12 characters either side. */
  context: string;
}

const around = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - 12), start)}[${text.slice(start, end)}]${text.slice(end, end + 12)}`;

export function corpusDifferences(
  find: Finder,
  languages: readonly CorpusLanguage[],
): CorpusDifference[] {
  const out: CorpusDifference[] = [];
  for (const lang of languages) {
    const paragraphs = readCorpus(lang);
    for (const part of CORPUS_PARTS) {
      const inPart = paragraphs.filter((p) => p.part === part);
      const document = inPart.map((p) => p.text);
      for (const { text, gold } of inPart) {
        const found = find(text, document);
        for (const g of gold)
          if (!found.some((f) => sameMention(text, g, f)))
            out.push({ lang, part, kind: 'miss', id: g.id, context: around(text, g.start, g.end) });
        for (const f of found)
          if (!gold.some((g) => sameMention(text, g, f)))
            out.push({
              lang,
              part,
              kind: 'false',
              id: f.id,
              context: around(text, f.start, f.end),
            });
      }
    }
  }
  return out;
}
