import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBaseText } from '../../../utils/knowledge-base/check-knowledge-base';
import { formatPath } from '../../../utils/knowledge-base/problem';
import { bundledText } from '../../fixtures/bundled-kb';

const dispatchText = readFileSync('data/dispatch-ar.txt', 'utf8');
const fixture = (name: string) => readFileSync(`tests/fixtures/kb/${name}.json`, 'utf8');
const check = (name: string) => checkKnowledgeBaseText(fixture(name), { dispatchText });

describe('checkKnowledgeBaseText', () => {
  it('passes the valid fixture with no problem at all', () => {
    const result = check('valid');
    expect(result.problems).toEqual([]);
    expect(result.knowledgeBase?.entries).toHaveLength(2);
  });

  it('passes the bundled knowledge base, merged into one file, without errors', () => {
    const result = checkKnowledgeBaseText(bundledText, { dispatchText });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  // Each broken fixture differs from valid.json by one mistake; the check must name its place.
  it.each([
    ['duplicate-id', 'entries[1].id', /duplicate id "wang-yi"/, undefined],
    [
      'dangling-related',
      'entries[0].related[0]',
      /does not exist/,
      /did you mean "shanghai-cooperation-organisation"/,
    ],
    ['alias-collision', 'entries[1].names.en[3]', /also a name of "wang-yi"/, /one card only/],
    ['unsafe-alias', 'entries[0].names.ar[2]', /alias "شي"/, /searchOnly/],
    ['short-alias', 'entries[1].names.en[3]', /alias "SC" is 2 character/, /searchOnly/],
    ['bad-url', 'sources.S15.url', /http/, /only http/],
    ['missing-language', 'entries[0].names.zh', /expected array/, /Chinese/],
    ['missing-summary-language', 'entries[1].summary.ru', /expected string/, /Russian/],
    [
      'unknown-source',
      'entries[0].facts[0].sources[0]',
      /source "S16" is not in the sources table/,
      /did you mean "S15"/,
    ],
    ['no-source', 'entries[0].facts[0].sources', /every fact needs a source/, undefined],
    ['bad-date', 'entries[0].facts[0].on', /YYYY-MM/, /2025-04-25/],
    ['until-before-from', 'entries[0].facts[0].until', /before "from"/, /ends on or after/],
    [
      'misquoted-dispatch',
      'entries[1].facts[1].sources[0].dispatch',
      /does not occur in the dispatch/,
      /verbatim/,
    ],
    ['wrong-type', 'entries[0].type', /Invalid option/, /"person"/],
    [
      'unknown-field',
      'entries[0].summery',
      /unknown field "summery"/,
      /"summary" is already there/,
    ],
  ])('reports %s at %s', (name, path, message, hint) => {
    const { problems, knowledgeBase } = check(`broken-${name}`);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(knowledgeBase).toBeUndefined();
    const error = errors.find((e) => formatPath(e.path) === path);
    expect(error, JSON.stringify(errors)).toBeDefined();
    expect(error!.message).toMatch(message);
    if (hint) expect(error!.hint).toMatch(hint);
    expect(error!.line).toBeGreaterThan(1);
  });

  it('locates a JSON syntax error where the fix goes', () => {
    // `"type": "person"` ends line 11 without its comma.
    const { problems } = check('broken-not-json');
    expect(problems).toMatchObject([{ severity: 'error', line: 11, column: 23 }]);
    expect(problems[0]!.message).toBe(
      'not valid JSON: missing comma between two properties of the object',
    );
  });

  it('requires every fact in the four languages, naming the missing one where it belongs', () => {
    const kb = JSON.parse(fixture('valid'));
    delete kb.entries[1].facts[0].text.zh;
    const text = JSON.stringify(kb, null, 2);
    const { problems, knowledgeBase } = checkKnowledgeBaseText(text, { dispatchText });
    expect(knowledgeBase).toBeUndefined();
    expect(problems).toMatchObject([
      { severity: 'error', path: ['entries', 1, 'facts', 0, 'text', 'zh'], hint: /Chinese/ },
    ]);
    // At the fact's text object, where the Chinese goes.
    const at = text.indexOf('{', text.indexOf('"text"', text.indexOf('"Founded in Shanghai') - 60));
    const before = text.slice(0, at);
    expect(problems[0]).toMatchObject({
      line: before.split('\n').length,
      column: at - before.lastIndexOf('\n'),
    });
  });

  it('warns about a source no fact cites', () => {
    const kb = JSON.parse(fixture('valid'));
    kb.sources.S99 = { url: 'https://example.org/x', title: 'Unused', checked: '2026-12-05' };
    const { problems, knowledgeBase } = checkKnowledgeBaseText(JSON.stringify(kb, null, 2));
    expect(problems).toMatchObject([{ severity: 'warning', path: ['sources', 'S99'] }]);
    expect(knowledgeBase).toBeDefined();
  });
});
