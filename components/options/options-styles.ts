/** The options page's stylesheet: one readable column, logical properties (Arabic mirrors). */
export const OPTIONS_CSS = `
:root { color-scheme: light dark; }
body { margin: 0; background: Canvas; color: CanvasText; }
.qo-app {
  max-inline-size: 44rem; margin: 0 auto; padding: 24px 20px 64px;
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
}
.qo-app:lang(ar), .qo-app :lang(ar) { font-family: 'Noto Naskh Arabic', 'Geeza Pro', 'Noto Sans Arabic', 'Segoe UI', Tahoma, system-ui, sans-serif; }
.qo-app :lang(zh), .qo-app:lang(zh) { font-family: 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; }
h1 { font-size: 1.6em; margin: 0 0 16px; }
h2 { font-size: 1.15em; margin: 0 0 8px; }
.qo-section { margin: 0 0 20px; padding: 0 0 16px; border: 0; border-block-end: 1px solid color-mix(in srgb, CanvasText 15%, transparent); }
.qo-field { margin: 0 0 14px; padding: 0; border: 0; }
.qo-field > legend, .qo-field > label { display: block; margin-block-end: 4px; padding: 0; font-weight: 600; }
.qo-choices { display: flex; flex-wrap: wrap; gap: 6px 18px; }
.qo-choice { display: inline-flex; align-items: center; gap: 6px; }
.qo-range { display: flex; align-items: center; gap: 12px; }
.qo-range input { inline-size: 16rem; }
.qo-sample-underline { text-decoration: underline 2px #3366cc; text-underline-offset: 3px; }
.qo-sample-tint { background: rgba(51, 102, 204, 0.16); border-radius: 3px; padding: 0 3px; }
.qo-note, .qo-hint { color: color-mix(in srgb, CanvasText 65%, transparent); }
.qo-hint { font-size: 0.9em; margin: 6px 0 0; }
.qo-sites { list-style: none; padding: 0; margin: 8px 0; }
.qo-sites li { display: flex; align-items: center; gap: 12px; padding: 2px 0; }
.qo-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.qo-add-site label { display: block; margin: 8px 0 4px; }
.qo-add-site input { inline-size: 18rem; padding: 4px 6px; font: inherit; }
button, .qo-button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid color-mix(in srgb, CanvasText 35%, transparent); background: ButtonFace; color: ButtonText; cursor: pointer; }
.qo-small { padding: 0 8px; font-size: 0.85em; }
.qo-button { position: relative; display: inline-block; }
.qo-file { position: absolute; inset: 0; opacity: 0; cursor: pointer; inline-size: 100%; }
.qo-button:focus-within { outline: 2px solid #3366cc; outline-offset: 2px; }
.qo-error { color: #d73333; font-weight: 600; }
.qo-problems { margin: 8px 0; padding-inline-start: 1.5em; }
.qo-problem { margin-block-end: 6px; }
.qo-problem[data-severity='warning'] { color: color-mix(in srgb, CanvasText 75%, transparent); }
.qo-where { font-weight: 600; }
.qo-problem code { font-size: 0.9em; }
.qo-saved { min-block-size: 1.5em; color: #14866d; }
`;
