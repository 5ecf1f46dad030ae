import { h, render } from 'preact';
import { FACT_CARD_CSS } from '../components/card/fact-card-styles';
import { HoverCard } from '../components/card/HoverCard';
import { HOVER_CARD_CSS } from '../components/card/hover-card-styles';
import { registerCardCode } from '../utils/content/card-loader';
import { findPageDate } from '../utils/page-date/find-page-date';

// Wiring only: what the content script needs only once a card opens (the card drawn by
// components/ with Preact, and the page's date for the card in time), built as card.js and
// imported by the content script on first need (utils/content/card-loader.ts).
export default defineUnlistedScript(() =>
  registerCardCode({
    css: FACT_CARD_CSS + HOVER_CARD_CSS,
    render: (props, mount) => render(h(HoverCard, props), mount),
    findPageDate,
  }),
);
