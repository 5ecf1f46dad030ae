/** The stores and knowledge bases shared by the knowledge-store tests. */
import { vi } from 'vitest';
import {
  createKnowledgeStore,
  type KnowledgeStoreOptions,
} from '../../../utils/cache/knowledge-store';
import { bucketCountFor } from '../../../utils/cache/entry-buckets';
import { contentHash } from '../../../utils/knowledge-base/content-hash';
import { entry, knowledgeBase } from './fixtures';

export const kbA = knowledgeBase([entry('alpha'), entry('beta'), entry('gamma')]);
export const kbB = knowledgeBase([entry('alpha'), entry('beta', 'Beta, revised.'), entry('delta')]);

/** A store as the background creates one, with warnings captured instead of printed. */
export function store(bundled = kbB, options: Partial<KnowledgeStoreOptions> = {}) {
  const logger = { warn: vi.fn() };
  return { logger, store: createKnowledgeStore({ bundled, logger, ...options }) };
}

/** kbB as the background knows it: by version, its content loaded only on `load()`. */
export function lazy(kb = kbB, load = () => Promise.resolve(kb)) {
  const spy = vi.fn(load);
  return {
    load: spy,
    bundled: { version: contentHash(kb), entryCount: kb.entries.length, load: spy },
  };
}

/** The puts of one seed of kbB: its buckets, its sources and the version. */
export const oneSeed = bucketCountFor(kbB.entries.length) + Object.keys(kbB.sources).length + 1;

export const summaries = (entries: { summary: { en: string } }[]) =>
  entries.map((e) => e.summary.en);
