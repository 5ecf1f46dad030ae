/**
 * The benchmark's inputs, generated once per run and served to the benchmark page: pages of
 * 100 KB, 1 MB and 5 MB of text, and knowledge bases (the bundled one, and the bundled entries
 * plus synthetic ones up to 1k, 10k and 100k entries, so pages still mention real entities).
 */
import type { KnowledgeBase } from '../../utils/knowledge-base/schema';
import { readFileSync } from 'node:fs';
import { generateEntries } from '../lib/generate-entries';
import { generatePage } from '../lib/generate-page';
import { DISPATCH_FILE, readKnowledgeBaseInput } from '../lib/kb-files';

/** Page sizes in characters of text (1 KB = 1,024 characters). */
export const PAGE_SIZES = {
  '100KB': 100 * 1024,
  '1MB': 1024 * 1024,
  '5MB': 5 * 1024 * 1024,
} as const;
export type PageName = keyof typeof PAGE_SIZES;

/** Knowledge-base sizes in entries (`bundled`: the shipped file as is). */
export const KB_SIZES = { bundled: 0, '1k': 1_000, '10k': 10_000, '100k': 100_000 } as const;
export type KbName = keyof typeof KB_SIZES;

let bundled: KnowledgeBase | undefined;

/** The shipped knowledge base. */
export function bundledKb(): KnowledgeBase {
  return (bundled ??= readKnowledgeBaseInput() as KnowledgeBase);
}

const cache = new Map<string, string>();

/** A page's HTML (body content), generated on first use. */
export function pageHtml(name: PageName): string {
  const key = `page/${name}`;
  if (!cache.has(key))
    cache.set(
      key,
      generatePage(bundledKb(), readFileSync(DISPATCH_FILE, 'utf8'), PAGE_SIZES[name]).html,
    );
  return cache.get(key)!;
}

/** A knowledge base's JSON text, generated on first use. */
export function kbJson(name: KbName): string {
  const key = `kb/${name}`;
  if (!cache.has(key)) {
    const kb = bundledKb();
    const extra = Math.max(0, KB_SIZES[name] - kb.entries.length);
    const entries =
      name === 'bundled' ? kb.entries : [...kb.entries, ...generateEntries(extra, KB_SIZES[name])];
    cache.set(key, JSON.stringify({ ...kb, entries }));
  }
  return cache.get(key)!;
}

/**
 * A block of 150,000 inline children (issue 20: a hostile page): the 1 MB page's words, each in
 * its own <span>, in one <div>, names split across spans as often as inside one.
 */
export const WIDE_PAGE = 'wide150k';
const WIDE_CHILDREN = 150_000;

function wideHtml(): string {
  const key = `page/${WIDE_PAGE}`;
  if (!cache.has(key)) {
    const words = pageHtml('1MB')
      .replace(/<[^>]*>/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    const spans = Array.from({ length: WIDE_CHILDREN }, (_, i) => words[i % words.length]!);
    cache.set(key, `<div><span>${spans.join('</span> <span>')}</span></div>`);
  }
  return cache.get(key)!;
}

/** The JSON or HTML the bench server answers for `/page/NAME` or `/kb/NAME`, or undefined. */
export function fixture(path: string): string | undefined {
  const [, kind, name] = path.split('/');
  if (kind === 'page' && name === WIDE_PAGE) return wideHtml();
  if (kind === 'page' && name && name in PAGE_SIZES) return pageHtml(name as PageName);
  if (kind === 'kb' && name && name in KB_SIZES) return kbJson(name as KbName);
  return undefined;
}
