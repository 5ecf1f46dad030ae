/**
 * What the content layer asks of the card it shows, and nothing of how it is drawn: the content
 * entrypoint hands in a renderer (components/ draws it with Preact), so utils/content never
 * imports components/ and is tested with a fake renderer.
 */
import type { UiStrings } from '../i18n/create-ui-strings';
import type { CardLanguage } from '../knowledge-base/model';
import type { CardData } from '../messaging/protocol';

/** Where the card goes: a live range over the mention (floating-ui's virtual element), and the pointer. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList;
  contextElement?: Element;
  /** The pointer, to pick the line of a mention that wraps. */
  point?: { x: number; y: number };
}

/** A card to show: which entry, where, and why. */
export interface OpenCard {
  /** Changes with every opening (resets the history). */
  serial: number;
  entryId: string;
  /** The mention's text as the page writes it. */
  surface: string;
  /**
   * Every entry found at the point, longest first: the mention, then the names inside it there
   * (China–Kazakhstan relations, then Kazakhstan). The first is `entryId`; absent or one: only it.
   */
  entries?: readonly { entryId: string; surface: string }[];
  anchor: CardAnchor;
  /** The mention's text direction (the card aligns with its start edge). */
  dir: 'ltr' | 'rtl';
  /** Move focus into the card once shown (keyboard). */
  focus: boolean;
  /**
   * The page's publication date, read when the card opened (each frame and each same-document
   * navigation its own); null when the page gives none or the card in time is off.
   */
  pageDate?: { date: string } | null;
}

/** Everything the card is drawn from; a new call replaces the previous one. */
export interface CardProps {
  open: OpenCard | null;
  loadCard: (id: string) => Promise<CardData | null>;
  readerLang: CardLanguage;
  /** The card's labels in `readerLang`. */
  strings: UiStrings;
  pageLang?: string;
  theme: 'auto' | 'light' | 'dark';
  textScale: number;
  /** Show a dated page's cards as at its date (the reader's setting). */
  cardInTime: boolean;
  pinned: boolean;
  onTogglePin: () => void;
  onClose: () => void;
}

export interface CardRenderer {
  /** The card's style sheet, installed once in the host's shadow root. */
  css: string;
  /** Draws (or redraws) the card into `mount`, inside the host's shadow root. */
  render(props: CardProps, mount: Element): void;
}
