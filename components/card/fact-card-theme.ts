/**
 * The card's design tokens as CSS custom properties: colours for the light and dark themes and
 * the font stacks per script. Kept apart from the layout so a theme can change without touching
 * it. Colours follow Wikipedia's palette (Page Previews' calm, familiar look), at WCAG AA
 * contrast for text.
 */

const LIGHT = `
  --qc-bg: #ffffff;
  --qc-fg: #202122;
  --qc-muted: #54595d;
  --qc-border: #c8ccd1;
  --qc-border-soft: #eaecf0;
  --qc-accent: #3366cc;
  --qc-chip-bg: #f8f9fa;
  --qc-hover-bg: #eaecf0;
  --qc-badge-bg: #fef6e7;
  --qc-badge-fg: #705000;
  --qc-shadow: 0 2px 4px rgba(0, 0, 0, 0.08), 0 8px 24px rgba(0, 0, 0, 0.14);
  color-scheme: light;
`;

const DARK = `
  --qc-bg: #1b1d21;
  --qc-fg: #eaecf0;
  --qc-muted: #a2a9b1;
  --qc-border: #54595d;
  --qc-border-soft: #2f3237;
  --qc-accent: #88a3e8;
  --qc-chip-bg: #27292d;
  --qc-hover-bg: #3a3d42;
  --qc-badge-bg: #3b2f10;
  --qc-badge-fg: #f1d28e;
  --qc-shadow: 0 2px 4px rgba(0, 0, 0, 0.4), 0 8px 24px rgba(0, 0, 0, 0.5);
  color-scheme: dark;
`;

/**
 * Fonts: the system UI font for Latin and Cyrillic; for Arabic and Chinese, the fonts people
 * usually have (Noto on Linux/Android, Geeza Pro/PingFang on Apple, Segoe UI/YaHei on Windows),
 * ending in the system's own choice. Nothing is downloaded into the page.
 */
const FONTS = `
  --qc-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial,
    sans-serif;
  --qc-font-ar: 'Noto Naskh Arabic', 'Geeza Pro', 'Noto Sans Arabic', 'Segoe UI', Tahoma,
    system-ui, sans-serif;
  --qc-font-zh: 'Noto Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
    'Source Han Sans SC', system-ui, sans-serif;
`;

export const FACT_CARD_THEME_CSS = `
.qarina-card, .qarina-card[data-theme='light'] {${LIGHT}${FONTS}}
.qarina-card[data-theme='dark'] {${DARK}}
@media (prefers-color-scheme: dark) {
  .qarina-card[data-theme='auto'] {${DARK}}
}
.qarina-card :lang(ar), .qarina-card:lang(ar) { font-family: var(--qc-font-ar); }
.qarina-card :lang(zh), .qarina-card:lang(zh) { font-family: var(--qc-font-zh); }
/* Letter-spacing breaks Arabic joining and looks odd in Chinese: labels drop it there. */
.qarina-card :lang(ar), .qarina-card :lang(zh) { letter-spacing: normal; }
/* Naskh has a small x-height next to Latin text: Arabic cards set a size up. */
.qarina-card[lang='ar'] { --qc-script-boost: 1.08; }
`;
