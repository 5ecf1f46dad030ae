/**
 * The background's data layer in one call: the cache-backed store of the bundled data, the
 * reader's import merged over it, and the import service (their messages are answered in
 * utils/background/message-handlers.ts).
 */
import type { BundledKnowledgeBase } from '../cache/bundled-data';
import { createKnowledgeStore } from '../cache/knowledge-store';
import { createImportService, type ImportService } from './import-service';
import { loadStoredImport } from './stored-import';
import { withImports, type MergedKnowledgeStore } from './with-imports';

export interface BackgroundData {
  store: MergedKnowledgeStore;
  imports: ImportService;
}

export function createBackgroundData(bundled: BundledKnowledgeBase): BackgroundData {
  const store = withImports(createKnowledgeStore({ bundled }), { loadImport: loadStoredImport });
  const imports = createImportService({
    bundledEntries: async () => (await bundled.load()).entries,
    store,
  });
  return { store, imports };
}
