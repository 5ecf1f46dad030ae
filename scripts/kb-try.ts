/**
 * npm run kb:try -- FILE [--json]
 * Runs the detection engine with the bundled knowledge base (data/kb/) on a
 * file — HTML, or plain text; `-` reads stdin — and prints each mention: offsets, entry id,
 * display name and the text as written; a name inside another (China in China–Kazakhstan
 * relations) follows its container, indented. With --json, prints [{id, name, text, start, end}]:
 * offsets into the plain text for text input, into the document's text content
 * (documentElement.textContent) for HTML; a nested mention also has `within`, the index in the
 * list of the mention containing it, with that mention's id and span.
 *
 * npm run kb:try -- --page-date FILE.html [--url URL]
 * Prints the page's date as one JSON line, as the extension finds it (utils/page-date/):
 * {"date":"2025-04-25","precision":"day","from":"json-ld"}, or {"date":null}. URL is the
 * address the page would have (its path may hold the date); none by default.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { KnowledgeBaseSchema } from '../utils/knowledge-base/schema';
import { NAME_LANGUAGES } from '../utils/knowledge-base/model';
import { findPageDate } from '../utils/page-date/find-page-date';
import { findMentions } from '../utils/match/find-mentions';
import { buildLexicon } from '../utils/match/lexicon';
import { createMatcher, type Matcher } from '../utils/match/matcher';
import { innerSpans, withNested } from '../utils/match/nested';
import { keepShortForms } from '../utils/match/short-forms';
import { isRenderedDefault } from '../utils/page/dom-rules';
import { scanRoot } from '../utils/page/run-mentions';
import { readKnowledgeBaseInput } from './lib/kb-files';

/** The mention containing a nested one: its index in the printed list, entry and span. */
export interface Within {
  index: number;
  id: string;
  start: number;
  end: number;
}

/** One mention, as printed. */
export interface TriedMention {
  id: string;
  name: string;
  text: string;
  start: number;
  end: number;
  /** Only on a name inside another mention (utils/match/nested.ts). */
  within?: Within;
}

/** `within` for each nested mention of `list`, from the containers' indexes. */
function linkWithin(list: (Omit<TriedMention, 'within'> & { parent: number })[]): TriedMention[] {
  return list.map(({ parent, ...m }) => {
    const c = list[parent];
    return c === undefined
      ? m
      : { ...m, within: { index: parent, id: c.id, start: c.start, end: c.end } };
  });
}

/** How deep a mention is nested (0: outermost). */
export function depthOf(list: readonly TriedMention[], m: TriedMention): number {
  let depth = 0;
  for (let w = m.within; w !== undefined; w = list[w.index]?.within) depth++;
  return depth;
}

/** A matcher with each entry's display names by `NAME_LANGUAGES` index ('' when none). */
export type TryMatcher = Matcher & { displayNames: string[][] };

/** A matcher over the bundled knowledge base (or another file). */
export function loadMatcher(kbFile?: string): TryMatcher {
  const kb = KnowledgeBaseSchema.parse(readKnowledgeBaseInput(kbFile));
  const displayNames = kb.entries.map((entry) =>
    NAME_LANGUAGES.map((lang) => {
      const first = entry.names[lang]?.[0];
      return first === undefined ? '' : typeof first === 'string' ? first : first.text;
    }),
  );
  return { ...createMatcher(buildLexicon(kb.entries)), displayNames };
}

function nameOf(matcher: TryMatcher, entryIndex: number, lang: string): string {
  const names = matcher.displayNames[entryIndex]!;
  return names[NAME_LANGUAGES.indexOf(lang as never)] || names.find((n) => n !== '') || '';
}

/**
 * Mentions in plain text; each line is a block (a mention never spans a line break), and the
 * text is one document: a short form (Xi, Си) is a mention after a title or when the text names
 * its entry in full (utils/match/short-forms.ts).
 */
