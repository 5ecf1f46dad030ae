import { describe, expect, it } from 'vitest';
import { bundledJson as bundled } from '../../fixtures/bundled-kb';
import { KnowledgeBaseSchema } from '../../../utils/knowledge-base/schema';
import { NAME_LANGUAGES, aliasObject } from '../../../utils/knowledge-base/model';
import { createSearchIndex, search } from '../../../utils/search/search';

// Whatever the bundled file holds (one entry or all of them), its names must be searchable.
const { entries } = KnowledgeBaseSchema.parse(bundled);
const index = createSearchIndex(entries);
const names = entries.flatMap((entry) =>
  NAME_LANGUAGES.flatMap((lang) =>
    (entry.names[lang] ?? []).map((a) => [entry.id, lang, aliasObject(a).text] as const),
  ),
);

describe('search over the bundled knowledge base', () => {
  it.each(names)('finds %s by its %s name %s, exactly', (id, _lang, name) => {
    const exact = search(index, name).filter((r) => r.kind === 'exact');
    expect(exact.map((r) => r.entryId)).toContain(id);
  });
});

describe('search finds the forms the language rules generate, exactly', () => {
  it.each([
    ['Shanghai Cooperation Organization', 'shanghai-cooperation-organisation'],
    ['Токаевым', 'kassym-jomart-tokayev'],
    ['Шанхайской организацией сотрудничества', 'shanghai-cooperation-organisation'],
  ])('%s → %s', (query, id) => {
    const exact = search(index, query).filter((r) => r.kind === 'exact');
    expect(exact.map((r) => r.entryId)).toContain(id);
  });
});
