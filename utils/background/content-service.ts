/**
 * The background's answers to content scripts: the lexicon (built once per data version, kept
 * in memory and in its own database so that a restarted worker does not build it again) and a
 * card's data (the entry, the sources its facts cite, its related entries' names).
 */
import type { KnowledgeStore } from '../cache/knowledge-store';
import { cardMessageTables } from '../i18n/ui-strings';
import type { Entry } from '../knowledge-base/schema';
import { buildLexicon, LEXICON_FORMAT, lexiconToJSON } from '../match/lexicon';
import type { CardData, LexiconPayload } from '../messaging/protocol';
import { extensionBuildId, openLexiconCache, type LexiconCache } from './lexicon-cache';

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

export interface ContentServiceOptions {
  /** Where built lexicons outlive the worker. Default: its own IndexedDB database. */
  cache?: LexiconCache;
  /** Identifies this build of the extension: a lexicon stored by another build is rebuilt. */
  buildId?: string;
}

export function createContentService(
  store: Store,
  { cache = openLexiconCache(), buildId = extensionBuildId() }: ContentServiceOptions = {},
): ContentService {
  let built: { version: string; payload: Promise<LexiconPayload> } | undefined;

  async function buildPayload(version: string): Promise<LexiconPayload> {
    const key = `${LEXICON_FORMAT} ${buildId} ${version}`;
    const stored = await cache.get(key);
    if (stored) return { ...stored, cardMessages: cardMessageTables() };
    const entries = await store.getAllEntries();
    const lexicon = buildLexicon(entries, { dataVersion: version });
    const payload = { lexicon: lexiconToJSON(lexicon), types: entries.map((entry) => entry.type) };
    void cache.put(key, payload);
    return { ...payload, cardMessages: cardMessageTables() };
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
