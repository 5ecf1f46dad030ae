/**
 * Styles of the hover card's wrapper in the shadow root, added after FACT_CARD_CSS: the floating
 * box the positioning library moves, the height the viewport leaves, and the live region.
 */
export const HOVER_CARD_CSS = `
.qarina-float {
  position: fixed; top: 0; left: 0;
  inline-size: max-content; max-inline-size: calc(100vw - 16px);
  pointer-events: auto;
}
.qarina-float[data-placed='false'] { visibility: hidden; }
.qarina-float .qarina-card {
  max-block-size: min(480px, var(--qarina-max-block, calc(100vh - 16px)));
}
.qarina-live {
  position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
}
`;
