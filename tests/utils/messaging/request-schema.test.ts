import { describe, expect, it } from 'vitest';
import {
  MAX_FIND_CHARS,
  MAX_FIND_TEXTS,
  MAX_IDS_PER_REQUEST,
} from '../../../utils/messaging/protocol';
import { RequestSchema } from '../../../utils/messaging/request-schema';

describe('RequestSchema', () => {
  it.each([
    { type: 'getEntry', id: 'wang-yi' },
    { type: 'getEntries', ids: ['wang-yi', 'almaty'] },
    { type: 'getEntries', ids: [] },
    { type: 'getStatus' },
    { type: 'getLexicon' },
    // The clone probe as it arrives (clone-probe.ts): a typed array, or what JSON made of it.
    { type: 'getLexicon', probe: new Uint8Array(1) },
    { type: 'getLexicon', probe: { 0: 0 } },
    { type: 'findMentions', dataVersion: 'v', shortForms: true, texts: ['Talks in Almaty', ''] },
  ])('accepts $type', (request) => {
    expect(RequestSchema.parse(request)).toEqual(request);
  });

  it.each([
    ['an unknown type', { type: 'deleteEverything' }],
    ['no type', { id: 'wang-yi' }],
    ['a missing id', { type: 'getEntry' }],
    ['an id that is not an entry id', { type: 'getEntry', id: '<img src=x>' }],
    ['an id of the wrong type', { type: 'getEntry', id: 42 }],
    ['an unexpected field', { type: 'getStatus', extra: true }],
    ['ids that are not a list', { type: 'getEntries', ids: 'wang-yi' }],
    ['too many ids', { type: 'getEntries', ids: Array(MAX_IDS_PER_REQUEST + 1).fill('a') }],
    [
      'findMentions without its data version',
      { type: 'findMentions', shortForms: true, texts: [] },
    ],
    [
      'findMentions with too many texts',
      {
        type: 'findMentions',
        dataVersion: 'v',
        shortForms: false,
        texts: Array(MAX_FIND_TEXTS + 1).fill('a'),
      },
    ],
    [
      'findMentions with too much text in all',
      {
        type: 'findMentions',
        dataVersion: 'v',
        shortForms: false,
        texts: ['a'.repeat(MAX_FIND_CHARS), 'b'],
      },
    ],
    ['a string', 'getStatus'],
    ['null', null],
  ])('refuses %s', (_what, request) => {
    expect(RequestSchema.safeParse(request).success).toBe(false);
  });
});
