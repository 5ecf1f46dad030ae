import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBaseText } from '../../../utils/knowledge-base/check-knowledge-base';
import { formatPath } from '../../../utils/knowledge-base/problem';

const valid = readFileSync('tests/fixtures/kb/valid.json', 'utf8');
/** A knowledge base read as plain JSON, to be broken on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** valid.json after an edit (a maintainer's typo). */
function misspelt(edit: (kb: Json) => void): string {
  const kb = JSON.parse(valid);
  edit(kb);
  return JSON.stringify(kb, null, 2);
}

/** Moves `object[from]` to `object[to]`, keeping its place among the keys. */
function rename(object: Record<string, unknown>, from: string, to: string): void {
  const entries = Object.entries(object).map(([k, v]) => [k === from ? to : k, v]);
  for (const key of Object.keys(object)) delete object[key];
  Object.assign(object, Object.fromEntries(entries));
}

/** 1-based line and column of the first `"key"` after `after` in the text. */
function keyAt(text: string, key: string, after = 0): { line: number; column: number } {
  const offset = text.indexOf(`"${key}"`, after);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

describe('an unknown field', () => {
  // [typo, edit, path of the unknown field, fields allowed there, fix]
  it.each([
    [
      'sorces',
      (kb: Json) => rename(kb.entries[0].facts[0], 'sources', 'sorces'),
      'entries[0].facts[0].sorces',
      'text, from, until, on, timeless, role, sources',
      'rename it to "sources"',
    ],
    [
      'sumary',
      (kb: Json) => rename(kb.entries[1], 'summary', 'sumary'),
      'entries[1].sumary',
      'id, type, names, summary, facts, related, dispatch, notes',
      'rename it to "summary"',
    ],
    [
      'caseSensitiv',
      (kb: Json) => kb.entries[0].names.en.push({ text: 'Mr Wang', caseSensitiv: true }),
      'entries[0].names.en[1].caseSensitiv',
      'text, caseSensitive, searchOnly, note',
      'rename it to "caseSensitive"',
    ],
    [
      'dispach',
      (kb: Json) => (kb.entries[0].facts[0].sources = [{ dispach: 'x' }]),
      'entries[0].facts[0].sources[0].dispach',
      'dispatch',
      'rename it to "dispatch"',
    ],
    [
      'colour',
      (kb: Json) => (kb.sources.S15.colour = 'red'),
      'sources.S15.colour',
      'url, title, tier, checked',
      'remove it, or use one of the fields allowed here',
    ],
  ])(
    'names "%s" at its key, with the fields allowed there and the nearest one',
    (typo, edit, path, allowed, fix) => {
      const text = misspelt(edit);
      const { problems } = checkKnowledgeBaseText(text);
      // One problem: a misspelt required field is not also reported missing.
      expect(problems.map((p) => formatPath(p.path))).toEqual([path]);
      expect(problems[0]).toMatchObject({
        severity: 'error',
        message: `unknown field "${typo}" (allowed here: ${allowed})`,
        hint: fix,
        ...keyAt(text, typo),
      });
    },
  );

  it('says to remove a misspelling whose right spelling is already there', () => {
    const text = readFileSync('tests/fixtures/kb/broken-unknown-field.json', 'utf8');
    const [problem, ...rest] = checkKnowledgeBaseText(text).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      path: ['entries', 0, 'summery'],
      hint: 'remove it ("summary" is already there)',
      ...keyAt(text, 'summery'),
    });
  });

  it('reports a source id that is not one at the key, with the form it needs', () => {
    const text = misspelt((kb: Json) => rename(kb.sources, 'S86', 'SCO'));
    const [problem] = checkKnowledgeBaseText(text).problems;
    expect(problem).toMatchObject({
      path: ['sources', 'SCO'],
      message: 'source ids look like "S15"',
      hint: 'rename the key "SCO" (source ids look like "S15")',
      ...keyAt(text, 'SCO'),
    });
  });
});

describe('a value of the wrong kind in a union', () => {
  it('says what a name may be when it is neither text nor an object', () => {
    const text = misspelt((kb: Json) => kb.entries[0].names.en.push(5));
    expect(checkKnowledgeBaseText(text).problems).toMatchObject([
      {
        path: ['entries', 0, 'names', 'en', 1],
        message: 'expected string or object',
        hint: 'write the name as "text" or as { "text": "…" }',
      },
    ]);
  });

  it('reports the field at fault inside an alias object, not the whole alias', () => {
    const text = misspelt((kb: Json) =>
      kb.entries[0].names.en.push({ text: 'ABC', caseSensitive: 'yes' }),
    );
    expect(checkKnowledgeBaseText(text).problems).toMatchObject([
      {
        path: ['entries', 0, 'names', 'en', 1, 'caseSensitive'],
        message: expect.stringMatching(/expected boolean/),
        hint: 'write true or false here',
      },
    ]);
  });
});
