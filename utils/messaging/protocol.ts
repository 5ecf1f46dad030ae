/**
 * The one message protocol of the extension: every message between the background, content
 * scripts and extension pages is named here, with its answer. No validators here (and no zod):
 * content scripts import these types; request-schema.ts checks requests to the background when
 * they arrive, parse-tab-request.ts checks requests to a tab.
 *
 * To add a message to the background: add it to `Request` and its answer to `Responses`, then
 * its schema to request-schema.ts (the compiler checks they agree) and its handler to
 * utils/background/message-handlers.ts (the compiler asks for it). To a tab: add it to
 * `TabRequest` and `TabResponses`, then to parse-tab-request.ts and utils/content/page-requests.ts.
 */
import type { PageDate } from '../page-date/page-date';
import type { MessageTable } from '../i18n/create-ui-strings';
import type { ExportedImport, ImportOutcome } from '../imports/import-service';
import type { DataStatus } from '../imports/with-imports';
import type { CardLanguage, EntryType } from '../knowledge-base/model';
import type { Entry, Source } from '../knowledge-base/schema';

// ── To the background (runtime.sendMessage) ──────────────────────────────────────────────────

/** Far more than a page can show at once; refuses requests built to make the background churn. */
export const MAX_IDS_PER_REQUEST = 500;

/**
 * One findMentions request's limits: texts (a slice's text runs) and code units in all. Runs are
 * batched under them; a run longer than the whole limit (a 10 MB text node) is sent in windows
 * (utils/content/find-windows.ts).
 */
export const MAX_FIND_TEXTS = 4096;
export const MAX_FIND_CHARS = 8_000_000;

/**
 * The text sent on either side of a long run's window (find-windows.ts): more than any mention's
 * length. A mention spans at most the lexicon's longest key plus a chain of clitics
 * (find-mentions.ts: maxKeyLength + MAX_CLITIC_CHAIN) in folded code units, and the page's text
 * can be longer than its folding (marks folding drops). In the remote case the content script
 * does not know maxKeyLength (the background holds the lexicon), so this is a bound no name
 * comes near: the bundled knowledge base's longest name is 158 characters (an agreement's full
 * title); 64K costs a window 1.6% of its 8 M.
 */
export const FIND_WINDOW_MARGIN = 1 << 16;

export type Request =
  | { type: 'getEntry'; id: string }
  | { type: 'getEntries'; ids: string[] }
  | { type: 'getStatus' }
  /**
   * `probe`: a content script sends `cloneProbe()` (clone-probe.ts), a typed array. It arrives as
   * one only where messages are structured-cloned, and then the answer's arrays are bytes too.
   */
  | { type: 'getLexicon'; probe?: unknown }
  | { type: 'getCard'; id: string }
  /**
   * Remote matching (a lexicon above the size threshold): the mentions in a scan slice's texts,
   * found by the background's matcher for `dataVersion` (refused when its data changed since).
   */
  | { type: 'findMentions'; dataVersion: string; shortForms: boolean; texts: string[] }
  /** The popup's search index: every entry, bundled and imported. */
  | { type: 'getAllEntries' }
  /** The options page's import (checked in the background, refused with located errors). */
  | { type: 'importKnowledgeBase'; fileName: string; text: string }
  | { type: 'removeImport' }
  | { type: 'exportImport' };

export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Requests only the extension's own pages may send (never a content script in a web page). */
export const PAGE_ONLY_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'importKnowledgeBase',
  'removeImport',
  'exportImport',
]);

/** What each request is answered with. */
export interface Responses {
  /** `null` when no entry has this id (messages cannot carry `undefined`). */
  getEntry: Entry | null;
  /** In the order asked; unknown ids are skipped. */
  getEntries: Entry[];
  /** Which data answers, its version (bundled and imported together) and entry count. */
  getStatus: DataStatus;
  /** The matcher's data for content scripts, built once per data version. */
  getLexicon: LexiconPayload;
  /** The mentions in each text sent, in order. */
  findMentions: FoundMentions;
  /** Everything a hover card shows for one entry; `null` when no entry has this id. */
  getCard: CardData | null;
  getAllEntries: Entry[];
  /** Accepted (installed in place of any earlier import) or refused with every problem. */
  importKnowledgeBase: ImportOutcome;
  /** The status once the import is gone. */
  removeImport: DataStatus;
  /** The installed import as a file, or null when there is none. */
  exportImport: ExportedImport | null;
}

