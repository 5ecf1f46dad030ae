import { describe, expect, it } from 'vitest';
import { sameFoldTables } from '../../../utils/text/fold-tables-equal';

describe('sameFoldTables', () => {
  const table = Uint16Array.of(1, 2, 3);
  it('compares values, not identity', () => {
    expect(sameFoldTables({ zh: table }, { zh: table.slice() })).toBe(true);
    expect(sameFoldTables({ zh: table }, { zh: Uint16Array.of(1, 2, 4) })).toBe(false);
    expect(sameFoldTables({ zh: table }, { zh: Uint16Array.of(1, 2) })).toBe(false);
  });
  it('needs the same languages', () => {
    expect(sameFoldTables({ zh: table }, {})).toBe(false);
    expect(sameFoldTables({ zh: table }, { ru: table })).toBe(false);
    expect(sameFoldTables({}, {})).toBe(true);
  });
});
