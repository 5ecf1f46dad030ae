import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readKnowledgeBaseFolder } from '../../../scripts/lib/kb-files';
import { knowledgeBaseJsonSchemaText } from '../../../utils/knowledge-base/json-schema';

describe('the JSON Schema editors read', () => {
  it('is up to date with the zod schema (run `npm run kb:schema` after changing it)', () => {
    expect(readFileSync('data/knowledge-base.schema.json', 'utf8')).toBe(
      knowledgeBaseJsonSchemaText(),
    );
  });

  it('is the schema every part of the bundled folder names in $schema', () => {
    const { parts } = readKnowledgeBaseFolder();
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      expect(JSON.parse(part.text).$schema, part.name).toBe('../knowledge-base.schema.json');
    }
  });

  it('describes entries and requires all four card languages', () => {
    const schema = JSON.parse(knowledgeBaseJsonSchemaText());
    const entry = schema.properties.entries.items;
    expect(entry.required).toEqual(
      expect.arrayContaining(['id', 'type', 'names', 'summary', 'facts']),
    );
    expect(entry.properties.summary.required).toEqual(['ar', 'en', 'zh', 'ru']);
    expect(entry.properties.names.required).toEqual(['ar', 'en', 'zh', 'ru']);
  });
});