/**
 * The lexicon in its JSON form (`lexiconToJSON`: Chrome's runtime messaging is JSON-serialised
 * by default, typed arrays would not survive it), or with its arrays' bytes as a Uint8Array
 * (`lexiconForClone`) when the request's probe showed that messages are structured-cloned
 * (Firefox; Chrome 148+ with the manifest's `message_serialization`), with each entry's type by entry index (for the reader's
 * choice of highlighted types). Above the size threshold (utils/background/remote-matching.ts)
 * there is no `lexicon`: the content script sends its texts to the background (findMentions).
 */
export interface LexiconPayload {
  lexicon?: Record<string, unknown>;
  /** The data version the lexicon (local or the background's) was built from. */
  dataVersion: string;
  /** Each entry's type by entry index; empty without a lexicon (then `packedTypes`). */
  types: EntryType[];
  /** Without a lexicon: the types packed one digit an entry (entry-types.ts), 10× smaller. */
  packedTypes?: string;
  /** The card's labels in each card language (content scripts bundle no messages.json). */
  cardMessages: Record<CardLanguage, MessageTable>;
}

/**
 * findMentions' answer. Per text, flat numbers (tens of thousands of mentions: no object each):
 * for each mention `start, end, entryIndex, pattern, lang, needsDocument (0 | 1), innerCount`,
 * then for each name inside it `start, end, entryIndex, pattern, lang, depth, parent` with offsets
 * into the mention's text (utils/match/nested.ts: InnerSpan). `lang` indexes NAME_LANGUAGES.
 */
export interface FoundMentions {
  texts: number[][];
  /** The entry id of every entry index in `texts`. */
  ids: Record<number, string>;
}

/** Numbers per mention and per inner name in `FoundMentions.texts`. */
export const FOUND_MENTION_FIELDS = 7;
export const FOUND_INNER_FIELDS = 7;

/** A card's data: the entry, the sources its facts cite, and names for its related chips. */
export interface CardData {
  entry: Entry;
  sources: Record<string, Source>;
  related: Pick<Entry, 'id' | 'names'>[];
}

/** The envelope every answer travels in, so a failure reaches the sender as data, not a throw. */
export type Reply<T extends RequestType> =
  { ok: true; value: Responses[T] } | { ok: false; error: string };

/** The background's handler for each request type. */
export type MessageHandlers = {
  [T in RequestType]: (request: RequestOf<T>) => Promise<Responses[T]>;
};

// ── To a tab's content script (tabs.sendMessage, top frame) ──────────────────────────────────

export type TabRequest =
  /** The page's URL and language (for the site switch and the menu's check mark). */
  | { type: 'qarina:pageInfo' }
  /** Every entry the page mentions, in order of first mention. */
  | { type: 'qarina:listMentions' }
  /** Scroll to the first mention of the entry and open its card there. */
  | { type: 'qarina:revealMention'; entryId: string }
  /** The keyboard commands: move to the next or previous mention and open its card. */
  | { type: 'qarina:navigate'; direction: 'next' | 'previous' };

export type TabRequestType = TabRequest['type'];

/** What the content script answers to each request. */
export interface TabResponses {
  'qarina:pageInfo': PageInfo;
  'qarina:listMentions': PageMentionList;
  /** False when the page has no (visible) mention of the entry. */
  'qarina:revealMention': boolean;
  /** False when there is no mention to move to. */
  'qarina:navigate': boolean;
}

export interface PageInfo {
  url: string;
  /** The page's `lang`, when it declares one. */
  lang?: string;
  /** Whether Qarina is active on the page (not paused there). */
  active: boolean;
}

/** One entry the page mentions: how often, and its first mention's text as the page writes it. */
export interface PageMentionSummary {
  entryId: string;
  count: number;
  firstText: string;
}

export interface PageMentionList extends PageInfo {
  mentions: PageMentionSummary[];
  /** The page's date (utils/page-date/), read when asked; null when it has no confident one. */
  pageDate?: PageDate | null;
  /** False while the first scan is still running (the list may grow). */
  complete: boolean;
}
