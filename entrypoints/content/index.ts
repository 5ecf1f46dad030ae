import './highlights.css';
import { importCardCode } from '../../utils/content/card-loader';
import { runContentScript } from '../../utils/content/content-script';

// Wiring only: the behaviour lives in utils/content (with utils/hover and utils/highlight). The
// card (components/, Preact) is not in this script: it is card.js (entrypoints/card.ts), imported
// from the extension's files when the page first needs a card. Every frame runs its own copy
// (allFrames): it scans, paints and shows cards in its own document.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main: (ctx) =>
    runContentScript({
      ctx,
      card: () => importCardCode(browser.runtime.getURL('/card.js')),
    }),
});
