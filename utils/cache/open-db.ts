/**
 * The knowledge-base cache database: its typed schema and the one function that opens it.
 *
 * Opened only from extension contexts (background, popup, options). A content script shares the
 * page's origin, so its `indexedDB` is the web page's: the cache would land in (and be readable
 * by) every site. Content scripts ask the background instead (see utils/messaging).
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import type { Source } from '../knowledge-base/schema';
import type { EntryBucket } from './entry-buckets';

export const KB_DB_NAME = 'qarina-knowledge-base';
/** Raise by one for every schema change and add a step to `upgrade` below. */
export const KB_DB_VERSION = 2;

/** What the `meta` store holds under `DATA_VERSION_KEY`; written last by every seed. */
export interface DataVersionRecord {
  /** Content hash of the knowledge base the cache holds (see content-hash.ts). */
  version: string;
  entryCount: number;
  /** How many buckets the entries are spread over (see entry-buckets.ts). */
  bucketCount: number;
  /** When the seed committed (ms since the epoch). */
  seededAt: number;
}

export const DATA_VERSION_KEY = 'dataVersion';

export interface KnowledgeDbSchema extends DBSchema {
  /** The entries, in buckets keyed 0 … bucketCount - 1 (see entry-buckets.ts). */
  buckets: { key: number; value: EntryBucket };
  /** The knowledge base's source table, keyed by source id ("S15"), so cards and facts agree. */
  sources: { key: string; value: Source };
  meta: { key: typeof DATA_VERSION_KEY; value: DataVersionRecord };
}

export type KnowledgeDb = IDBPDatabase<KnowledgeDbSchema>;

/** Why an open connection went away without us closing it. */
export type ClosedReason = 'versionchange' | 'terminated';

export interface OpenKnowledgeDbOptions {
  /** Told when the connection closes for another context's upgrade or abnormally. */
  onClosed?: (reason: ClosedReason) => void;
}

/** Whether this code runs on the extension's own origin (background, popup, options). */
export function isExtensionContext(): boolean {
  const here = globalThis.location;
  if (here === undefined) return false;
  const base = new URL(browser.runtime.getURL('/'));
  return here.protocol === base.protocol && here.host === base.host;
}

/**
 * Opens (creating or upgrading) the cache database. Each call is a new connection; callers own it
 * and close it. Rejects outside extension contexts, when IndexedDB is missing or refuses (Firefox
 * private windows), and with a `VersionError` when the database is newer than this build knows.
 */
export async function openKnowledgeDb(options: OpenKnowledgeDbOptions = {}): Promise<KnowledgeDb> {
  if (!isExtensionContext()) {
    throw new Error(
      'The knowledge-base cache is opened only from extension pages and the background',
    );
  }
  return openDB<KnowledgeDbSchema>(KB_DB_NAME, KB_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // Each case upgrades one version and falls through to the next, so a database at any older
      // version reaches the current one step by step.
      switch (oldVersion) {
        case 0:
          db.createObjectStore('sources');
          db.createObjectStore('meta');
        // falls through
        case 1: {
          // Version 2 stores entries in buckets instead of one record each. Version 1's records
          // and their data version go, so the next start seeds the new form.
          const raw = db as unknown as IDBPDatabase;
          if (raw.objectStoreNames.contains('entries')) raw.deleteObjectStore('entries');
          db.createObjectStore('buckets');
          void transaction.objectStore('meta').clear();
        }
        // falls through (add `case 2:` here for version 3)
      }
    },
    // Another context still holds an older version open; it closes itself on `versionchange`
    // (below), after which this open proceeds. Nothing to do but wait.
    blocked() {},
    blocking(_current, _blocked, event) {
      // Let the other context upgrade or delete the database instead of blocking it forever.
      (event.target as IDBDatabase).close();
      options.onClosed?.('versionchange');
    },
    terminated() {
      options.onClosed?.('terminated');
    },
  });
}

/** Deletes the cache database (repair of a database this build cannot open). */
export async function deleteKnowledgeDb(): Promise<void> {
  if (!isExtensionContext()) {
    throw new Error(
      'The knowledge-base cache is deleted only from extension pages and the background',
    );
  }
  await deleteDB(KB_DB_NAME);
}
