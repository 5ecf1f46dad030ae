/**
 * Each entry's type, packed for the lexicon message above the remote-matching threshold: one
 * digit per entry (its index in ENTRY_TYPES) instead of a list of strings, so that at 100,000
 * entries a content script parses about 100 KB rather than about 950 KB before it is ready.
 */
import { ENTRY_TYPES, type EntryType } from '../knowledge-base/model';

export function packEntryTypes(types: readonly EntryType[]): string {
  let packed = '';
  for (const type of types) packed += String(ENTRY_TYPES.indexOf(type));
  return packed;
}

/** The types of a packed string; throws on a character that names no type. */
export function unpackEntryTypes(packed: string): EntryType[] {
  const types = new Array<EntryType>(packed.length);
  for (let i = 0; i < packed.length; i++) {
    const type = ENTRY_TYPES[packed.charCodeAt(i) - 48];
    if (type === undefined) throw new TypeError(`no entry type ${packed[i]!}`);
    types[i] = type;
  }
  return types;
}
