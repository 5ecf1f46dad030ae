/**
 * The background's view of the knowledge base: answers from the IndexedDB cache once it holds the
 * bundled data, and from the bundled data until then or whenever IndexedDB fails (Firefox private
 * windows, quota, a database from a newer build). Lookups never reject because of the cache.
 *
 * Waking to a current cache costs an open and one read: the version to compare with comes from the
 * build, and the bundled file is loaded (parsed) only when the cache cannot answer. So that the
 * message that woke the worker does not make it load the file anyway, a lookup arriving while the
 * version is being checked waits for the check (at most `checkWaitMs`) unless the bundled data is
 * already in memory.
 */
import type { Entry, KnowledgeBase, Source } from '../knowledge-base/schema';
import { bundledInMemory, type BundledKnowledgeBase } from './bundled-data';
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
  /** The bundled knowledge base: in memory (validated), or known by version and loaded on need. */
  bundled: KnowledgeBase | BundledKnowledgeBase;
  /** The data version of a `bundled` given in memory; defaults to its content hash. */
  version?: string;
  /** How long a lookup waits for the cache's version check before loading the bundled data. */
  checkWaitMs?: number;
  openDb?: (options: OpenKnowledgeDbOptions) => Promise<KnowledgeDb>;
  deleteDb?: () => Promise<void>;
  logger?: Pick<Console, 'warn'>;
}

export interface KnowledgeStore {
  /** Opens the cache and seeds it when its version differs. Idempotent; never rejects. */
  start(): Promise<KnowledgeStatus>;
  /**
   * Seeds the cache from the bundled data (joins a seed already running). `force` rewrites a cache
   * that already holds this version, unless this worker wrote it. Never rejects.
   */
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

/** The bundled data once loaded, indexed for lookups. */
interface Loaded {
  kb: KnowledgeBase;
  byId: ReadonlyMap<string, Entry>;
}

const indexed = (kb: KnowledgeBase): Loaded => ({
  kb,
  byId: new Map(kb.entries.map((entry) => [entry.id, entry])),
});

/** Creates the store. Nothing is opened until `start()` or `seed()`. */
export function createKnowledgeStore(options: KnowledgeStoreOptions): KnowledgeStore {
  const { openDb = openKnowledgeDb, deleteDb = deleteKnowledgeDb, checkWaitMs = 1000 } = options;
  const logger = options.logger ?? console;
  const bundled =
    'load' in options.bundled ? options.bundled : bundledInMemory(options.bundled, options.version);
  const { version } = bundled;
  let memory = bundled.inMemory && indexed(bundled.inMemory);
  let loading: Promise<Loaded> | undefined;

  // Explicit state: `db` is set only while the cache holds exactly the bundled version.
  let db: KnowledgeDb | undefined;
  let error: string | undefined;
  let connecting: Promise<KnowledgeDb | undefined> | undefined;
  let checking: Promise<unknown> | undefined;
  let seeding: { force: boolean; done: Promise<KnowledgeStatus> } | undefined;
  let starting: Promise<KnowledgeStatus> | undefined;
  // Whether this worker wrote the bundled data into the cache (not merely found it there).
  let wrote = false;

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

  /** The bundled data, loaded and indexed once (a failed load is tried again next time). */
  function loadBundled(): Promise<Loaded> {
    if (memory !== undefined) return Promise.resolve(memory);
    return (loading ??= bundled.load().then(
      (kb) => (memory = indexed(kb)),
      (loadError: unknown) => {
        loading = undefined;
        throw loadError;
      },
    ));
  }

  /** Compares the cache's version with the bundled one; when equal, lookups use the cache. */
  async function checkCache(): Promise<'current' | 'stale' | 'failed'> {
    const connection = await (connecting ??= connect());
    if (connection === undefined) return 'failed';
    try {
      if ((await readCacheMeta(connection))?.version !== version) return 'stale';
      db = connection;
      error = undefined;
      return 'current';
    } catch (readError) {
      fallBack(readError);
      return 'failed';
    }
  }

  async function start(): Promise<KnowledgeStatus> {
    const check = checkCache();
    checking = check;
    const outcome = await check.finally(() => (checking = undefined));
    // A cache that failed is not retried before the next start: it would fail alike.
    return outcome === 'stale' ? seed() : getStatus();
  }

  async function runSeed(seedOptions: SeedOptions): Promise<KnowledgeStatus> {
    // A forced seed rewrites what an older build stored; once this worker has written the data
    // itself, in this build's layout, and the cache is still in use, a rewrite would write the
    // same records again (onInstalled arriving while or after start()'s seed ran).
    if (wrote && db !== undefined) return getStatus();
    const connection = await (connecting ??= connect());
    if (connection !== undefined) {
      try {
        const result = await seedCache(connection, (await loadBundled()).kb, version, seedOptions);
        wrote ||= result === 'seeded';
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
    // unless it forces a rewrite the running one may not do; then it runs right after it (and
    // does nothing if the running one did write).
    if (seeding && (!force || seeding.force)) return seeding.done;
    const previous = seeding?.done ?? Promise.resolve();
    const current = { force, done: previous.then(() => runSeed(seedOptions)) };
    seeding = current;
    void current.done.finally(() => {
      if (seeding === current) seeding = undefined;
    });
    return current.done;
  }

  /** Waits for a running version check, for at most `checkWaitMs`, unless the data is loaded. */
  async function checked(): Promise<void> {
    if (memory !== undefined || checking === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, checkWaitMs)));
    await Promise.race([checking, timeout]);
    clearTimeout(timer);
  }

  /**
   * Reads from the cache when it is in use; any failure answers from the bundled data, and when
   * that cannot be loaded either, with `empty` (nothing found) rather than a rejection.
   */
  async function lookup<T>(
    fromCache: (db: KnowledgeDb) => Promise<T>,
    fromBundled: (data: Loaded) => T,
    empty: T,
  ): Promise<T> {
    await checked();
    const connection = db;
    if (connection !== undefined) {
      try {
        return await fromCache(connection);
      } catch (readError) {
        fallBack(readError);
      }
    }
    try {
      return fromBundled(await loadBundled());
    } catch (loadError) {
      logger.warn('[qarina] the bundled knowledge base could not be loaded:', loadError);
      return empty;
    }
  }

  async function getStatus(): Promise<KnowledgeStatus> {
    await checked();
    const connection = db;
    if (connection !== undefined) {
      try {
        const meta = await readCacheMeta(connection);
        if (meta) return { source: 'cache', version: meta.version, entryCount: meta.entryCount };
      } catch (readError) {
        fallBack(readError);
      }
    }
    const failure = error === undefined ? {} : { error };
    return { source: 'bundled', version, entryCount: bundled.entryCount, ...failure };
  }

  return {
    start: () => (starting ??= start()),
    seed,
    getEntry: (id) =>
      lookup(
        (c) => readEntry(c, id),
        ({ byId }) => byId.get(id),
        undefined,
      ),
    getEntries: (ids) =>
      lookup(
        (c) => readEntries(c, ids),
        ({ byId }) => ids.flatMap((id) => byId.get(id) ?? []),
        [],
      ),
    getAllEntries: () => lookup(readAllEntries, ({ kb }) => kb.entries, []),
    getSources: (ids) =>
      lookup(
        (c) => readSources(c, ids),
        ({ kb }) =>
          Object.fromEntries(
            ids.flatMap((id) => (kb.sources[id] ? [[id, kb.sources[id]] as const] : [])),
          ),
        {},
      ),
    getStatus,
    close() {
      db = undefined;
      void connecting?.then((connection) => connection?.close());
    },
  };
}
