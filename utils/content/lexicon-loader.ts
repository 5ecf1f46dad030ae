/**
 * The content script's lexicon: asked of the background once, turned into a mention finder, and
 * asked again after the reader's import changes. The background reloads the import when it is
 * stored, so a lexicon that still names the old data is asked for again, a few times. A payload
 * with a lexicon gives a local matcher; one without (a knowledge base above the background's size
 * threshold) a remote finder that sends the page's texts to the background (remote-finder.ts).
 */
import { lexiconHasImport } from '../imports/import-record';
import { lexiconFromJSON } from '../match/lexicon-format';
import { createMatcher } from '../match/matcher';
import { unpackEntryTypes } from '../messaging/entry-types';
import type { FoundMentions, LexiconPayload } from '../messaging/protocol';
import { localFinder, type MentionFinder } from '../page/mention-finder';
import { createRemoteFinder } from './remote-finder';

export interface LoadedLexicon {
  finder: MentionFinder;
  /** Whether the background matches (no lexicon in this frame). */
  remote: boolean;
  payload: LexiconPayload;
}

export interface LexiconLoaderOptions {
  ask: () => Promise<LexiconPayload>;
  /** Sends texts to the background's matcher (findMentions) for a data version. */
  find: (dataVersion: string, texts: string[], shortForms: boolean) => Promise<FoundMentions>;
  /** Resolves after `ms` (a timer tied to the content script's lifetime). */
  wait: (ms: number) => Promise<void>;
  /**
   * The background refused texts and now has another data version than the loaded lexicon (an
   * import stored before this frame heard of it): the next get asks again, and the page's
   * session should start over, or no unit would ever be found.
   */
  onDataChanged?: () => void;
  /** How often a stale lexicon is asked for again, and how long apart. */
  attempts?: number;
  retryMs?: number;
}

export interface LexiconLoader {
  /** The matcher for the current data (one request while it is pending or loaded). */
  get(): Promise<LoadedLexicon>;
  /** The reader's import changed to `importVersion` (null: removed): the next get asks again. */
  importChanged(importVersion: string | null): void;
}

export function createLexiconLoader(options: LexiconLoaderOptions): LexiconLoader {
  const { ask, find, wait, onDataChanged, attempts = 10, retryMs = 100 } = options;
  // The import version last heard from storage (undefined: no change since this page loaded).
  let expectedImport: string | null | undefined;
  let loaded: Promise<LoadedLexicon> | undefined;

  const fetchCurrent = async (): Promise<LexiconPayload> => {
    for (let attempt = 1; ; attempt++) {
      const payload = await ask();
      const expected = expectedImport;
      if (expected === undefined || attempt >= attempts) return payload;
      if (lexiconHasImport(payload.dataVersion, expected)) return payload;
      await wait(retryMs);
    }
  };

  // A refusal's question to the background, one at a time: which data version it has now.
  let rechecking = false;
  const recheck = (version: string) => {
    if (rechecking) return;
    rechecking = true;
    void ask()
      .then((now) => {
        if (now.dataVersion === version) return; // a failure of another kind: nothing to redo
        loaded = undefined;
        onDataChanged?.();
      })
      .catch(() => {})
      .finally(() => (rechecking = false));
  };

  return {
    get() {
      const current = (loaded ??= fetchCurrent().then((payload): LoadedLexicon => {
        if (payload.lexicon) {
          const matcher = createMatcher(lexiconFromJSON(payload.lexicon));
          return { payload, remote: false, finder: localFinder(matcher) };
        }
        const { dataVersion, packedTypes = '' } = payload;
        // A batch's first failure asks which version the background has; its retries do not.
        const ask = (texts: string[], shortForms: boolean, attempt: number) =>
          find(dataVersion, texts, shortForms).catch((error: unknown) => {
            if (attempt === 0) recheck(dataVersion);
            throw error;
          });
        const retryAfter = (ms: number, again: () => void) => void wait(ms).then(again);
        const types = unpackEntryTypes(packedTypes);
        return {
          payload: { ...payload, types },
          remote: true,
          finder: createRemoteFinder({ ask, retryAfter }),
        };
      }));
      current.catch(() => {
        if (loaded === current) loaded = undefined; // the next start asks again
      });
      return current;
    },
    importChanged(importVersion) {
      expectedImport = importVersion;
      loaded = undefined;
    },
  };
}
