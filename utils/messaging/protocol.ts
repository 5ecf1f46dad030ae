/**
 * The one message protocol between content scripts (and pages) and the background.
 *
 * To add a message: add its request schema to `RequestSchema` and its answer to `Responses`. The
 * compiler then asks for a handler in the background (`MessageHandlers`), and `sendRequest`
 * knows the new type. Requests are checked against `RequestSchema` when they arrive.
 */
import { z } from 'zod';
import { MAX_IMPORT_CHARS } from '../imports/limits';
import type { ExportedImport, ImportOutcome } from '../imports/import-service';
import type { DataStatus } from '../imports/with-imports';
import type { MessageTable } from '../i18n/create-ui-strings';
import { EntrySchema, type Entry, type Source } from '../knowledge-base/schema';
import type { CardLanguage, EntryType } from '../knowledge-base/model';

const EntryIdSchema = EntrySchema.shape.id;

/** Far more than a page can show at once; refuses requests built to make the background churn. */
export const MAX_IDS_PER_REQUEST = 500;

export const RequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('getEntry'), id: EntryIdSchema }),
  z.strictObject({
    type: z.literal('getEntries'),
    ids: z.array(EntryIdSchema).max(MAX_IDS_PER_REQUEST),
  }),
  z.strictObject({ type: z.literal('getStatus') }),
  z.strictObject({ type: z.literal('getLexicon') }),
  z.strictObject({ type: z.literal('getCard'), id: EntryIdSchema }),
  // The popup's search index: every entry, bundled and imported.
  z.strictObject({ type: z.literal('getAllEntries') }),
  // The options page's import. Larger texts than the limit still arrive, to be refused with a
  // located error rather than as a malformed request.
  z.strictObject({
    type: z.literal('importKnowledgeBase'),
    fileName: z.string().min(1).max(255),
    text: z.string().max(4 * MAX_IMPORT_CHARS),
  }),
  z.strictObject({ type: z.literal('removeImport') }),
  z.strictObject({ type: z.literal('exportImport') }),
]);

/** Requests only the extension's own pages may send (never a content script in a web page). */
export const PAGE_ONLY_REQUESTS: ReadonlySet<string> = new Set([
  'importKnowledgeBase',
  'removeImport',
  'exportImport',
]);

export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

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
 * The lexicon in its JSON form (`lexiconToJSON`: Chrome's runtime messaging is JSON-serialised,
 * typed arrays would not survive it), with each entry's type by entry index (for the reader's
 * choice of highlighted types).
 */
export interface LexiconPayload {
  lexicon: Record<string, unknown>;
  types: EntryType[];
  /** The card's labels in each card language (content scripts bundle no messages.json). */
  cardMessages: Record<CardLanguage, MessageTable>;
}

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

// Compile-time check that the schema and the answers list the same message types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameTypes: Same<RequestType, keyof Responses> = true;
