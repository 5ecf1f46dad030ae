import { describe, expect, it } from 'vitest';
import { KnowledgeBaseSchema } from '../../../utils/knowledge-base/schema';
import { parseStoredImport, toStoredImport } from '../../../utils/imports/stored-import';
import { goodImportText } from './import-fixtures';

const kb = KnowledgeBaseSchema.parse(JSON.parse(goodImportText));

describe('parseStoredImport', () => {
  it('gives back a stored import as stored', () => {
    const stored = toStoredImport('mine.json', kb, 5);
    expect(parseStoredImport(structuredClone(stored))).toEqual(stored);
  });

  it.each([
    ['nothing', null],
    ['not an object', 'x'],
    ['no file name', { knowledgeBase: kb }],
    ['an invalid knowledge base', { fileName: 'a.json', knowledgeBase: { entries: [] } }],
  ])('treats %s as no import', (_kind, raw) => {
    expect(parseStoredImport(raw)).toBeNull();
  });

  it('recomputes the version rather than trusting the stored one', () => {
    const stored = { ...toStoredImport('mine.json', kb), version: 'forged' };
    expect(parseStoredImport(stored)?.version).toBe(toStoredImport('x', kb).version);
  });
});
