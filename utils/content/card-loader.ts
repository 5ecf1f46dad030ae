/**
 * The card's code, loaded on first need (issue 18's bundle budget, issue 20's start-up): the
 * Preact card, its styles and the page-date reader are built as their own script
 * (entrypoints/card.ts → card.js), not into the content script, so a page where nobody hovers
 * never parses them. The content script imports card.js from the extension's own files (a
 * module a content script imports runs in the content script's world, not the page's) and the
 * script hands its code back through `registerCardCode`.
 */
import type { PageDate } from '../page-date/page-date';
import type { CardRenderer } from './card-renderer';

/** What card.js provides: the renderer, and the reader of the page's date (card in time). */
export interface CardCode extends CardRenderer {
  findPageDate(doc: Document, url: string): PageDate | null;
}

/** The card's code as the content layer sees it: maybe loaded, loadable. */
export interface CardLoader<Code = CardCode> {
  /** The code once loaded, else null (nothing is drawn before it is). */
  readonly loaded: Code | null;
  /** Loads it once; a failed load rejects, and the next call tries again. */
  load(): Promise<Code>;
}

/** Loads the code with `fetchCode` the first time it is needed, and keeps it. */
export function createCardLoader<Code>(fetchCode: () => Promise<Code>): CardLoader<Code> {
  let loaded: Code | null = null;
  let pending: Promise<Code> | null = null;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      pending ??= fetchCode().then(
        (code) => (loaded = code),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
}

/** A loader whose code is already at hand (tests, benchmark pages). */
export function loadedCard<Code>(code: Code): CardLoader<Code> {
  return { loaded: code, load: () => Promise.resolve(code) };
}

/**
 * Where card.js leaves its code: a property of the realm's global object. Content scripts run in
 * an isolated world (Chromium) or a sandbox (Firefox) whose global the page cannot see, and the
 * module card.js is imported into that same world.
 */
const SLOT = '__qarinaCardCode';

type Slot = { [SLOT]?: CardCode };

/** Called by card.js when it runs: hands its code to the content script of this world. */
export function registerCardCode(code: CardCode, realm: object = globalThis): void {
  (realm as Slot)[SLOT] = code;
}

/**
 * Imports card.js (`url`, from `browser.runtime.getURL`) and returns the code it registered.
 * `importModule` is the platform's `import()` (a seam for tests).
 */
export async function importCardCode(
  url: string,
  importModule: (url: string) => Promise<unknown> = (u) => import(/* @vite-ignore */ u),
  realm: object = globalThis,
): Promise<CardCode> {
  await importModule(url);
  const code = (realm as Slot)[SLOT];
  if (!code) throw new Error(`Qarina: ${url} registered no card code`);
  return code;
}
