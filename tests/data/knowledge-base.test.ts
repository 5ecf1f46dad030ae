import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBundledKnowledgeBase } from '../../scripts/lib/assert-kb-valid';
import { bundledJson as bundled, bundledText } from '../fixtures/bundled-kb';
import fixture from '../fixtures/dispatch-mentions.json';
import { checkKnowledgeBaseText } from '../../utils/knowledge-base/check-knowledge-base';
import { KnowledgeBaseSchema } from '../../utils/knowledge-base/schema';
import { CARD_LANGUAGES } from '../../utils/knowledge-base/model';

const kb = KnowledgeBaseSchema.parse(bundled);

describe('the bundled knowledge base', () => {
  it('passes kb:check with no error and no warning', () => {
    expect(checkBundledKnowledgeBase().problems).toEqual([]);
  });

  it('checked as one merged file, it passes the same check (what an export or import reads)', () => {
    const dispatchText = readFileSync('data/dispatch-ar.txt', 'utf8');
    expect(checkKnowledgeBaseText(bundledText, { dispatchText }).problems).toEqual([]);
  });

  it('has an entry for each of the 43 entities of the dispatch (and may grow beyond them, issue 17)', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(43);
    const ids = new Set(kb.entries.map((e) => e.id));
    for (const mention of fixture.mentions) expect(ids).toContain(mention.id);
  });

  it.each(kb.entries.map((e) => [e.id, e] as const))(
    '%s has names and a summary in all four languages and at least one source',
    (_, entry) => {
      for (const lang of CARD_LANGUAGES) {
        expect(entry.names[lang].length).toBeGreaterThan(0);
        expect(entry.summary[lang].length).toBeGreaterThan(10);
      }
      const cited = entry.facts.flatMap((f) => f.sources);
      expect(cited.length).toBeGreaterThan(0);
      expect(entry.facts.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('dates the roles Murat Nurtleu held: foreign minister from April 2023 until 26 September 2025', () => {
    const nurtleu = kb.entries.find((e) => e.id === 'murat-nurtleu')!;
    const role = (id: string) => nurtleu.facts.filter((f) => f.role?.id === id);
    // Issue 16: the post began in April 2023; "asOf 2025-04" made the card say Apr 2025 – Sep 2025.
    expect(role('kz-foreign-minister')).toMatchObject([{ from: '2023-04', until: '2025-09-26' }]);
    expect(role('kz-deputy-prime-minister')).toMatchObject([
      { from: '2023-04', until: '2025-09-26' },
    ]);
    expect(role('kz-presidential-assistant').at(-1)).toMatchObject({ from: '2025-09-26' });
    expect(role('kz-presidential-assistant').at(-1)!.until).toBeUndefined();
  });

  it('gives Wang Yi two periods as foreign minister, and every fact one way of saying when', () => {
    const wang = kb.entries.find((e) => e.id === 'wang-yi')!;
    expect(wang.facts.filter((f) => f.role?.id === 'cn-foreign-minister')).toMatchObject([
      { from: '2013-03-16', until: '2022-12-30' },
      { from: '2023-07-25' },
    ]);
    for (const fact of kb.entries.flatMap((e) => e.facts)) {
      const ways = [fact.from !== undefined, fact.on !== undefined, fact.timeless === true];
      expect(ways.filter(Boolean)).toHaveLength(1);
    }
    expect(kb.released).toBe('2026-12-06');
    expect(Object.values(kb.sources).every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.checked))).toBe(
      true,
    );
    expect(Object.values(kb.sources).some((s) => /checked/.test(s.title))).toBe(false);
  });

  it('never makes شي alone a highlighted name of Xi Jinping', () => {
    const xi = kb.entries.find((e) => e.id === 'xi-jinping')!;
    const plain = xi.names.ar.filter((a) => typeof a === 'string' || !a.searchOnly);
    expect(plain.map((a) => (typeof a === 'string' ? a : a.text))).not.toContain('شي');
  });
});
