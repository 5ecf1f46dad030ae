/**
 * The bundled knowledge base as the background holds it: its data version and entry count, known
 * from the build, and its content, loaded only when the cache cannot answer (install, update, a
 * seed to retry, IndexedDB unavailable). A worker waking to a current cache never loads it.
 */
import { browser } from 'wxt/browser';
import { contentHash } from '../knowledge-base/content-hash';
import type { KnowledgeBase } from '../knowledge-base/schema';

export interface BundledKnowledgeBase {
  /** The data version (content hash) the cache is compared with. */
  version: string;
  entryCount: number;
  /** The content; loaded once (a failed load is tried again on the next call). */
  load(): Promise<KnowledgeBase>;
  /** The content when it is already in memory: lookups then never wait for the cache. */
  inMemory?: KnowledgeBase;
}

/** What the build tells the background about the packaged file (scripts/lib/bundled-kb.ts). */
export interface PackagedFileInfo {
  version: string;
  entryCount: number;
  /** The file's path in the package, e.g. `/knowledge-base.json`. */
  path: string;
}

/** Bundled data already in memory (tests, tools); its version is its content hash. */
export function bundledInMemory(
  kb: KnowledgeBase,
  version = contentHash(kb),
): BundledKnowledgeBase {
  return { version, entryCount: kb.entries.length, load: () => Promise.resolve(kb), inMemory: kb };
}

/**
 * The knowledge base packaged with the extension, fetched from the package on first need. Not
 * validated here: the build validated it and the package cannot change after.
 */
export function packagedKnowledgeBase(
  info: PackagedFileInfo,
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
): BundledKnowledgeBase {
  let loading: Promise<KnowledgeBase> | undefined;
  // The file is emitted by the build, not kept in public/, so it is not among WXT's typed paths.
  const url = (browser.runtime.getURL as (path: string) => string)(info.path);
  async function load(): Promise<KnowledgeBase> {
    const response = await fetchFile(url);
    if (!response.ok) throw new Error(`${info.path}: ${response.status} ${response.statusText}`);
    return (await response.json()) as KnowledgeBase;
  }
  return {
    version: info.version,
    entryCount: info.entryCount,
    load: () =>
      (loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      })),
  };
}
