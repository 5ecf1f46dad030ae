/**
 * The content script's life on one page (every frame runs its own): settings in, a session
 * started where Qarina is active and stopped where it is paused, a new lexicon when the reader's
 * import changes, and the answers to the extension's tab requests. The entrypoint hands in how
 * to load the card's code (card.js, on first need) and WXT's context; everything here is
 * testable with fakes.
 */
import { browser } from 'wxt/browser';
import { createUiStrings } from '../i18n/create-ui-strings';
import { resolveReaderLanguage } from '../i18n/reader-language';
import { watchImport } from '../imports/import-record';
import { cloneProbe } from '../messaging/clone-probe';
import { askBackground } from '../messaging/request';
import { textScale, type Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/settings-store';
import { isActiveOn } from '../settings/site-rules';
import { createCardCache } from './card-cache';
import { createCardLoader, type CardCode } from './card-loader';
import { createLexiconLoader, type LoadedLexicon } from './lexicon-loader';
import { createTabRequestListener } from './page-requests';
import { pageTheme } from './page-theme';
import { Session } from './session';

/** The parts of WXT's ContentScriptContext used here: timers and listeners die with it. */
export interface ContentLifetime {
  readonly isInvalid: boolean;
  setTimeout(callback: () => void, ms: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  onInvalidated(callback: () => void): void;
}

export interface ContentScriptOptions {
  ctx: ContentLifetime;
  /** Loads the card's code (the renderer, the page-date reader); called once, on first need. */
  card: () => Promise<CardCode>;
  doc?: Document;
}

/** Starts Qarina in this frame; resolves once the first session (if any) has started. */
export async function runContentScript(options: ContentScriptOptions): Promise<void> {
  const { ctx, doc = document } = options;
  const win = doc.defaultView!;
  let settings: Settings = await loadSettings();
  let session: Session | undefined;
  let activation: AbortController | undefined;
  const card = createCardLoader(options.card);
  // The popup's question loads the reader if no card has yet; without it, the page has no date.
  const pageDate = () =>
    card.load().then(
      (code) => code.findPageDate(doc, win.location.href),
      () => null,
    );
  const cards = createCardCache((id) => askBackground({ type: 'getCard', id }));
  const lexicon = createLexiconLoader({
    ask: () => askBackground({ type: 'getLexicon', probe: cloneProbe() }),
    find: (dataVersion, texts, shortForms) =>
      askBackground({ type: 'findMentions', dataVersion, texts, shortForms }),
    wait: (ms) => new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), ms)),
    // The background matches for another data version than this frame's (an import stored
    // before the storage change reached it): start over with it, as after an import.
    onDataChanged: () => {
      cards.clear();
      if (session || activation) {
        stop();
        void start();
      }
    },
  });

  const cardView = (payload: LoadedLexicon['payload']) => {
    const readerLang = resolveReaderLanguage(settings.cardLanguage, win.navigator.languages);
    return {
      readerLang,
      strings: createUiStrings(readerLang, payload.cardMessages[readerLang]),
      pageLang: doc.documentElement.lang || undefined,
      theme: settings.theme === 'auto' ? pageTheme(doc) : settings.theme,
      textScale: textScale(settings.textSize),
      hoverDelayMs: settings.hoverDelayMs,
      cardInTime: settings.cardInTime,
    };
  };

  const stop = () => {
    activation?.abort();
    session?.stop();
    session = activation = undefined;
  };
  const start = async () => {
    if (session || !isActiveOn(win.location.href, settings)) return;
    const controller = (activation = new AbortController());
    const { finder, payload } = await lexicon.get();
    if (controller.signal.aborted || ctx.isInvalid) return;
    session = new Session({
      doc,
      finder,
      types: payload.types,
      settings: () => settings,
      view: () => cardView(payload),
      loadCard: cards.load,
      card,
      timers: {
        set: (callback, ms) => ctx.setTimeout(callback, ms),
        clear: (handle) => win.clearTimeout(handle),
        frame: (callback) => void ctx.requestAnimationFrame(callback),
        idle: (callback) =>
          typeof win.requestIdleCallback === 'function'
            ? void win.requestIdleCallback(() => ctx.isInvalid || callback(), { timeout: 2000 })
            : void ctx.setTimeout(callback, 200),
      },
      signal: controller.signal,
      // Read at each card opening (the card's code is loaded by then): each frame its own
      // document, and again after a same-document navigation.
      pageDate: () => card.loaded?.findPageDate(doc, win.location.href) ?? null,
    });
    session.start();
  };

  ctx.onInvalidated(stop);
  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
      if (!isActiveOn(win.location.href, settings)) stop();
      else if (session) session.applySettings();
      else void start();
    }),
  );
  // An import added, replaced or removed in the options page: new lexicon, new cards, rescan.
  ctx.onInvalidated(
    watchImport((importVersion) => {
      lexicon.importChanged(importVersion);
      cards.clear();
      if (session || activation) {
        stop();
        void start();
      }
    }),
  );

  const onTabRequest = createTabRequestListener(
    {
      info: () => ({
        url: win.location.href,
        lang: doc.documentElement.lang || undefined,
        active: isActiveOn(win.location.href, settings),
      }),
      mentions: () => session?.summary() ?? [],
      scanComplete: () => session?.mentions.idle ?? false,
      pageDate,
      reveal: (entryId) => session?.reveal(entryId) ?? false,
      // The keyboard commands go to the top frame only (the background sends to frame 0).
      navigate: (direction) =>
        win === win.top && (session?.cards.navigate(direction) ?? null) !== null,
    },
    browser.runtime.id,
  );
  browser.runtime.onMessage.addListener(onTabRequest);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabRequest));

  await start();
}
