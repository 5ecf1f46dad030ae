import { describe, expect, it } from 'vitest';
import * as lite from '../../../utils/knowledge-base/schema-lite';
import * as schema from '../../../utils/knowledge-base/schema';

describe('schema-lite (the content script’s zod-free schema)', () => {
  it('has the same constants as the schema', () => {
    expect(lite.CARD_LANGUAGES).toEqual(schema.CARD_LANGUAGES);
    expect(lite.NAME_LANGUAGES).toEqual(schema.NAME_LANGUAGES);
    expect(lite.ENTRY_TYPES).toEqual(schema.ENTRY_TYPES);
    expect(lite.ENTRY_TYPES).toEqual(schema.EntrySchema.shape.type.options);
  });

  it('has the same helpers', () => {
    expect(lite.aliasObject('UN')).toEqual(schema.aliasObject('UN'));
    const alias = { text: 'SCO', caseSensitive: true };
    expect(lite.aliasObject(alias)).toEqual(schema.aliasObject(alias));
  });

  it('has every runtime export of the schema that is not a zod schema', () => {
    const plain = Object.keys(schema).filter((k) => !k.endsWith('Schema'));
    expect(Object.keys(lite).sort()).toEqual(plain.sort());
  });
});