export function tryText(text: string, matcher: TryMatcher): TriedMention[] {
  const out: (Omit<TriedMention, 'within'> & { parent: number })[] = [];
  const lines = text.split('\n');
  const found = keepShortForms(
    lines,
    lines.map((line) => findMentions(line, matcher, { shortForms: true })),
    matcher,
  );
  let lineStart = 0;
  for (const [i, line] of lines.entries()) {
    const base = out.length;
    for (const m of withNested(line, found[i]!, matcher)) {
      const name = nameOf(matcher, m.entryIndex, m.lang);
      out.push({
        id: m.entryId,
        name,
        text: line.slice(m.start, m.end),
        start: lineStart + m.start,
        end: lineStart + m.end,
        parent: m.within < 0 ? -1 : base + m.within,
      });
    }
    lineStart += line.length + 1;
  }
  return linkWithin(out);
}

/** A happy-dom window that runs and loads nothing of the page. */
function scriptlessWindow(url?: string): Window {
  return new Window({
    ...(url === undefined ? {} : { url }),
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
}

/** The page date of an HTML document at `url` (none: only the document is read), as printed. */
export async function tryPageDate(html: string, url?: string): Promise<string> {
  const window = scriptlessWindow(url);
  try {
    const document = window.document as unknown as Document;
    document.write(html);
    return JSON.stringify(findPageDate(document, url ?? '') ?? { date: null });
  } finally {
    await window.happyDOM.close();
  }
}

/** Mentions in an HTML document, with offsets into its text content. */
export async function tryHtml(html: string, matcher: TryMatcher): Promise<TriedMention[]> {
  const window = scriptlessWindow();
  try {
    const document = window.document as unknown as Document;
    document.write(html);
    const offsets = new Map<Node, number>();
    const walker = document.createTreeWalker(document.documentElement, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(), at = 0; n !== null; n = walker.nextNode()) {
      offsets.set(n, at);
      at += (n as Text).data.length;
    }
    const out: (Omit<TriedMention, 'within'> & { parent: number })[] = [];
    for (const m of scanRoot(document, matcher, { isRendered: isRenderedDefault })) {
      const start = offsets.get(m.startNode)! + m.startOffset;
      const at = out.length;
      const outer = {
        id: m.entryId,
        text: m.text,
        start,
        end: offsets.get(m.endNode)! + m.endOffset,
      };
      out.push({ ...outer, name: nameOf(matcher, m.entryIndex, m.lang), parent: -1 });
      for (const s of innerSpans(m.text, m.entryIndex, matcher)) {
        const lang = NAME_LANGUAGES[matcher.lexicon.patternLang[s.pattern]!]!;
        out.push({
          id: matcher.entryIds[s.entryIndex]!,
          name: nameOf(matcher, s.entryIndex, lang),
          text: m.text.slice(s.start, s.end),
          start: start + s.start,
          end: start + s.end,
          parent: s.parent < 0 ? at : at + 1 + s.parent,
        });
      }
    }
    return linkWithin(out);
  } finally {
    await window.happyDOM.close();
  }
}

function looksLikeHtml(file: string, content: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt') return false;
  return /^\s*<(!doctype|html|head|body|div|p|article|section|main)\b/i.test(content);
}

export const KB_TRY_USAGE =
  'usage: npm run kb:try -- FILE|- [--json]\n       npm run kb:try -- --page-date FILE|- [--url URL]';

/** The command: returns what it prints, or rejects with what to print instead (exit 1). */
export async function runKbTry(args: string[], readStdin: () => Promise<string>): Promise<string> {
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  if (urlAt >= 0 && (url === undefined || !URL.canParse(url)))
    throw new Error(`--url takes an absolute URL\n${KB_TRY_USAGE}`);
  const json = args.includes('--json');
  const pageDate = args.includes('--page-date');
  const file = args.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (file === undefined) throw new Error(`no file given\n${KB_TRY_USAGE}`);
  const content = file === '-' ? await readStdin() : readFileSync(file, 'utf8');
  if (pageDate) return tryPageDate(content, url);
  const matcher = loadMatcher();
  const mentions = looksLikeHtml(file, content)
    ? await tryHtml(content, matcher)
    : tryText(content, matcher);
  if (json) return JSON.stringify(mentions, null, 2);
  const lines = mentions.map(
    (m) =>
      `${'  '.repeat(depthOf(mentions, m))}${m.start}-${m.end}\t${m.id}\t${m.name}\t«${m.text}»`,
  );
  return [...lines, `${mentions.length} mention(s)`].join('\n');
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runKbTry(process.argv.slice(2), readAll).then(
    (out) => console.log(out),
    (error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    },
  );
}
