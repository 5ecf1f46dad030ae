/**
 * The acceptance test of the engine: with the bundled knowledge base, the dispatch's mentions
 * are exactly those of the fixture (id, start, end) — no more, no fewer.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBaseSchema } from '../../../utils/knowledge-base/schema';
import { findMentions } from '../../../utils/match/find-mentions';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { scanRoot } from '../../../utils/page/run-mentions';
import { bundledJson } from '../../fixtures/bundled-kb';

const root = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const kb = KnowledgeBaseSchema.parse(bundledJson);
const dispatch = read('data/dispatch-ar.txt');
const fixture = JSON.parse(read('tests/fixtures/dispatch-mentions.json')) as {
  mentions: { id: string; text: string; start: number; end: number }[];
};
const expected = fixture.mentions.map(({ id, text, start, end }) => ({ id, text, start, end }));
const matcher = createMatcher(buildLexicon(kb.entries));

describe('the dispatch', () => {
  it('has exactly the mentions of the fixture', () => {
    const found = findMentions(dispatch, matcher).map((m) => ({
      id: m.entryId,
      text: dispatch.slice(m.start, m.end),
      start: m.start,
      end: m.end,
    }));
    expect(found).toEqual(expected);
  });

  it('has the same mentions when rendered as HTML paragraphs', () => {
    document.body.innerHTML = '';
    const starts: number[] = [];
    let at = 0;
    for (const line of dispatch.split('\n')) {
      const p = document.createElement('p');
      p.textContent = line;
      document.body.append(p);
      starts.push(at);
      at += line.length + 1;
    }
    const paragraphs = [...document.body.children];
    const found = scanRoot(document.body, matcher).map((m) => {
      const offset = starts[paragraphs.indexOf(m.startNode.parentElement!)]!;
      return {
        id: m.entryId,
        text: m.text,
        start: offset + m.startOffset,
        end: offset + m.endOffset,
      };
    });
    expect(found).toEqual(expected);
  });
});
