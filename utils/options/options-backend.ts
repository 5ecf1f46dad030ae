/**
 * What the options page asks of the background, as one interface (components get it as a prop;
 * tests pass a fake). Settings are not here: the page gets a SettingsStore
 * (utils/settings/settings-store.ts) beside it, and every context, open tabs included, sees a
 * change through the storage watch.
 */
import type { ExportedImport, ImportOutcome } from '../imports/import-service';
import type { DataStatus } from '../imports/with-imports';
import { askBackground } from '../messaging/request';

export interface OptionsBackend {
  getStatus(): Promise<DataStatus>;
  /** Checks the file and, when it has no error, installs it in place of any earlier import. */
  importFile(fileName: string, text: string): Promise<ImportOutcome>;
  removeImport(): Promise<DataStatus>;
  exportImport(): Promise<ExportedImport | null>;
}

export function createOptionsBackend(): OptionsBackend {
  return {
    getStatus: () => askBackground({ type: 'getStatus' }),
    importFile: (fileName, text) => askBackground({ type: 'importKnowledgeBase', fileName, text }),
    removeImport: () => askBackground({ type: 'removeImport' }),
    exportImport: () => askBackground({ type: 'exportImport' }),
  };
}
