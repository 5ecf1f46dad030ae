/**
 * The background's view of the knowledge base: answers from the IndexedDB cache once it holds the
 * bundled data, and from the bundled data in memory until then or whenever IndexedDB fails
 * (Firefox private windows, quota, a database from a newer build). Lookups never wait for the
 * cache and never reject because of it.
 */
import { contentHash } from '../knowledge-base/content-hash';
import type { Entry, KnowledgeBase, Source } from '../knowledge-base/schema';
import { connectWithRepair } from './connect-db';
import {
  deleteKnowledgeDb,
  openKnowledgeDb,
  type KnowledgeDb,
  type OpenKnowledgeDbOptions,
} from './open-db';
import { readAllEntries, readCacheMeta, readEntries, readEntry, readSources } from './read-cache';
import { seedCache, type SeedOptions } from './seed-cache';

/** Which data answers lookups, and which version of it. */
export interface KnowledgeStatus {
  source: 'cache' | 'bundled';
  version: string;
  entryCount: number;
  /** Why the cache is not in use, when it failed (absent while it is merely starting). */
  error?: string;
}

export interface KnowledgeStoreOptions {
  /** The validated bundled knowledge base. */
  bundled: KnowledgeBase;
  /** Its data version; defaults to its content hash. */
  version?: string;
  openDb?: (options: OpenKnowledgeDbOptions) => Promise<KnowledgeDb>;
  deleteDb?: () => Promise<void>;
  logger?: Pick<Console, 'warn'>;
}

export interface KnowledgeStore {
  /** Opens the cache and seeds it when its version differs. Idempotent; never rejects. */
  start(): Promise<KnowledgeStatus>;
  /** Seeds the cache from the bundled data (joins a seed already running). Never rejects. */
  seed(options?: SeedOptions): Promise<KnowledgeStatus>;
  getEntry(id: string): Promise<Entry | undefined>;
  /** The entries with these ids, in the order asked; unknown ids are skipped. */
  getEntries(ids: readonly string[]): Promise<Entry[]>;
  /** Every entry (to build the lexicon from). */
  getAllEntries(): Promise<Entry[]>;
  /** The sources with these ids, keyed by id; unknown ids are skipped. */
  getSources(ids: readonly string[]): Promise<Record<string, Source>>;
  getStatus(): Promise<KnowledgeStatus>;
  /** Closes the connection; lookups answer from the bundled data afterwards. */
  close(): void;
}

const describeError = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** Creates the store. Nothing is opened until `start()` or `seed()`. */
export function createKnowledgeStore(options: KnowledgeStoreOptions): KnowledgeStore {
  const { bundled, openDb = openKnowledgeDb, deleteDb = deleteKnowledgeDb } = options;
  const logger = options.logger ?? console;
  const version = options.version ?? contentHash(bundled);
  const bundledById = new Map(bundled.entries.map((entry) => [entry.id, entry]));

  // Explicit state: `db` is set only while the cache holds exactly the bundled version.
  let db: KnowledgeDb | undefined;
  let error: string | undefined;
  let connecting: Promise<KnowledgeDb | undefined> | undefined;
  let seeding: { force: boolean; done: Promise<KnowledgeStatus> } | undefined;
  let starting: Promise<KnowledgeStatus> | undefined;

  function fallBack(reason: unknown): void {
    error = describeError(reason);
    logger.warn('[qarina] knowledge-base cache unavailable; answering from bundled data:', reason);
    db = undefined;
  }

  // Not reopened before the next start: the context that made us close may be upgrading or
  // repairing the database, and reopening now would fight it.
  const onClosed: OpenKnowledgeDbOptions['onClosed'] = (reason) =>
    fallBack(new Error(`connection closed (${reason})`));

  async function connect(): Promise<KnowledgeDb | undefined> {
    const result = await connectWithRepair({ openDb, deleteDb, logger, onClosed });
    if ('db' in result) return result.db;
    fallBack(result.error);
    return undefined;
  }

  async function runSeed(seedOptions: SeedOptions): Promise<KnowledgeStatus> {
    const connection = await (connecting ??= connect());
    if (connection !== undefined) {
      try {
        await seedCache(connection, bundled, version, seedOptions);
        db = connection;
        error = undefined;
      } catch (seedError) {
        fallBack(seedError);
      }
    }
    return getStatus();
  }

  function seed(seedOptions: SeedOptions = {}): Promise<KnowledgeStatus> {
    const force = seedOptions.force === true;
    // One seed at a time. A request joins the running seed, which writes the same bundled data,
    // unless it forces a rewrite the running one will not do; then it runs right after it.
    if (seeding && (!force || seeding.force)) return seeding.done;
    const previous = seeding?.done ?? Promise.resolve();
    const current = { force, done: previous.then(() => runSeed(seedOptions)) };
    seeding = current;
    void current.done.finally(() => {
      if (seeding === current) seeding = undefined;
    });
    return current.done;
  }

  /** Reads from the cache when it is in use; any failure answers from the bundled data. */
  async function lookup<T>(fromCache: (db: KnowledgeDb) => Promise<T>, fromBundled: () => T) {
    const connection = db;
    if (connection !== undefined) {
      try {
        return await fromCache(connection);
      } catch (readError) {
        fallBack(readError);
      }
    }
    return fromBundled();
  }

  async function getStatus(): Promise<KnowledgeStatus> {
    const meta = await lookup(readCacheMeta, () => undefined);
    if (meta !== undefined) {
      return { source: 'cache', version: meta.version, entryCount: meta.entryCount };
    }
    const failure = error === undefined ? {} : { error };
    return { source: 'bundled', version, entryCount: bundled.entries.length, ...failure };
  }

  return {
    start: () => (starting ??= seed()),
    seed,
    getEntry: (id) =>
      lookup(
        (c) => readEntry(c, id),
        () => bundledById.get(id),
      ),
    getEntries: (ids) =>
      lookup(
        (c) => readEntries(c, ids),
        () => ids.flatMap((id) => bundledById.get(id) ?? []),
      ),
    getAllEntries: () => lookup(readAllEntries, () => bundled.entries),
    getSources: (ids) =>
      lookup(
        (c) => readSources(c, ids),
        () =>
          Object.fromEntries(
            ids.flatMap((id) => (bundled.sources[id] ? [[id, bundled.sources[id]] as const] : [])),
          ),
      ),
    getStatus,
    close() {
      db = undefined;
      void connecting?.then((connection) => connection?.close());
    },
  };
}
