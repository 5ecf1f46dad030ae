/**
 * The reader's settings: one object in extension storage (`local:settings`), so it survives
 * clearing a site's cookies and reaches every context (content scripts included) with one watch.
 * No zod here: this module is part of the content script, which must stay small.
 */
import { ENTRY_TYPES, type EntryType } from '../knowledge-base/model';

export const CARD_LANGUAGE_SETTINGS = ['auto', 'ar', 'en', 'zh', 'ru'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'tint', 'none'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

export interface Settings {
  /** The card's language: from the browser ('auto') or fixed. */
  cardLanguage: (typeof CARD_LANGUAGE_SETTINGS)[number];
  highlightStyle: (typeof HIGHLIGHT_STYLES)[number];
  /** Hover intent before a card opens, in ms. */
  hoverDelayMs: number;
  textSize: (typeof TEXT_SIZES)[number];
  theme: (typeof THEMES)[number];
  /** Entry types that are highlighted on pages (search finds every type). */
  highlightTypes: EntryType[];
  /** Host patterns where Qarina is off: `example.com` (and its subdomains), `*.news.*`. */
  disabledSites: string[];
  /** Qarina is paused on every site. */
  pausedEverywhere: boolean;
  /** On a page with a publication date, cards show the entry as it stood then (and what changed since). */
  cardInTime: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  cardLanguage: 'auto',
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  textSize: 'medium',
  theme: 'auto',
  highlightTypes: [...ENTRY_TYPES],
  disabledSites: [],
  pausedEverywhere: false,
  cardInTime: true,
});

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

/**
 * A complete, valid settings object from whatever storage holds: unknown fields are dropped and
 * each missing or invalid field falls back to its default, so one bad value never resets the rest.
 */
export function normalizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const delay = value.hoverDelayMs;
  return {
    cardLanguage: oneOf(CARD_LANGUAGE_SETTINGS, value.cardLanguage, d.cardLanguage),
    highlightStyle: oneOf(HIGHLIGHT_STYLES, value.highlightStyle, d.highlightStyle),
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, Math.round(delay)))
        : d.hoverDelayMs,
    textSize: oneOf(TEXT_SIZES, value.textSize, d.textSize),
    theme: oneOf(THEMES, value.theme, d.theme),
    highlightTypes: Array.isArray(value.highlightTypes)
      ? ENTRY_TYPES.filter((t) => (value.highlightTypes as unknown[]).includes(t))
      : [...d.highlightTypes],
    disabledSites: Array.isArray(value.disabledSites)
      ? [
          ...new Set(
            value.disabledSites
              .filter((s): s is string => typeof s === 'string')
              .map((s) => s.trim().toLowerCase())
              .filter(Boolean),
          ),
        ]
      : [],
    pausedEverywhere: value.pausedEverywhere === true,
    cardInTime: typeof value.cardInTime === 'boolean' ? value.cardInTime : d.cardInTime,
  };
}

/** The card text scale for a text size. */
export function textScale(size: Settings['textSize']): number {
  return size === 'small' ? 0.9 : size === 'large' ? 1.15 : 1;
}
