/**
 * The background's check of every request it receives (protocol.ts, `Request`): zod schemas,
 * so this module stays in the background and extension pages, out of the content script.
 */
import { z } from 'zod';
import { MAX_IMPORT_CHARS } from '../imports/limits';
import { EntrySchema } from '../knowledge-base/schema';
import { MAX_FIND_CHARS, MAX_FIND_TEXTS, MAX_IDS_PER_REQUEST, type Request } from './protocol';

const EntryIdSchema = EntrySchema.shape.id;

export const RequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('getEntry'), id: EntryIdSchema }),
  z.strictObject({
    type: z.literal('getEntries'),
    ids: z.array(EntryIdSchema).max(MAX_IDS_PER_REQUEST),
  }),
  z.strictObject({ type: z.literal('getStatus') }),
  // The probe is whatever the messaging made of a typed array (clone-probe.ts): any value.
  z.strictObject({ type: z.literal('getLexicon'), probe: z.unknown().optional() }),
  z.strictObject({ type: z.literal('getCard'), id: EntryIdSchema }),
  z.strictObject({
    type: z.literal('findMentions'),
    dataVersion: z.string().max(1000),
    shortForms: z.boolean(),
    texts: z
      .array(z.string().max(MAX_FIND_CHARS))
      .max(MAX_FIND_TEXTS)
      .refine((texts) => texts.reduce((sum, t) => sum + t.length, 0) <= MAX_FIND_CHARS, {
        message: `more than ${MAX_FIND_CHARS} code units`,
      }),
  }),
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

// Compile-time check that the schema accepts exactly the protocol's requests.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameRequests: Same<z.infer<typeof RequestSchema>, Request> = true;
