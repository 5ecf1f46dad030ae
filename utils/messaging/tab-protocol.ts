/**
 * Messages from extension pages and the background to a tab's content script (the popup's
 * "On this page", the pause menu's check marks). The other direction is protocol.ts.
 *
 * No zod here: this module is part of the content script. Requests are checked by
 * `parseTabRequest`; only the extension's own pages and background can send them
 * (`tabs.sendMessage` is not available to web pages), and the handler checks the sender too.
 */

/** One entry the page mentions: how often, and its first mention's text as the page writes it. */
export interface PageMentionSummary {
  entryId: string;
  count: number;
  firstText: string;
}

export type TabRequest =
  /** The page's URL and language (for the site switch and the menu's check mark). */
  | { type: 'qarina:pageInfo' }
  /** Every entry the page mentions, in order of first mention. */
  | { type: 'qarina:listMentions' }
  /** Scroll to the first mention of the entry and open its card there. */
  | { type: 'qarina:revealMention'; entryId: string };

export type TabRequestType = TabRequest['type'];

/** What the content script answers to each request. */
export interface TabResponses {
  'qarina:pageInfo': PageInfo;
  'qarina:listMentions': PageMentionList;
  /** False when the page has no (visible) mention of the entry. */
  'qarina:revealMention': boolean;
}

export interface PageInfo {
  url: string;
  /** The page's `lang`, when it declares one. */
  lang?: string;
  /** Whether Qarina is active on the page (not paused there). */
  active: boolean;
}

export interface PageMentionList extends PageInfo {
  mentions: PageMentionSummary[];
  /** False while the first scan is still running (the list may grow). */
  complete: boolean;
}

const ENTRY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The request, if `value` is a well-formed tab request; undefined for anything else. */
export function parseTabRequest(value: unknown): TabRequest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'qarina:pageInfo':
    case 'qarina:listMentions':
      return { type: message.type };
    case 'qarina:revealMention':
      return typeof message.entryId === 'string' && ENTRY_ID.test(message.entryId)
        ? { type: message.type, entryId: message.entryId }
        : undefined;
    default:
      return undefined;
  }
}
