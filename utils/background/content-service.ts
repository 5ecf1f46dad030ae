/**
 * The background's answers to content scripts: the lexicon (built once per data version, kept
 * in memory and in its own database so that a restarted worker does not build it again), the
 * mentions in a page's texts when the lexicon is above the remote-matching threshold
 * (remote-matching.ts: then content scripts get no lexicon), and a card's data (the entry, the
 * sources its facts cite, its related entries' names).
 */
import type { KnowledgeStore } from '../cache/knowledge-store';
import { cardMessageTables } from '../i18n/ui-strings';
import type { Entry } from '../knowledge-base/schema';
import {
  buildLexicon,
  LEXICON_FORMAT,
  lexiconForClone,
  lexiconFromJSON,
  lexiconToJSON,
} from '../match/lexicon';
import { createMatcher, type Matcher } from '../match/matcher';
import { packEntryTypes } from '../messaging/entry-types';
import type { CardData, FoundMentions, LexiconPayload, RequestOf } from '../messaging/protocol';
import {
  extensionBuildId,
  openLexiconCache,
  type LexiconCache,
  type StoredLexicon,
} from './lexicon-cache';
import { findRemoteMentions, matchesRemotely, REMOTE_MATCHING_ENTRIES } from './remote-matching';

type Store = Pick<
  KnowledgeStore,
  'getEntry' | 'getEntries' | 'getAllEntries' | 'getSources' | 'getStatus'
>;

export interface ContentService {
  /**
   * The lexicon for a content script; `cloned`: its request's probe showed structured-cloned
   * messaging (clone-probe.ts), so the lexicon's arrays go as bytes rather than base64.
   */
  getLexicon(cloned?: boolean): Promise<LexiconPayload>;
  findMentions(request: Omit<RequestOf<'findMentions'>, 'type'>): Promise<FoundMentions>;
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
  /**
   * Entries above which content scripts match through the background (read at each lexicon
   * request). Default REMOTE_MATCHING_ENTRIES; the background's wiring lets tests lower it.
   */
  remoteAbove?: () => number;
}

/** One data version's lexicon: its stored form, and the matcher made from it when needed. */
interface Built {
  version: string;
  stored: Promise<StoredLexicon>;
  matcher?: Promise<Matcher>;
  /** The stored lexicon with its bytes decoded (lexiconForClone), made once for every frame. */
  cloned?: Promise<Record<string, unknown>>;
}

export function createContentService(
  store: Store,
  {
    cache = openLexiconCache(),
    buildId = extensionBuildId(),
    remoteAbove = () => REMOTE_MATCHING_ENTRIES,
  }: ContentServiceOptions = {},
): ContentService {
  let built: Built | undefined;
  // The lexicon this worker built itself, kept only where the background will match with it (a
  // restarted worker reads the stored form instead; below the threshold only the JSON is sent).
  let fresh: { version: string; lexicon: ReturnType<typeof buildLexicon> } | undefined;

  async function buildStored(version: string): Promise<StoredLexicon> {
    const key = `${LEXICON_FORMAT} ${buildId} ${version}`;
    const stored = await cache.get(key);
    if (stored) return stored;
    const entries = await store.getAllEntries();
    const lexicon = buildLexicon(entries, { dataVersion: version });
    fresh = matchesRemotely(entries.length, remoteAbove()) ? { version, lexicon } : undefined;
    const payload = { lexicon: lexiconToJSON(lexicon), types: entries.map((entry) => entry.type) };
    void cache.put(key, payload);
    return payload;
  }

  /** The lexicon of the current data version (one build, however many ask meanwhile). */
  async function current(): Promise<Built> {
    const { version } = await store.getStatus();
    if (built?.version !== version) {
      const next: Built = { version, stored: buildStored(version) };
      built = next;
      next.stored.catch(() => {
        if (built === next) built = undefined; // let the next request retry
      });
    }
    return built;
  }

  /**
   * The background's matcher, made once per version: from the lexicon just built, or (a worker
   * that was stopped) rebuilt from the stored form, which costs what a content script's ready
   * would (lexiconFromJSON: the automaton expanded), once per worker instead of once per frame.
   */
  function matcherOf(entry: Built): Promise<Matcher> {
    entry.matcher ??= entry.stored.then((stored) =>
      createMatcher(
        fresh?.version === entry.version ? fresh.lexicon : lexiconFromJSON(stored.lexicon),
      ),
    );
    entry.matcher.catch(() => (entry.matcher = undefined));
    return entry.matcher;
  }

  return {
    async getLexicon(cloned = false) {
      const entry = await current();
      const { lexicon, types } = await entry.stored;
      const base = { dataVersion: entry.version, cardMessages: cardMessageTables() };
      if (!matchesRemotely(types.length, remoteAbove())) {
        if (!cloned) return { ...base, lexicon, types };
        entry.cloned ??= entry.stored.then((stored) => lexiconForClone(stored.lexicon));
        return { ...base, lexicon: await entry.cloned, types };
      }
      void matcherOf(entry).catch(() => {}); // ready before the first texts arrive
      return { ...base, types: [], packedTypes: packEntryTypes(types) };
    },
    async findMentions({ dataVersion, shortForms, texts }) {
      const entry = await current();
      // Entry indexes are those of the asker's lexicon: answer only for the same data.
      if (entry.version !== dataVersion) throw new Error('the data changed');
      return findRemoteMentions(await matcherOf(entry), texts, shortForms);
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
