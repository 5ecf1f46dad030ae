import './highlights.css';
import { h, render } from 'preact';
import { FACT_CARD_CSS } from '../../components/card/fact-card-styles';
import { HoverCard } from '../../components/card/HoverCard';
import { HOVER_CARD_CSS } from '../../components/card/hover-card-styles';
import { runContentScript } from '../../utils/content/content-script';

// Wiring only: the behaviour lives in utils/content (with utils/hover and utils/highlight); the
// card is drawn by components/. Every frame runs its own copy (allFrames): it scans, paints and
// shows cards in its own document.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main: (ctx) =>
    runContentScript({
      ctx,
      renderer: {
        css: FACT_CARD_CSS + HOVER_CARD_CSS,
        render: (props, mount) => render(h(HoverCard, props), mount),
      },
    }),
});
