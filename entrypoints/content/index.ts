import './highlights.css';
import { browser } from 'wxt/browser';
import { isNavigateMessage } from '../../utils/commands';
import { createTabRequestListener } from '../../utils/content/page-requests';
import { Session } from '../../utils/content/session';
import { pageTheme } from '../../utils/content/page-theme';
import { createUiStrings } from '../../utils/i18n/create-ui-strings';
import { resolveReaderLanguage } from '../../utils/i18n/reader-language';
import { lexiconFromJSON } from '../../utils/match/lexicon';
import { createMatcher, type Matcher } from '../../utils/match/matcher';
import type { CardData, LexiconPayload } from '../../utils/messaging/protocol';
import { askBackground } from '../../utils/messaging/request';
import { lexiconHasImport, watchImport } from '../../utils/imports/import-record';
import type { Settings } from '../../utils/settings/settings';
import { loadSettings, watchSettings } from '../../utils/settings/settings-store';
import { isActiveOn } from '../../utils/settings/site-rules';
import { textScale } from '../../utils/settings/settings';

// Wiring only: the behaviour lives in utils/content, utils/hover and utils/highlight.
// Every frame runs its own copy (allFrames): it scans, paints and shows cards in its own document.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    let settings: Settings = await loadSettings();
    let lexicon: Promise<{ matcher: Matcher; payload: LexiconPayload }> | undefined;
    let session: Session | undefined;
    let activation: AbortController | undefined;
    const cards = new Map<string, Promise<CardData | null>>();

    const loadCard = (id: string) => {
      let card = cards.get(id);
      if (!card) {
        card = askBackground({ type: 'getCard', id });
        card.catch(() => cards.delete(id));
        cards.set(id, card);
      }
      return card;
    };
    // The import version last heard from storage (undefined: no change since this page loaded).
    let expectedImport: string | null | undefined;
    // After an import changes, a lexicon still naming the old data (the background had not
    // reloaded it yet) is asked for again, a few times.
    const fetchLexicon = async (): Promise<LexiconPayload> => {
      for (let attempt = 1; ; attempt++) {
        const payload = await askBackground({ type: 'getLexicon' });
        const expected = expectedImport;
        if (expected === undefined || attempt >= 10) return payload;
        if (lexiconHasImport(payload.lexicon.dataVersion, expected)) return payload;
        await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 100));
      }
    };
    const getLexicon = () => {
      const current = (lexicon ??= fetchLexicon().then((payload) => ({
        payload,
        matcher: createMatcher(lexiconFromJSON(payload.lexicon)),
      })));
      current.catch(() => {
        if (lexicon === current) lexicon = undefined; // the next start asks again
      });
      return current;
    };

    const stop = () => {
      activation?.abort();
      session?.stop();
      session = activation = undefined;
    };
    const start = async () => {
      if (session || !isActiveOn(location.href, settings)) return;
      const controller = (activation = new AbortController());
      const { matcher, payload } = await getLexicon();
      if (controller.signal.aborted || ctx.isInvalid) return;
      session = new Session({
        doc: document,
        matcher,
        types: payload.types,
        settings: () => settings,
        view: () => {
          const readerLang = resolveReaderLanguage(settings.cardLanguage, navigator.languages);
          return {
            readerLang,
            strings: createUiStrings(readerLang, payload.cardMessages[readerLang]),
            pageLang: document.documentElement.lang || undefined,
            theme: settings.theme === 'auto' ? pageTheme(document) : settings.theme,
            textScale: textScale(settings.textSize),
            hoverDelayMs: settings.hoverDelayMs,
          };
        },
        loadCard,
        timers: {
          set: (callback, ms) => ctx.setTimeout(callback, ms),
          clear: (handle) => clearTimeout(handle),
          frame: (callback) => void ctx.requestAnimationFrame(callback),
        },
        signal: controller.signal,
      });
      session.start();
    };

    ctx.onInvalidated(stop);
    ctx.onInvalidated(
      watchSettings((next) => {
        settings = next;
        if (!isActiveOn(location.href, settings)) stop();
        else if (session) session.applySettings();
        else void start();
      }),
    );

    // An import added, replaced or removed in the options page: new lexicon, new cards, rescan.
    ctx.onInvalidated(
      watchImport((importVersion) => {
        expectedImport = importVersion;
        lexicon = undefined;
        cards.clear();
        if (session || activation) {
          stop();
          void start();
        }
      }),
    );

    browser.runtime.onMessage.addListener(
      createTabRequestListener(
        {
          info: () => ({
            url: location.href,
            lang: document.documentElement.lang || undefined,
            active: isActiveOn(location.href, settings),
          }),
          mentions: () => session?.summary() ?? [],
          scanComplete: () => session?.mentions.idle ?? false,
          reveal: (entryId) => session?.reveal(entryId) ?? false,
        },
        browser.runtime.id,
      ),
    );
    const onNavigate = (message: unknown) => {
      if (isNavigateMessage(message) && window === window.top)
        session?.cards.navigate(message.direction);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onNavigate);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onNavigate));

    await start();
  },
});
