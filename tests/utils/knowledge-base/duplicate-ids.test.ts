import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBaseText } from '../../../utils/knowledge-base/check-knowledge-base';
import type { KnowledgeBaseInput } from '../../../utils/knowledge-base/schema';
import { bundledJson } from '../../fixtures/bundled-kb';

const dispatchText = readFileSync('data/dispatch-ar.txt', 'utf8');
const bundled: KnowledgeBaseInput = bundledJson;

/** The bundled knowledge base with copies of entry `i` appended, as a maintainer pastes one. */
function withCopies(i: number, copies = 1, edit?: (kb: KnowledgeBaseInput) => void): string {
  const kb = structuredClone(bundled);
  edit?.(kb);
  for (let n = 0; n < copies; n++) kb.entries.push(structuredClone(kb.entries[i]!));
  return JSON.stringify(kb, null, 2);
}

/** Line and column of the value of each `"id": "…"` with this id, in file order. */
function idPlaces(text: string, id: string) {
  const places = [];
  for (
    let at = text.indexOf(`"id": "${id}"`);
    at >= 0;
    at = text.indexOf(`"id": "${id}"`, at + 1)
  ) {
    const before = text.slice(0, at + '"id": '.length);
    places.push({
      line: before.split('\n').length,
      column: before.length - before.lastIndexOf('\n'),
    });
  }
  return places;
}

const errorsOf = (text: string) =>
  checkKnowledgeBaseText(text, { dispatchText }).problems.filter((p) => p.severity === 'error');

describe('a duplicated entry', () => {
  it.each(bundled.entries.map((entry, i) => [entry.id, i] as const))(
    'copying "%s" yields exactly one error, the duplicate id, located at both copies',
    (id, i) => {
      const text = withCopies(i);
      const last = bundled.entries.length;
      const [first, copy] = idPlaces(text, id);
      expect(errorsOf(text)).toEqual([
        {
          severity: 'error',
          path: ['entries', last, 'id'],
          message: `duplicate id "${id}" (also used by entries[${i}])`,
          hint: expect.stringMatching(/^ids must be unique/),
          ...copy,
          also: [{ path: ['entries', i, 'id'], ...first }],
        },
      ]);
    },
  );

  it('reports three copies of an id once, naming the other two places', () => {
    const text = withCopies(0, 2);
    const n = bundled.entries.length;
    const [first, second, third] = idPlaces(text, bundled.entries[0]!.id);
    expect(errorsOf(text)).toMatchObject([
      {
        path: ['entries', n, 'id'],
        message: `duplicate id "${bundled.entries[0]!.id}" (also used by entries[0] and entries[${n + 1}])`,
        ...second,
        also: [
          { path: ['entries', 0, 'id'], ...first },
          { path: ['entries', n + 1, 'id'], ...third },
        ],
      },
    ]);
  });

  it('reports a problem the copied entry has once, at the original, beside the duplicate', () => {
    const text = withCopies(0, 1, (kb) => kb.entries[0]!.related!.push('nowhere'));
    expect(errorsOf(text).map((p) => p.message)).toEqual([
      expect.stringMatching(/^duplicate id/),
      'related id "nowhere" does not exist',
    ]);
    expect(errorsOf(text)[1]!.path.slice(0, 2)).toEqual(['entries', 0]);
  });

  it('still reports what a different entry given a used id gets wrong on its own', () => {
    const text = withCopies(0, 0, (kb) => {
      kb.entries[1]!.id = kb.entries[0]!.id;
      kb.entries[1]!.related = ['nowhere'];
    });
    expect(errorsOf(text).map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^duplicate id/),
        'related id "nowhere" does not exist',
      ]),
    );
  });
});
