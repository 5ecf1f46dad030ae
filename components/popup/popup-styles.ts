/**
 * The popup's stylesheet (the fact card brings its own, FACT_CARD_CSS). Same palette and fonts
 * as the card, logical properties throughout so the Arabic interface mirrors.
 */
export const POPUP_CSS = `
:root { color-scheme: light dark; }
html, body { margin: 0; }
body { inline-size: 380px; min-block-size: 200px; }
.qp-app {
  --qp-bg: #ffffff; --qp-fg: #202122; --qp-muted: #54595d; --qp-border: #c8ccd1;
  --qp-soft: #eaecf0; --qp-accent: #3366cc; --qp-active: #eaf3ff; --qp-mark: #fef6e7;
  display: flex; flex-direction: column; min-block-size: 200px;
  background: var(--qp-bg); color: var(--qp-fg);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
}
@media (prefers-color-scheme: dark) {
  .qp-app {
    --qp-bg: #1b1d21; --qp-fg: #eaecf0; --qp-muted: #a2a9b1; --qp-border: #54595d;
    --qp-soft: #2f3237; --qp-accent: #88a3e8; --qp-active: #233049; --qp-mark: #4a3b12;
  }
}
.qp-app :lang(ar) { font-family: 'Noto Naskh Arabic', 'Geeza Pro', 'Noto Sans Arabic', 'Segoe UI', Tahoma, system-ui, sans-serif; }
.qp-app :lang(zh) { font-family: 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; }
.qp-main { flex: 1; }
.qp-visually-hidden {
  position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap;
}
.qp-search { padding: 12px 12px 8px; }
.qp-input {
  box-sizing: border-box; inline-size: 100%; padding: 8px 10px;
  border: 1px solid var(--qp-border); border-radius: 6px;
  background: var(--qp-bg); color: var(--qp-fg); font: inherit; font-size: 15px;
}
.qp-input:focus { outline: 2px solid var(--qp-accent); outline-offset: -1px; border-color: var(--qp-accent); }
.qp-results, .qp-mentions { list-style: none; margin: 0; padding: 0; }
.qp-results { padding-block-end: 6px; }
.qp-result { padding: 6px 12px; cursor: pointer; border-inline-start: 3px solid transparent; }
.qp-result[aria-selected='true'] { background: var(--qp-active); border-inline-start-color: var(--qp-accent); }
.qp-result-names { display: flex; align-items: baseline; gap: 8px; min-inline-size: 0; }
/* One line per name: long names end in an ellipsis rather than pushing the list down. */
.qp-result-title, .qp-result-other { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; min-inline-size: 0; }
.qp-result-title { flex: 0 1 auto; font-weight: 600; }
.qp-result-other { flex: 0 10 auto; color: var(--qp-muted); }
.qp-result-names .qp-type { flex: none; }
.qp-result-summary {
  display: block; overflow: hidden; white-space: nowrap; text-overflow: ellipsis;
  color: var(--qp-muted); font-size: 0.9em;
}
.qp-app mark { background: var(--qp-mark); color: inherit; border-radius: 2px; font-weight: 700; }
.qp-type {
  margin: 0; color: var(--qp-muted); font-size: 0.78em; font-weight: 600;
  font-variant-caps: all-small-caps; letter-spacing: 0.04em;
}
.qp-app :lang(ar) .qp-type, .qp-app :lang(zh) .qp-type, .qp-app:lang(ar) .qp-type { letter-spacing: normal; }
.qp-result-names .qp-type { margin-inline-start: auto; }
.qp-page { padding: 0 12px 8px; }
.qp-heading { margin: 4px 0 6px; font-size: 0.95em; font-weight: 600; }
.qp-page-date { margin: -2px 0 6px; color: var(--qp-muted); font-size: 0.85em; }
.qp-group { margin-block-end: 6px; }
.qp-mention {
  display: flex; justify-content: space-between; gap: 8px; inline-size: 100%;
  padding: 4px 6px; border: 0; border-radius: 4px; background: none; color: inherit;
  font: inherit; text-align: start; cursor: pointer;
}
.qp-mention:hover, .qp-mention:focus-visible { background: var(--qp-active); }
.qp-count { color: var(--qp-muted); font-size: 0.85em; white-space: nowrap; }
.qp-note { margin: 8px 12px; color: var(--qp-muted); }
.qp-page .qp-note { margin-inline: 0; }
.qp-footer { border-block-start: 1px solid var(--qp-soft); padding: 8px 12px; font-size: 0.85em; }
.qp-switches { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-block-end: 6px; }
.qp-switch {
  display: inline-flex; align-items: center; gap: 8px; padding: 2px 0; border: 0;
  background: none; color: inherit; font: inherit; cursor: pointer;
}
.qp-switch-track {
  position: relative; flex: none; inline-size: 28px; block-size: 16px; border-radius: 8px;
  background: var(--qp-border); transition: background 0.15s;
}
.qp-switch-track::after {
  content: ''; position: absolute; inset-block-start: 2px; inset-inline-start: 2px;
  inline-size: 12px; block-size: 12px; border-radius: 50%; background: #fff; transition: inset-inline-start 0.15s;
}
.qp-switch[aria-checked='true'] .qp-switch-track { background: var(--qp-accent); }
.qp-switch[aria-checked='true'] .qp-switch-track::after { inset-inline-start: 14px; }
.qp-switch-detail { margin-inline-start: 4px; color: var(--qp-muted); }
.qp-status-row { display: flex; align-items: flex-end; justify-content: space-between; gap: 8px; }
.qp-status { margin: 0; color: var(--qp-muted); }
.qp-version { font-variant-numeric: tabular-nums; }
.qp-link {
  padding: 0; border: 0; background: none; color: var(--qp-accent); font: inherit;
  cursor: pointer; text-decoration: underline; white-space: nowrap;
}
.qp-card { flex: 1; }
@media (prefers-reduced-motion: reduce) { .qp-switch-track, .qp-switch-track::after { transition: none; } }
`;
