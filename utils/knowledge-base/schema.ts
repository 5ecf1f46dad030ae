/**
 * The knowledge base's one schema. It is the single source of truth for:
 * - the TypeScript types (`z.infer` below),
 * - the runtime validator (`KnowledgeBaseSchema.safeParse`, used by `kb:check`, the build, the
 *   background and the options page's import),
 * - the JSON Schema file editors use (`npm run kb:schema` writes `data/knowledge-base.schema.json`).
 *
 * Cross-entry rules a JSON Schema cannot express (duplicate ids, dangling relations, alias
 * collisions, unsafe aliases, when facts hold: check-times.ts) live in `check-entries.ts`.
 */
import { z } from 'zod';

// The entry types are the zod-free model's (model.ts), which content scripts and pages use.
import { ENTRY_TYPES } from './model';

const text = z.string().trim().min(1, 'must not be empty');

/** A calendar date, as precise as the source allows: `2025`, `2025-04` or `2025-04-25`. */
export const DateSchema = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  )
  .meta({ description: 'A date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD.' });

/** Only http(s) URLs: a `javascript:` or `data:` link in a card would be a door into the extension. */
export const HttpUrlSchema = z
  .string()
  .regex(/^https?:\/\/[^\s/?#]+\.[^\s]*$/i, 'must be an http:// or https:// URL')
  .meta({ description: 'An http:// or https:// URL.' });

export const AliasObjectSchema = z
  .strictObject({
    /** The name as text writes it. */
    text,
    /** Match only with this exact letter case (acronyms: SCO, UN). */
    caseSensitive: z.boolean().optional().meta({
      description: 'Match only with this exact letter case (acronyms such as SCO or UN).',
    }),
    /**
     * Found by search but never highlighted on pages: for names that are also ordinary words
     * (Arabic شي alone means "thing").
     */
    searchOnly: z.boolean().optional().meta({
      description:
        'Found by the popup search but never highlighted on pages (the name is also an ordinary word).',
    }),
    /** Why this alias has the options it has. */
    note: z.string().optional().meta({ description: 'Why this alias is marked as it is.' }),
  })
  .meta({ description: 'A name with options that change how it matches.' });

export const AliasSchema = z
  .union([text, AliasObjectSchema])
  .meta({ description: 'A name: plain text, or an object with matching options.' });

const nameList = z
  .array(AliasSchema)
  .min(1, 'needs at least one name')
  .meta({ description: 'The first name is the display name; the rest are aliases.' });

export const NamesSchema = z.strictObject({
  ar: nameList,
  en: nameList,
  zh: nameList,
  ru: nameList,
  kk: nameList.optional(),
});

export const SummarySchema = z.strictObject({ ar: text, en: text, zh: text, ru: text }).meta({
  description: 'One to three sentences for a reader who meets the name in a news article.',
});

export const FactTextSchema = z
  .strictObject({ en: text, ar: text, zh: text, ru: text })
  .meta({ description: 'The fact in the four card languages, each as its press writes it.' });

/** A source id from the file's `sources` table, or the dispatch itself with the sentence quoted. */
export const SourceRefSchema = z.union([
  z.string().regex(/^S\d+$/, 'must be a source id such as "S15"'),
  z.strictObject({
    dispatch: text.meta({ description: 'The sentence of the dispatch that states the fact.' }),
  }),
]);

const label = text.meta({ description: 'A short noun phrase naming the role.' });

/** A post, title or comparable state (a chairmanship, a membership) that a period fact is. */
export const RoleSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case ASCII, e.g. "kz-foreign-minister"')
      .meta({
        description:
          'Stable across entries: the same office has the same id ("cn-president", "sco-secretary-general").',
      }),
    en: label,
    ar: label,
    zh: label,
    ru: label,
  })
  .meta({ description: 'The role this period is, so a card can name the role held at a date.' });

/**
 * A fact says when it holds in exactly one way (check-times.ts refuses the rest, located): a
 * period (`from`, optional `until`), a point in time (`on`), or `timeless: true`.
 */
export const FactSchema = z.strictObject({
  text: FactTextSchema,
  /** A period's first date. */
  from: DateSchema.optional().meta({
    description: 'When the period began (a post taken, a membership, a state that still holds).',
  }),
  /** A period's end, as the source states it; absent: still true when the sources were checked. */
  until: DateSchema.optional().meta({
    description:
      'When the period ended, as the source states it. Leave it out while the fact still holds.',
  }),
  /** A point in time: an event, a measured figure, a birth, a signing. */
  on: DateSchema.optional().meta({
    description: 'When it happened or was measured (events, figures, births, signings).',
  }),
  /** True at any time: a definition, what a name means. */
  timeless: z.literal(true).optional().meta({
    description: 'The fact is true at any time (a definition, what a name means).',
  }),
  /** Only on a period: the post, title or state the period is. */
  role: RoleSchema.optional(),
  sources: z.array(SourceRefSchema).min(1, 'every fact needs a source'),
});

export const EntrySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case ASCII, e.g. "wang-yi"')
    .meta({ description: 'Stable id; never reuse or rename once shipped.' }),
  type: z.enum(ENTRY_TYPES),
  names: NamesSchema,
  summary: SummarySchema,
  facts: z.array(FactSchema).min(1, 'needs at least one fact'),
  related: z.array(z.string()).default([]).meta({ description: 'Ids of related entries.' }),
  /** Sentences of the dispatch where the entry occurs (verbatim). */
  dispatch: z.array(text).optional(),
  /** Maintainers' notes on naming choices (left-out aliases and why). */
  notes: z.string().optional(),
});

export const SourceSchema = z.strictObject({
  url: HttpUrlSchema,
  title: text,
  /** Reliability tier: official, agency, official-media, news, wiki, wiki-mirror, reference, other… */
  tier: z.string().optional(),
  /** When the page was last checked against the facts citing it. */
  checked: DateSchema.meta({
    description: 'The date the page was last checked against the facts that cite it.',
  }),
});

export const KnowledgeBaseSchema = z.strictObject({
  $schema: z.string().optional(),
  /** What this file is, for people reading it. */
  title: z.string().optional(),
  /** The data's release date: no fact's date may lie after it. */
  released: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day: YYYY-MM-DD')
    .meta({
      description: "The data's release date (YYYY-MM-DD): no from, until or on may lie after it.",
    }),
  sources: z.record(z.string().regex(/^S\d+$/, 'source ids look like "S15"'), SourceSchema),
  entries: z.array(EntrySchema).min(1),
});

export type Alias = z.infer<typeof AliasSchema>;
export type AliasObject = z.infer<typeof AliasObjectSchema>;
export type Names = z.infer<typeof NamesSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Entry = z.infer<typeof EntrySchema>;
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;
/** What maintainers write (before defaults such as `related: []` are applied). */
export type KnowledgeBaseInput = z.input<typeof KnowledgeBaseSchema>;
