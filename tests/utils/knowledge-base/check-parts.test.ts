import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkKnowledgeBaseParts,
  type KnowledgeBaseFile,
} from '../../../utils/knowledge-base/check-parts';
import { formatProblems } from '../../../utils/knowledge-base/format-problems';
import type { KnowledgeBaseInput } from '../../../utils/knowledge-base/schema';

const dispatchText = readFileSync('data/dispatch-ar.txt', 'utf8');
const valid = JSON.parse(
  readFileSync('tests/fixtures/kb/valid.json', 'utf8'),
) as KnowledgeBaseInput;
const [wang, sco] = valid.entries;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const index: KnowledgeBaseFile = {
  name: 'kb/index.json',
  text: json({ title: 'Test', released: '2026-12-06' }),
};
/** Wang Yi with his source in one part; the SCO, which cites a source of the first part, in another. */
const people = { sources: { S15: valid.sources.S15 }, entries: [wang] };
const orgs = { sources: { S86: valid.sources.S86 }, entries: [sco] };
const part = (name: string, value: unknown): KnowledgeBaseFile => ({
  name: `kb/${name}.json`,
  text: typeof value === 'string' ? value : json(value),
});
const check = (...parts: KnowledgeBaseFile[]) =>
  checkKnowledgeBaseParts(index, parts, { dispatchText });

/** The 1-based line of the first occurrence of `needle` in a part's text. */
const lineOf = (file: KnowledgeBaseFile, needle: string) =>
  file.text.slice(0, file.text.indexOf(needle)).split('\n').length;

describe('checkKnowledgeBaseParts', () => {
  it('merges the parts in order, with the index’s title, into one valid knowledge base', () => {
    const result = check(part('a-people', people), part('b-orgs', orgs));
    expect(result.problems).toEqual([]);
    expect(result.knowledgeBase?.title).toBe('Test');
    expect(result.knowledgeBase?.entries.map((e) => e.id)).toEqual([
      'wang-yi',
      'shanghai-cooperation-organisation',
    ]);
    expect(Object.keys(result.knowledgeBase!.sources)).toEqual(['S15', 'S86']);
  });

  it('lets a fact cite a source another part defines', () => {
    const orgsCitingS15 = structuredClone(orgs);
    orgsCitingS15.entries[0]!.facts[0]!.sources = ['S86', 'S15'];
    expect(check(part('a', people), part('b', orgsCitingS15)).problems).toEqual([]);
  });

  it('locates a problem of the second part in that part, at its own path and line', () => {
    const broken = structuredClone(orgs);
    broken.entries[0]!.related = ['wang-yl'];
    const b = part('b-orgs', broken);
    const [problem, ...rest] = check(part('a-people', people), b).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'kb/b-orgs.json',
      path: ['entries', 0, 'related', 0],
      line: lineOf(b, '"wang-yl"'),
      message: 'related id "wang-yl" does not exist',
      hint: 'did you mean "wang-yi"?',
    });
  });

  it('refuses a source id defined in two parts, pointing at both', () => {
    const a = part('a', people);
    const b = part('b', { ...orgs, sources: { ...orgs.sources, S15: valid.sources.S15 } });
    const [problem] = check(a, b).problems;
    expect(problem).toMatchObject({
      file: 'kb/b.json',
      path: ['sources', 'S15'],
      line: lineOf(b, '"S15"'),
      message: 'source id "S15" is already used in kb/a.json',
      also: [{ file: 'kb/a.json', path: ['sources', 'S15'], line: lineOf(a, '"S15"') }],
    });
  });

  it('refuses an entry id used in two parts, naming the first copy’s file', () => {
    const copy = structuredClone(wang);
    const a = part('a', people);
    const b = part('b', { sources: orgs.sources, entries: [sco, copy] });
    const [problem] = check(a, b).problems;
    expect(problem).toMatchObject({
      file: 'kb/b.json',
      path: ['entries', 1, 'id'],
      message: expect.stringContaining('duplicate id "wang-yi"'),
      also: [expect.objectContaining({ file: 'kb/a.json', path: ['entries', 0, 'id'] })],
    });
  });

  it('refuses what a part may not hold, at its key', () => {
    const b = part('b', { ...orgs, title: 'Orgs' });
    const [problem] = check(part('a', people), b).problems;
    expect(problem).toMatchObject({
      file: 'kb/b.json',
      path: ['title'],
      line: lineOf(b, '"title": "Orgs"'),
      message: 'a part holds "sources" and "entries" only, not "title"',
    });
  });

  it('reports a syntax error in its part, and checks nothing else', () => {
    const b = part('b', json(orgs).replace('"entries"', '"entries":'));
    const result = check(part('a', people), b);
    expect(result.knowledgeBase).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'kb/b.json', line: lineOf(b, '"entries"') });
  });

  it('locates a wrong field of the whole knowledge base in the index', () => {
    const badIndex = {
      name: 'kb/index.json',
      text: json({ title: 'Test', released: '2026-12-06', colour: 'red' }),
    };
    const result = checkKnowledgeBaseParts(badIndex, [part('a', people), part('b', orgs)], {
      dispatchText,
    });
    expect(result.problems[0]).toMatchObject({ file: 'kb/index.json', path: ['colour'], line: 4 });
  });

  it('refuses an index without parts', () => {
    expect(check().problems[0]).toMatchObject({ file: 'kb/index.json', message: 'no parts' });
  });

  it('prints each problem with its own file, line and column', () => {
    const broken = structuredClone(orgs);
    broken.entries[0]!.related = ['wang-yl'];
    const { problems } = check(part('a', people), part('b', broken));
    expect(formatProblems('kb', problems)).toMatch(
      /^kb\/b\.json:\d+:\d+ {2}error {2}entries\[0\]\.related\[0\] {2}related id "wang-yl" does not exist\n[\s\S]*kb: 1 error, 0 warnings$/,
    );
  });
});
