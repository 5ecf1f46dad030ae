/**
 * The background's handling of the options page's import, export and removal. The background is
 * the one writer of the import, so the merged store is reloaded right after each change and the
 * next lexicon or card request already sees it.
 */
import type { Problem } from '../knowledge-base/problem';
import type { Entry } from '../knowledge-base/schema';
import { checkImportText } from './check-import';
import { writeStoredImport } from './import-record';
import { loadStoredImport, toStoredImport, type StoredImport } from './stored-import';
import type { DataStatus } from './with-imports';

/** The answer to an import: accepted (with any warnings) or refused with every problem. */
export type ImportOutcome =
  | { accepted: true; status: DataStatus; problems: Problem[] }
  | { accepted: false; problems: Problem[] };

/** The import as a file to save. */
export interface ExportedImport {
  fileName: string;
  text: string;
}

export interface ImportServiceOptions {
  /** The bundled entries, which imports are checked against (loaded only when a file comes). */
  bundledEntries: () => Promise<readonly Entry[]>;
  store: { reloadImport(): Promise<void>; getStatus(): Promise<DataStatus> };
  /** Where the import is kept (extension storage by default; tests pass a fake). */
  storage?: {
    save(value: StoredImport | null): Promise<void>;
    load(): Promise<StoredImport | null>;
  };
}

export interface ImportService {
  importText(fileName: string, text: string): Promise<ImportOutcome>;
  remove(): Promise<DataStatus>;
  exportImport(): Promise<ExportedImport | null>;
}

const defaultStorage = {
  save: writeStoredImport,
  load: loadStoredImport,
};

export function createImportService(options: ImportServiceOptions): ImportService {
  const { bundledEntries, store, storage = defaultStorage } = options;
  return {
    async importText(fileName, text) {
      const checked = checkImportText(text, await bundledEntries());
      // Refused: nothing is written, so the import already installed (if any) stays as it was.
      if (!checked.knowledgeBase) return { accepted: false, problems: checked.problems };
      await storage.save(toStoredImport(fileName, checked.knowledgeBase));
      await store.reloadImport();
      return { accepted: true, status: await store.getStatus(), problems: checked.problems };
    },
    async remove() {
      await storage.save(null);
      await store.reloadImport();
      return store.getStatus();
    },
    async exportImport() {
      const stored = await storage.load();
      if (!stored) return null;
      const { $schema: _schema, ...data } = stored.knowledgeBase;
      return { fileName: stored.fileName, text: `${JSON.stringify(data, null, 2)}\n` };
    },
  };
}
