import { describe, expect, it } from 'vitest';
import { checkImportText, MAX_IMPORT_CHARS } from '../../../utils/imports/check-import';
import { formatPath } from '../../../utils/knowledge-base/problem';
import { bundledKb, editedImport, goodImportText } from './import-fixtures';
import { bundledText } from '../../fixtures/bundled-kb';

const check = (text: string) => checkImportText(text, bundledKb.entries);
const errors = (text: string) =>
  check(text)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.line}:${p.column} ${formatPath(p.path)} ${p.message}`);

describe('checkImportText', () => {
  it('accepts a good file that relates to bundled entries', () => {
    const result = check(goodImportText);
    expect(result.problems).toEqual([]);
    expect(result.knowledgeBase?.entries.map((e) => e.id)).toEqual([
      'karaganda',
      'eurasian-development-bank',
    ]);
  });

  it('refuses an id the bundled data already has, located at the id', () => {
    const text = editedImport((kb) => (kb.entries[0].names.en[0] = 'Karaganda city'));
    const taken = editedImport((kb) => {
      kb.entries[1].id = 'almaty';
      kb.entries[1].related = ['kazakhstan'];
    });
    expect(check(text).knowledgeBase).toBeDefined();
    expect(check(taken).knowledgeBase).toBeUndefined();
    expect(errors(taken)).toEqual([
      expect.stringMatching(/^\d+:\d+ entries\[1\]\.id id "almaty" is already used/),
    ]);
  });

  it('refuses a name a bundled entry already has, after folding', () => {
    // «ألماتي» is a bundled name of Almaty; hamza and case differences fold away.
    const text = editedImport((kb) => kb.entries[0].names.ar.push('الماتي'));
    expect(errors(text)).toEqual([
      expect.stringContaining(
        'entries[0].names.ar[2] alias "الماتي" is already a name of the installed entry "almaty"',
      ),
    ]);
  });

  // Each kind of bad file, with every problem located by line and column.
  it.each([
    ['not JSON', '{ "entries": [ }', /not valid JSON/],
    ['a missing language', editedImport((kb) => delete kb.entries[0].names.zh), /expected array/],
    [
      'an unknown field',
      editedImport((kb) => (kb.entries[0].colour = 'red')),
      /colour|unrecognized/i,
    ],
    ['a bad date', editedImport((kb) => (kb.entries[0].facts[0].on = '2022-13')), /YYYY/],
    [
      'a javascript: URL',
      editedImport((kb) => (kb.sources.S1.url = 'javascript:alert(1)')),
      /http/,
    ],
    [
      'a dangling related id',
      editedImport((kb) => kb.entries[0].related.push('karagandaa')),
      /does not exist/,
    ],
    [
      'an unknown source',
      editedImport((kb) => (kb.entries[0].facts[0].sources = ['S9'])),
      /not in the sources/,
    ],
    ['a duplicate id', editedImport((kb) => (kb.entries[1].id = 'karaganda')), /duplicate id/],
  ])('refuses %s', (_kind, text, message) => {
    const result = check(text);
    expect(result.knowledgeBase).toBeUndefined();
    const problems = result.problems.filter((p) => p.severity === 'error');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    for (const p of problems) expect(p.line).toBeGreaterThan(0);
  });

  it('lists every problem of a file with several', () => {
    const text = editedImport((kb) => {
      kb.entries[0].id = 'almaty';
      kb.entries[1].facts[0].on = 'soon';
    });
    // Schema errors stop the cross-entry rules, as in kb:check; fix them and the rest show.
    expect(errors(text)).toHaveLength(1);
    const schemaValid = editedImport((kb) => {
      kb.entries[0].id = 'almaty';
      kb.entries[1].related.push('nowhere');
    });
    // The renamed entry, the related id that named it, and the id that never existed.
    expect(errors(schemaValid)).toEqual([
      expect.stringMatching(/^20:13 entries\[0\]\.id id "almaty" is already used/),
      expect.stringMatching(
        /^\d+:\d+ entries\[1\]\.related\[0\] related id "karaganda" does not exist/,
      ),
      expect.stringMatching(
        /^\d+:\d+ entries\[1\]\.related\[2\] related id "nowhere" does not exist/,
      ),
    ]);
  });

  it('refuses a file too large for extension storage', () => {
    const text = ' '.repeat(MAX_IMPORT_CHARS + 1);
    expect(errors(text)).toEqual([expect.stringContaining('too large')]);
  });

  it('refuses the bundled data itself, merged into one file: every id is taken', () => {
    expect(errors(bundledText).length).toBeGreaterThanOrEqual(bundledKb.entries.length);
  });
});
