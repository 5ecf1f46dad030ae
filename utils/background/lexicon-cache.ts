/**
 * The built lexicon payload, kept across service-worker restarts: building it from every entry
 * takes seconds at 10,000 entries, and the worker is stopped after 30 s idle. One record, the
 * payload of the latest key, in a database of its own: it is derived data, replaced whole, and
 * losing it only costs a rebuild — so every failure here is swallowed (private windows, quota).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import type { LexiconPayload } from '../messaging/protocol';

/** What is kept: the payload without the card labels (they come with the extension's code). */
export type StoredLexicon = Required<Pick<LexiconPayload, 'lexicon' | 'types'>>;

export interface LexiconCache {
  /** The payload stored under `key`, or undefined (none, another key, or storage failed). */
  get(key: string): Promise<StoredLexicon | undefined>;
  /** Stores the payload under `key`, replacing any other. Never rejects. */
  put(key: string, payload: StoredLexicon): Promise<void>;
}

export const LEXICON_DB_NAME = 'qarina-lexicon';
const RECORD = 'current';

interface LexiconDbSchema extends DBSchema {
  payload: { key: typeof RECORD; value: { key: string; payload: StoredLexicon } };
}

/** The IndexedDB-backed cache (one short-lived connection per call: reads are rare). */
export function openLexiconCache(name = LEXICON_DB_NAME): LexiconCache {
  const withDb = async <T>(use: (db: IDBPDatabase<LexiconDbSchema>) => Promise<T>) => {
    const db = await openDB<LexiconDbSchema>(name, 1, {
      upgrade: (db) => void db.createObjectStore('payload'),
    });
    try {
      return await use(db);
    } finally {
      db.close();
    }
  };
  return {
    async get(key) {
      try {
        const record = await withDb((db) => db.get('payload', RECORD));
        return record?.key === key ? record.payload : undefined;
      } catch {
        return undefined;
      }
    },
    async put(key, payload) {
      try {
        await withDb((db) => db.put('payload', { key, payload }, RECORD));
      } catch {
        // Not kept: the next worker builds it again.
      }
    },
  };
}

/** A cache that keeps nothing (tests, or where persisting is unwanted). */
export const noLexiconCache: LexiconCache = {
  get: () => Promise.resolve(undefined),
  put: () => Promise.resolve(),
};

/** The extension's version: an update may build lexicons differently from the same data. */
export function extensionBuildId(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return ''; // outside an extension (tests, benchmarks)
  }
}
