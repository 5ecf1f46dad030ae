/**
 * What the benchmark page holds between calls from Node: the pages and knowledge bases it has
 * fetched, and the one element pages are rendered into (a fresh copy for every run).
 */
import type { KnowledgeBase } from '../../../utils/knowledge-base/schema';

/** A knowledge base as the page received it: its JSON text and the parsed object. */
export interface LoadedKb {
  text: string;
  kb: KnowledgeBase;
  /** `lexiconToJSON` of its lexicon, as a string (what a content script receives). */
  lexiconJson?: string;
  /** The same lexicon with its arrays as bytes (`lexiconForClone`): the structured-clone message. */
  lexiconClone?: Record<string, unknown>;
  /** The lexicon payload above the remote-matching threshold: data version and types only. */
  remoteJson?: string;
}

export const pages = new Map<string, string>();
export const kbs = new Map<string, LoadedKb>();

/** Fetches a page's HTML and a knowledge base from the bench server. */
export async function load(kind: 'page' | 'kb', name: string): Promise<number> {
  const text = await (await fetch(`/${kind}/${name}`)).text();
  if (kind === 'page') pages.set(name, text);
  else kbs.set(name, { text, kb: JSON.parse(text) as KnowledgeBase });
  return text.length;
}

export function kbOf(name: string): LoadedKb {
  const found = kbs.get(name);
  if (!found) throw new Error(`knowledge base ${name} not loaded`);
  return found;
}

/** Renders a fresh copy of a page into #root (untimed set-up of every run) and returns #root. */
export function render(page: string): HTMLElement {
  const html = pages.get(page);
  if (html === undefined) throw new Error(`page ${page} not loaded`);
  CSS.highlights.clear();
  const root = document.getElementById('root')!;
  root.innerHTML = html;
  void root.offsetHeight; // lay it out now, not inside a timed run
  return root;
}

/** Empties the page (between measures, and for the empty heap baseline). */
export function clear(): void {
  CSS.highlights.clear();
  document.getElementById('root')!.textContent = '';
}
