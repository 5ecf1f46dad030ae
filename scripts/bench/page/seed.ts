/**
 * The knowledge-base cache in real Chromium IndexedDB (this page's origin stands in for the
 * extension's: see wxt-browser-stub.ts): seeding it, and a service worker waking up to a seeded
 * cache — the background's own path from the bundled JSON to the first entry read from the cache.
 */
import { createKnowledgeStore } from '../../../utils/cache/knowledge-store';
import { deleteKnowledgeDb } from '../../../utils/cache/open-db';
import { contentHash } from '../../../utils/knowledge-base/content-hash';
import { KnowledgeBaseSchema, type KnowledgeBase } from '../../../utils/knowledge-base/schema';
import { kbOf } from './state';

/** Seeds an emptied cache with a knowledge base; ms of `start()` until it answers from the cache. */
export async function seedOnce(kbName: string): Promise<{ ms: number }> {
  const { kb } = kbOf(kbName);
  await deleteKnowledgeDb();
  // The version a waking worker computes, so `wakeOnce` finds the cache current.
  const store = createKnowledgeStore({ bundled: kb, version: contentHash(kb) });
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
  parseMs: number;
  validateMs: number;
  storeMs: number;
}

/**
 * A worker waking with the cache already seeded (by `seedOnce` or an earlier wake): parse the
 * bundled JSON, validate it, create the store (content hash), start it (open, version check),
 * and answer one getEntry from the cache. As entrypoints/background.ts does.
 */
export async function wakeOnce(kbName: string): Promise<Wake> {
  const { text } = kbOf(kbName);
  const start = performance.now();
  const json = JSON.parse(text) as unknown;
  const parsed = performance.now();
  const bundled: KnowledgeBase = KnowledgeBaseSchema.parse(json);
  const validated = performance.now();
  const store = createKnowledgeStore({ bundled });
  const status = await store.start();
  const entry = await store.getEntry(bundled.entries[0]!.id);
  const end = performance.now();
  store.close();
  if (status.source !== 'cache' || !entry)
    throw new Error(`wake did not reach the cache: ${status.error ?? ''}`);
  return {
    ms: end - start,
    parseMs: parsed - start,
    validateMs: validated - parsed,
    storeMs: end - validated,
  };
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
