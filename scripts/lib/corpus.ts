/**
 * The annotated news corpus (tests/fixtures/corpus/<lang>.md, rules in its README.md): each
 * language's file holds paragraphs whose mentions are marked inline as [[entry-id|text]], nested
 * when a name contains another entry's name. The loader strips the markup into plain text and
 * gold spans. Paragraphs under `## tuning` are the text rules may be written against; those under
 * `## held-out` are never tuned on.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../tests/fixtures/corpus',
);
export const CORPUS_LANGUAGES = ['ar', 'en', 'zh', 'ru'] as const;
export const CORPUS_PARTS = ['tuning', 'held-out'] as const;

export type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number];
export type CorpusPart = (typeof CORPUS_PARTS)[number];

/** One annotated mention: the entry and its span in the paragraph's plain text (end-exclusive). */
export interface GoldSpan {
  id: string;
  start: number;
  end: number;
  /** 0 for an outermost mention, 1 for a name inside another, and so on. */
  depth: number;
}

export interface CorpusParagraph {
  part: CorpusPart;
  /** Line of the paragraph in its file (1-based), for messages. */
  line: number;
  text: string;
  /** Ordered by start, then outer before inner. */
  gold: GoldSpan[];
}

/** Strips the markup of one paragraph into its text and gold spans; throws on broken markup. */
export function parseMarkup(marked: string): { text: string; gold: GoldSpan[] } {
  let text = '';
  const gold: GoldSpan[] = [];
  const open: { id: string; start: number }[] = [];
  for (let i = 0; i < marked.length;) {
    if (marked.startsWith('[[', i)) {
      const bar = marked.indexOf('|', i + 2);
      const id = bar < 0 ? '' : marked.slice(i + 2, bar);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
        throw new Error(`bad mention id at ${i}: ${marked.slice(i, i + 30)}`);
      open.push({ id, start: text.length });
      i = bar + 1;
    } else if (marked.startsWith(']]', i)) {
      const mention = open.pop();
      if (!mention) throw new Error(`unmatched ]] at ${i}`);
      if (mention.start === text.length) throw new Error(`empty mention of ${mention.id} at ${i}`);
      gold.push({ ...mention, end: text.length, depth: open.length });
      i += 2;
    } else {
      text += marked[i];
      i++;
    }
  }
  if (open.length > 0) throw new Error(`unclosed [[${open[open.length - 1]!.id}|`);
  gold.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, gold };
}

/**
 * A corpus file's paragraphs: every non-empty line under a `## tuning` or `## held-out` heading
 * (a paragraph is one line); what comes before the first heading is notes.
 */
export function parseCorpus(markdown: string): CorpusParagraph[] {
  const paragraphs: CorpusParagraph[] = [];
  let part: CorpusPart | undefined;
  markdown.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading) {
      const name = heading[1]!.trim();
      if (!(CORPUS_PARTS as readonly string[]).includes(name))
        throw new Error(`line ${index + 1}: unknown part «${name}»`);
      part = name as CorpusPart;
    } else if (part && line !== '') {
      try {
        paragraphs.push({ part, line: index + 1, ...parseMarkup(line) });
      } catch (error) {
        throw new Error(`line ${index + 1}: ${(error as Error).message}`);
      }
    }
  });
  return paragraphs;
}

/** The paragraphs of one language's corpus file. */
export function readCorpus(lang: CorpusLanguage, dir = CORPUS_DIR): CorpusParagraph[] {
  return parseCorpus(readFileSync(resolve(dir, `${lang}.md`), 'utf8'));
}
