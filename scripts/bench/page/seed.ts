/**
 * The knowledge-base cache in real Chromium IndexedDB (this page's origin stands in for the
 * extension's: see wxt-browser-stub.ts): seeding it, and a service worker waking up to a seeded
 * cache — the background's own path, from knowing the build's data version to the first entry
 * read from the cache.
 */
import { packagedKnowledgeBase } from '../../../utils/cache/bundled-data';
import { createKnowledgeStore } from '../../../utils/cache/knowledge-store';
import { deleteKnowledgeDb } from '../../../utils/cache/open-db';
import { contentHash } from '../../../utils/knowledge-base/content-hash';
import { kbOf } from './state';

const versions = new Map<string, string>();

/** The data version the build computes (untimed here, as it costs the worker nothing). */
function buildVersion(kbName: string): string {
  if (!versions.has(kbName)) versions.set(kbName, contentHash(kbOf(kbName).kb));
  return versions.get(kbName)!;
}

/** Seeds an emptied cache with a knowledge base in memory; ms of `start()` until it answers from the cache. */
export async function seedOnce(kbName: string): Promise<{ ms: number }> {
  const { kb } = kbOf(kbName);
  await deleteKnowledgeDb();
  const store = createKnowledgeStore({ bundled: kb, version: buildVersion(kbName) });
  const start = performance.now();
  const status = await store.start();
  const ms = performance.now() - start;
  store.close();
  if (status.source !== 'cache') throw new Error(`seed failed: ${status.error ?? 'no cache'}`);
  return { ms };
}

/** Parts of a wake, in ms, and their total. */
export interface Wake {
  ms: number;
  /** `start()`: open the database and compare the stored version with the build's. */
  checkMs: number;
  /** The first `getEntry`, answered from the cache. */
  getMs: number;
}

/**
 * A worker waking with the cache already seeded (by `seedOnce`): what entrypoints/background.ts
 * does — the packaged file known by the build's version and size, store created, started (open,
 * version check), and one getEntry answered from the cache. The packaged file (served at /kb/NAME)
 * must not be fetched: a wake that loads it fails here.
 */
export async function wakeOnce(kbName: string): Promise<Wake> {
  const { kb } = kbOf(kbName);
  const info = { version: buildVersion(kbName), entryCount: kb.entries.length };
  let fetched = false;
  const start = performance.now();
  const bundled = packagedKnowledgeBase({ ...info, path: `/kb/${kbName}` }, (url) => {
    fetched = true;
    return fetch(url);
  });
  const store = createKnowledgeStore({ bundled });
  const status = await store.start();
  const checked = performance.now();
  const entry = await store.getEntry(kb.entries[0]!.id);
  const end = performance.now();
  store.close();
  if (status.source !== 'cache' || !entry || fetched)
    throw new Error(`wake did not answer from the cache alone: ${status.error ?? ''}`);
  return { ms: end - start, checkMs: checked - start, getMs: end - checked };
}

/** The baseline: parsing the knowledge base's JSON alone. */
export function parseOnce(kbName: string): { ms: number } {
  const { text } = kbOf(kbName);
  const start = performance.now();
  const json = JSON.parse(text) as { entries: unknown[] };
  const ms = performance.now() - start;
  if (json.entries.length === 0) throw new Error('empty');
  return { ms };
}
