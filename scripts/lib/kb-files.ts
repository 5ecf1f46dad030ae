import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBaseFile } from '../../utils/knowledge-base/check-parts';
import type { KnowledgeBaseInput } from '../../utils/knowledge-base/schema';

// Resolved from this file, not the working directory. (Paths, not `new URL(…)`: under
// happy-dom, `URL` is the DOM's, which fileURLToPath refuses.)
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The bundled knowledge base is the folder data/kb/: `index.json` (what belongs to the whole)
 * and parts (`*.json`, each `{ sources, entries }`), merged in file-name order
 * (utils/knowledge-base/check-parts.ts).
 */
export const KB_DIR = resolve(ROOT, 'data/kb');
export const KB_INDEX_FILE = resolve(KB_DIR, 'index.json');
/**
 * QARINA_KB_FILE points the build (and kb:check, kb:try, the corpus scores) at one knowledge-base
 * file instead of the folder: a draft, an import, or a broken copy to see how the build refuses it.
 */
export const KB_FILE_OVERRIDE = process.env.QARINA_KB_FILE
  ? resolve(process.env.QARINA_KB_FILE)
  : undefined;
export const KB_SCHEMA_FILE = resolve(ROOT, 'data/knowledge-base.schema.json');
export const DISPATCH_FILE = resolve(ROOT, 'data/dispatch-ar.txt');
export const DEMO_DIR = resolve(ROOT, 'scripts/demo');

export function readDispatch(): string {
  return readFileSync(DISPATCH_FILE, 'utf8');
}

/** A path as shown to maintainers: relative to the working directory. */
export function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** The folder's files, read: the index and the parts in file-name order. */
export function readKnowledgeBaseFolder(dir = KB_DIR): {
  index: KnowledgeBaseFile;
  parts: KnowledgeBaseFile[];
  paths: string[];
} {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .sort();
  const paths = [resolve(dir, 'index.json'), ...names.map((name) => resolve(dir, name))];
  const [index, ...parts] = paths.map((path) => ({
    name: shownPath(path),
    text: readFileSync(path, 'utf8'),
  }));
  return { index: index!, parts, paths };
}

/**
 * The knowledge base as written, merged but not validated (tests and tools that read the data
 * itself): one file when given (or QARINA_KB_FILE is set), else the folder.
 */
export function readKnowledgeBaseInput(file = KB_FILE_OVERRIDE): KnowledgeBaseInput {
  if (file !== undefined) return JSON.parse(readFileSync(file, 'utf8')) as KnowledgeBaseInput;
  const { index, parts } = readKnowledgeBaseFolder();
  // The index holds what belongs to the whole (title, released); the parts add sources and entries.
  const merged = { ...(JSON.parse(index.text) as object), sources: {}, entries: [] };
  for (const part of parts) {
    const { sources, entries } = JSON.parse(part.text) as KnowledgeBaseInput;
    Object.assign(merged.sources, sources);
    (merged.entries as unknown[]).push(...entries);
  }
  return merged as unknown as KnowledgeBaseInput;
}
