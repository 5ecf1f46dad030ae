import { bundledJson } from '../../fixtures/bundled-kb';
import {
  KnowledgeBaseSchema,
  type Entry,
  type KnowledgeBase,
  type Source,
} from '../../../utils/knowledge-base/schema';

/** The bundled file, validated: tests copy its first entry rather than depend on its content. */
export const bundled: KnowledgeBase = KnowledgeBaseSchema.parse(bundledJson);

const template = bundled.entries[0]!;

/** A valid entry with this id; `summary` sets its English summary (to tell versions apart). */
export function entry(id: string, summary = `About ${id}.`): Entry {
  const copy = structuredClone(template);
  return { ...copy, id, summary: { ...copy.summary, en: summary } };
}

export function source(title: string): Source {
  return { url: 'https://example.org/source', title, checked: '2026-12-05' };
}

/** A valid knowledge base with these entries and sources. */
export function knowledgeBase(
  entries: Entry[],
  sources: Record<string, Source> = {},
): KnowledgeBase {
  return KnowledgeBaseSchema.parse({
    released: '2026-12-06',
    sources: { S15: source('Wang Yi'), ...sources },
    entries,
  });
}
