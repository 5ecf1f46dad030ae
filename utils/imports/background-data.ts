/**
 * The background's data layer in one call: the cache-backed store of the bundled data, the
 * reader's import merged over it, and the import service, plus their message handlers.
 */
import type { BundledKnowledgeBase } from '../cache/bundled-data';
import { createKnowledgeStore } from '../cache/knowledge-store';
import type { MessageHandlers } from '../messaging/protocol';
import { createImportService, type ImportService } from './import-service';
import { loadStoredImport } from './stored-import';
import { withImports, type MergedKnowledgeStore } from './with-imports';

export interface BackgroundData {
  store: MergedKnowledgeStore;
  imports: ImportService;
  /** The handlers of the import messages and of the popup's entry list. */
  handlers: Pick<
    MessageHandlers,
    'getAllEntries' | 'importKnowledgeBase' | 'removeImport' | 'exportImport'
  >;
}

export function createBackgroundData(bundled: BundledKnowledgeBase): BackgroundData {
  const store = withImports(createKnowledgeStore({ bundled }), { loadImport: loadStoredImport });
  const imports = createImportService({
    bundledEntries: async () => (await bundled.load()).entries,
    store,
  });
  return {
    store,
    imports,
    handlers: {
      getAllEntries: () => store.getAllEntries(),
      importKnowledgeBase: ({ fileName, text }) => imports.importText(fileName, text),
      removeImport: () => imports.remove(),
      exportImport: () => imports.exportImport(),
    },
  };
}
