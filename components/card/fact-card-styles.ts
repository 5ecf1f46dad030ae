/**
 * The fact card's stylesheet, as a string: the content script injects it into the card's shadow
 * root and the popup into its document (`<style>{FACT_CARD_CSS}</style>`). Logical properties
 * throughout (margin-inline-start, not margin-left) so right-to-left cards mirror.
 *
 * Host knobs: `data-theme` on the card (light | dark | auto), `--qarina-scale` (text size
 * factor, settable on the shadow host: custom properties inherit into shadow trees).
 */
import { FACT_CARD_THEME_CSS } from './fact-card-theme';

const LAYOUT = `
.qarina-card {
  /* Inherited page styles (letter-spacing, text-transform, fonts) stop at the card. */
  all: initial;
  box-sizing: border-box;
  position: relative;
  display: flex;
  flex-direction: column;
  inline-size: 360px;
  max-inline-size: calc(100vw - 16px);
  max-block-size: min(480px, calc(100vh - 16px));
  overflow: hidden;
  background: var(--qc-bg);
  color: var(--qc-fg);
  border: 1px solid var(--qc-border);
  border-radius: 8px;
  box-shadow: var(--qc-shadow);
  font-family: var(--qc-font);
  font-size: calc(14px * var(--qarina-scale, 1) * var(--qc-script-boost, 1));
  line-height: 1.5;
  text-align: start;
  overflow-wrap: anywhere;
}
.qarina-card *, .qarina-card *::before, .qarina-card *::after { box-sizing: border-box; }
/* Text in another direction than the card (an Arabic name on an English card) keeps its own
   dir for shaping and punctuation, but lines up with the card's start edge like everything else. */
.qarina-card [dir] { text-align: -webkit-match-parent; text-align: match-parent; }
.qarina-card:focus { outline: none; }
.qarina-card[data-variant='popup'] {
  inline-size: 100%; max-inline-size: none; max-block-size: none;
  border: 0; border-radius: 0; box-shadow: none;
}
.qc-header { padding-block: 10px; padding-inline: 16px 10px; border-block-end: 1px solid var(--qc-border-soft); }
.qc-toolbar { display: flex; align-items: center; gap: 2px; min-block-size: 28px; }
.qc-type {
  flex: 1; color: var(--qc-muted); font-size: 0.8em; font-weight: 600;
  font-variant-caps: all-small-caps; letter-spacing: 0.05em;
}
.qc-button {
  appearance: none; display: inline-grid; place-items: center; flex: none;
  inline-size: 28px; block-size: 28px; margin: 0; padding: 0;
  border: 0; border-radius: 6px; background: transparent; color: var(--qc-muted);
  font: inherit; cursor: pointer;
}
.qc-back { margin-inline-start: -8px; }
.qc-button:hover { background: var(--qc-hover-bg); color: var(--qc-fg); }
.qc-pin[data-pinned] { color: var(--qc-accent); }
.qc-icon { display: block; }
[dir='rtl'] .qc-back .qc-icon { transform: scaleX(-1); }
.qc-title { margin: 2px 0 0; padding-inline-end: 6px; font-size: 1.45em; font-weight: 600; line-height: 1.25; }
.qc-page-name { margin: 2px 0 0; font-size: 1.05em; color: var(--qc-muted); }
.qc-names {
  display: flex; flex-wrap: wrap; gap: 0 12px; margin: 6px 0 0; padding: 0;
  list-style: none; font-size: 0.8em; color: var(--qc-muted);
}
.qc-name bdi { color: var(--qc-fg); }
.qc-body { flex: 1 1 auto; min-block-size: 0; overflow-y: auto; overscroll-behavior: contain; padding: 12px 16px 14px; }
.qarina-card[data-variant='popup'] .qc-body { overflow: visible; }
.qc-body:focus { outline: none; }
.qc-body:focus-visible { outline: 2px solid var(--qc-accent); outline-offset: -2px; }
/* More below (MoreCue): a fade over the body's last visible lines, and a button to scroll on.
   The body is the card's last box, so the card's block end is the body's. */
.qc-more {
  position: absolute; inset-inline: 0; inset-block-end: 0;
  display: flex; align-items: flex-end; justify-content: center;
  block-size: 3.25em; padding-block-end: 6px;
  background: linear-gradient(transparent, var(--qc-bg) 70%);
  pointer-events: none;
}
.qc-more-button {
  appearance: none; pointer-events: auto; display: inline-flex; align-items: center; gap: 4px;
  margin: 0; padding-block: 1px; padding-inline: 10px 8px; border: 1px solid var(--qc-border); border-radius: 999px;
  background: var(--qc-bg); color: var(--qc-accent); font: inherit; font-size: 0.8em; cursor: pointer;
}
.qc-more-button:hover { background: var(--qc-hover-bg); }
.qc-summary { margin: 0 0 10px; }
/* The card in time (a dated page): the roles then, the switch to today, and what changed since. */
.qc-then { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; margin-block-start: 8px; font-size: 0.85em; }
.qc-then-line { flex: 1 1 100%; margin: 0; padding-block: 4px; padding-inline: 8px; border-inline-start: 3px solid var(--qc-accent); background: var(--qc-chip-bg); border-radius: 4px; }
.qc-then-roles { font-weight: 600; }
.qc-switch {
  appearance: none; margin: 0; padding: 1px 10px; border: 1px solid var(--qc-border); border-radius: 999px;
  background: transparent; color: var(--qc-accent); font: inherit; font-size: 0.95em; cursor: pointer;
}
.qc-switch:hover { background: var(--qc-hover-bg); }
.qc-since { margin: 0 0 10px; padding-block: 6px; padding-inline: 10px; border-radius: 6px; background: var(--qc-chip-bg); }
.qc-since-list { margin: 0; padding: 0; list-style: none; font-size: 0.88em; }
.qc-since-item + .qc-since-item { margin-block-start: 2px; }
.qc-surface { margin: 0 0 10px; font-size: 0.85em; color: var(--qc-muted); }
.qc-surface-text { color: var(--qc-fg); font-weight: 500; }
.qc-facts { margin: 0; padding: 0; list-style: none; border-block-start: 1px solid var(--qc-border-soft); }
.qc-fact { padding-block: 8px; border-block-end: 1px solid var(--qc-border-soft); }
.qc-fact-text { margin: 0; font-size: 0.93em; }
.qc-fact-meta {
  display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 10px;
  margin-block-start: 2px; font-size: 0.8em; color: var(--qc-muted);
}
.qc-when { font-variant-numeric: tabular-nums; }
.qc-fallback { padding-inline: 6px; border-radius: 999px; background: var(--qc-badge-bg); color: var(--qc-badge-fg); }
.qc-sources { display: inline-flex; flex-wrap: wrap; gap: 2px 8px; }
.qc-source { color: var(--qc-accent); text-decoration: none; cursor: pointer; }
a.qc-source:hover { text-decoration: underline; }
.qc-source-missing { color: var(--qc-muted); cursor: default; }
.qc-dispatch > summary { list-style: none; text-decoration: underline dotted; }
.qc-dispatch > summary::-webkit-details-marker { display: none; }
.qc-sources:has(.qc-dispatch[open]), .qc-dispatch[open] { flex-basis: 100%; }
.qc-quote {
  margin: 4px 0 0; padding-inline-start: 10px; border-inline-start: 3px solid var(--qc-border);
  color: var(--qc-fg); font-size: 1.1em;
}
.qc-related { margin-block-start: 12px; }
.qc-section-label {
  margin: 0 0 6px; font-size: 0.75em; font-weight: 600; color: var(--qc-muted);
  text-transform: uppercase; letter-spacing: 0.06em;
}
.qc-chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.qc-chip {
  appearance: none; max-inline-size: 100%; margin: 0; padding: 2px 10px;
  border: 1px solid var(--qc-border); border-radius: 999px;
  background: var(--qc-chip-bg); color: var(--qc-fg); font: inherit; font-size: 0.85em; cursor: pointer;
}
.qc-chip:hover { border-color: var(--qc-accent); background: var(--qc-hover-bg); }
/* Entries at this point (a name and the names inside it): a short list, the expanded one marked. */
.qc-at-point { margin-block-start: 8px; }
.qc-at-point-list { display: flex; flex-direction: column; gap: 2px; margin: 0; padding: 0; list-style: none; }
.qc-at-point-list > li { padding-inline-start: calc(var(--qc-depth, 0) * 12px); }
.qc-at-point-item {
  appearance: none; max-inline-size: 100%; margin: 0; padding: 1px 8px; text-align: start;
  border: 1px solid transparent; border-radius: 6px;
  background: transparent; color: var(--qc-accent); font: inherit; font-size: 0.88em; cursor: pointer;
}
.qc-at-point-item:hover { background: var(--qc-hover-bg); }
.qc-at-point-item[aria-current='true'] { border-color: var(--qc-border); background: var(--qc-chip-bg); color: var(--qc-fg); font-weight: 600; }
.qc-button:focus-visible, .qc-chip:focus-visible, .qc-at-point-item:focus-visible, .qc-switch:focus-visible, .qc-source:focus-visible, .qc-more-button:focus-visible {
  outline: 2px solid var(--qc-accent); outline-offset: 1px;
}
.qc-visually-hidden {
  position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
}
@media (prefers-reduced-motion: no-preference) {
  .qc-button, .qc-chip { transition: background-color 0.12s, border-color 0.12s; }
}
@media (forced-colors: active) {
  .qarina-card { border: 1px solid CanvasText; }
  .qc-chip, .qc-button, .qc-more-button, .qc-switch { border: 1px solid ButtonText; }
  .qc-at-point-item[aria-current='true'] { border: 1px solid Highlight; }
}
`;

/** The complete card stylesheet: theme tokens, fonts and layout. */
export const FACT_CARD_CSS = FACT_CARD_THEME_CSS + LAYOUT;
