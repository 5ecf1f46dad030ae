import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES } from '../../../utils/knowledge-base/model';
import { packEntryTypes, unpackEntryTypes } from '../../../utils/messaging/entry-types';

describe('packed entry types', () => {
  it('packs each type as one digit and unpacks the same list', () => {
    const types = [...ENTRY_TYPES, 'place', 'person'] as const;
    const packed = packEntryTypes(types);
    expect(packed).toBe('012345610');
    expect(unpackEntryTypes(packed)).toEqual(types);
  });

  it('refuses a character that names no type', () => {
    expect(() => unpackEntryTypes('07')).toThrow('no entry type 7');
  });
});
