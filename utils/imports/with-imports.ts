/**
 * The knowledge store the background answers from: the bundled data (from the cache or in
 * memory, see knowledge-store.ts) plus the reader's import. Everything that reads entries
 * (lexicon, cards, search) goes through it, so an import appears everywhere at once, and
 * removing it removes it everywhere.
 */
import type { KnowledgeStatus, KnowledgeStore } from '../cache/knowledge-store';
import type { Entry, Source } from '../knowledge-base/schema';
import { isImportedSourceId, serveImport, type ServedImport } from './served-import';
import type { StoredImport } from './stored-import';

/** The status with the import: `version` names bundled and imported data together. */
export interface DataStatus extends KnowledgeStatus {
  /** Present while an import is installed; `entryCount` above includes its entries. */
  imported?: { fileName: string; entryCount: number; version: string };
}

export interface MergedKnowledgeStore extends KnowledgeStore {
  getStatus(): Promise<DataStatus>;
  /** Reads the import again (after it was replaced or removed). */
  reloadImport(): Promise<void>;
}

export interface WithImportsOptions {
  loadImport: () => Promise<StoredImport | null>;
  logger?: Pick<Console, 'warn'>;
}

/** The data version of bundled data `base` with import `imported` installed. */
export function combinedVersion(base: string, imported: string | undefined): string {
  return imported === undefined ? base : `${base}+${imported}`;
}

/** Wraps `base` so every lookup also sees the import. Lookups never reject because of it. */
export function withImports(
  base: KnowledgeStore,
  options: WithImportsOptions,
): MergedKnowledgeStore {
  const logger = options.logger ?? console;
  let loading: Promise<ServedImport | undefined> | undefined;

  /**
   * The import as served, leaving out entries the bundled data also has. Which ids those are is
   * asked of `base` (the cache, usually), so an import never makes the worker load the bundled file.
   */
  async function serve(stored: StoredImport): Promise<ServedImport> {
    const ids = stored.knowledgeBase.entries.map((entry) => entry.id);
    const bundled = await base.getEntries(ids);
    return serveImport(stored, new Set(bundled.map((entry) => entry.id)));
  }

  function load(): Promise<ServedImport | undefined> {
    return (loading ??= options.loadImport().then(
      (stored) => (stored ? serve(stored) : undefined),
      (error: unknown) => {
        logger.warn('[qarina] the imported knowledge base could not be read:', error);
        loading = undefined; // try again on the next lookup
        return undefined;
      },
    ));
  }

  async function getEntries(ids: readonly string[]): Promise<Entry[]> {
    const [found, imported] = await Promise.all([base.getEntries(ids), load()]);
    if (!imported) return found;
    const byId = new Map(found.map((entry) => [entry.id, entry]));
    return ids.flatMap((id) => byId.get(id) ?? imported.byId.get(id) ?? []);
  }

  async function getSources(ids: readonly string[]): Promise<Record<string, Source>> {
    const own = ids.filter((id) => !isImportedSourceId(id));
    const [found, imported] = await Promise.all([base.getSources(own), load()]);
    const extra = ids.flatMap((id) => {
      const source = isImportedSourceId(id) ? imported?.sources[id] : undefined;
      return source ? [[id, source] as const] : [];
    });
    return { ...found, ...Object.fromEntries(extra) };
  }

  async function getStatus(): Promise<DataStatus> {
    const [status, imported] = await Promise.all([base.getStatus(), load()]);
    if (!imported) return status;
    return {
      ...status,
      version: combinedVersion(status.version, imported.version),
      entryCount: status.entryCount + imported.entries.length,
      imported: {
        fileName: imported.fileName,
        entryCount: imported.entries.length,
        version: imported.version,
      },
    };
  }

  return {
    ...base,
    async getEntry(id) {
      const [found, imported] = await Promise.all([base.getEntry(id), load()]);
      return found ?? imported?.byId.get(id);
    },
    getEntries,
    async getAllEntries() {
      const [found, imported] = await Promise.all([base.getAllEntries(), load()]);
      return imported ? [...found, ...imported.entries] : found;
    },
    getSources,
    getStatus,
    async reloadImport() {
      loading = undefined;
      await load();
    },
  };
}
