/**
 * The one table of the background's message handlers (protocol.ts names the messages): each
 * request is answered by the store of bundled and imported data, the content service (lexicon,
 * cards) or the import service. The compiler asks for a handler for every request type.
 */
import type { ImportService } from '../imports/import-service';
import type { MergedKnowledgeStore } from '../imports/with-imports';
import { probeWasCloned } from '../messaging/clone-probe';
import type { MessageHandlers } from '../messaging/protocol';
import type { ContentService } from './content-service';

export interface HandlerServices {
  store: MergedKnowledgeStore;
  content: ContentService;
  imports: ImportService;
}

export function createMessageHandlers({
  store,
  content,
  imports,
}: HandlerServices): MessageHandlers {
  return {
    getEntry: async ({ id }) => (await store.getEntry(id)) ?? null,
    getEntries: ({ ids }) => store.getEntries(ids),
    getStatus: () => store.getStatus(),
    getAllEntries: () => store.getAllEntries(),
    getLexicon: ({ probe }) => content.getLexicon(probeWasCloned(probe)),
    findMentions: ({ type: _, ...request }) => content.findMentions(request),
    getCard: ({ id }) => content.getCard(id),
    importKnowledgeBase: ({ fileName, text }) => imports.importText(fileName, text),
    removeImport: () => imports.remove(),
    exportImport: () => imports.exportImport(),
  };
}
