/**
 * The content script's lexicon: asked of the background once, turned into a matcher, and asked
 * again after the reader's import changes. The background reloads the import when it is stored,
 * so a lexicon that still names the old data is asked for again, a few times.
 */
import { lexiconHasImport } from '../imports/import-record';
import { lexiconFromJSON } from '../match/lexicon-format';
import { createMatcher, type Matcher } from '../match/matcher';
import type { LexiconPayload } from '../messaging/protocol';

export interface LoadedLexicon {
  matcher: Matcher;
  payload: LexiconPayload;
}

export interface LexiconLoaderOptions {
  ask: () => Promise<LexiconPayload>;
  /** Resolves after `ms` (a timer tied to the content script's lifetime). */
  wait: (ms: number) => Promise<void>;
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
  const { ask, wait, attempts = 10, retryMs = 100 } = options;
  // The import version last heard from storage (undefined: no change since this page loaded).
  let expectedImport: string | null | undefined;
  let loaded: Promise<LoadedLexicon> | undefined;

  const fetchCurrent = async (): Promise<LexiconPayload> => {
    for (let attempt = 1; ; attempt++) {
      const payload = await ask();
      const expected = expectedImport;
      if (expected === undefined || attempt >= attempts) return payload;
      if (lexiconHasImport(payload.lexicon.dataVersion, expected)) return payload;
      await wait(retryMs);
    }
  };

  return {
    get() {
      const current = (loaded ??= fetchCurrent().then((payload) => ({
        payload,
        matcher: createMatcher(lexiconFromJSON(payload.lexicon)),
      })));
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
