import { describe, expect, it } from 'vitest';
import * as lite from '../../../utils/knowledge-base/schema-lite';
import * as schema from '../../../utils/knowledge-base/schema';

describe('schema-lite (the zod-free schema of the content script and pages)', () => {
  // Builds other than the background's resolve `schema` to schema-lite: an export missing here
  // would fail them (or, worse, be undefined at run time).
  it('has every runtime export of the schema that is not a zod schema', () => {
    const plain = Object.keys(schema).filter((k) => !k.endsWith('Schema'));
    expect(Object.keys(lite).sort()).toEqual(plain.sort());
  });
});
