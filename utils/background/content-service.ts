/**
 * The background's answers to content scripts: the lexicon (built once per data version and
 * kept) and a card's data (the entry, the sources its facts cite, its related entries' names).
 */
import type { KnowledgeStore } from '../cache/knowledge-store';
import { cardMessageTables } from '../i18n/ui-strings';
import type { Entry } from '../knowledge-base/schema';
import { buildLexicon, lexiconToJSON } from '../match/lexicon';
import type { CardData, LexiconPayload } from '../messaging/protocol';

type Store = Pick<
  KnowledgeStore,
  'getEntry' | 'getEntries' | 'getAllEntries' | 'getSources' | 'getStatus'
>;

export interface ContentService {
  getLexicon(): Promise<LexiconPayload>;
  getCard(id: string): Promise<CardData | null>;
}

/** The source ids an entry's facts cite. */
export function citedSourceIds(entry: Entry): string[] {
  const ids = new Set<string>();
  for (const fact of entry.facts) {
    for (const ref of fact.sources) if (typeof ref === 'string') ids.add(ref); // or the dispatch itself
  }
  return [...ids];
}

export function createContentService(store: Store): ContentService {
  let built: { version: string; payload: Promise<LexiconPayload> } | undefined;

  async function buildPayload(version: string): Promise<LexiconPayload> {
    const entries = await store.getAllEntries();
    const lexicon = buildLexicon(entries, { dataVersion: version });
    return {
      lexicon: lexiconToJSON(lexicon),
      types: entries.map((entry) => entry.type),
      cardMessages: cardMessageTables(),
    };
  }

  return {
    async getLexicon() {
      const { version } = await store.getStatus();
      if (built?.version !== version) {
        const payload = buildPayload(version);
        built = { version, payload };
        payload.catch(() => {
          if (built?.payload === payload) built = undefined; // let the next request retry
        });
      }
      return built.payload;
    },
    async getCard(id) {
      const entry = await store.getEntry(id);
      if (!entry) return null;
      const [sources, related] = await Promise.all([
        store.getSources(citedSourceIds(entry)),
        store.getEntries(entry.related),
      ]);
      return { entry, sources, related: related.map(({ id, names }) => ({ id, names })) };
    },
  };
}
