/**
 * Shared names (issue 17): how a page's words lead to one card when two entries' names overlap.
 *
 * The rule, in three parts:
 * 1. One highlighted name, one entry: kb:check refuses a name (after the matcher's folding) that
 *    two entries both list. A bare name that two things share goes to one entry (Astana → the
 *    city); the other lists only qualified forms (the 2024 SCO summit in Astana, قمة أستانا 2024).
 * 2. Longest match wins: where one entry's name lies inside another's, the longer name on the page
 *    is one mention of its own entry (Shanghai Spirit is the term, not a Shanghai).
 * 3. A bare name is its own entry's, and no qualified entry claims it: "Shanghai" alone is the city
 *    (data/kb/places-terms.json; the four languages and the longer names are pinned in
 *    shared-prefix-names.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadMatcher, tryText } from '../../scripts/kb-try';
import { checkKnowledgeBase } from '../../utils/knowledge-base/check-knowledge-base';
import { aliasObject, NAME_LANGUAGES } from '../../utils/knowledge-base/model';
import { bundledJson } from '../fixtures/bundled-kb';

const matcher = loadMatcher();
/** The outermost mentions (names inside names, utils/match/nested.ts, are the inner entries'). */
const outermost = (text: string) => tryText(text, matcher).filter((m) => m.within === undefined);
const found = (text: string) => outermost(text).map((m) => [m.id, m.text]);

describe('shared names in the bundled knowledge base', () => {
  it('every highlighted name, alone, is one mention of its own entry, whole (no name leads elsewhere)', () => {
    const wrong: string[] = [];
    let names = 0;
    for (const entry of bundledJson.entries)
      for (const lang of NAME_LANGUAGES)
        for (const alias of entry.names[lang] ?? []) {
          const { text, searchOnly } = aliasObject(alias);
          if (searchOnly) continue;
          names++;
          const mentions = outermost(text);
          const whole = mentions.length === 1 && mentions[0]!.start === 0;
          if (!whole || mentions[0]!.id !== entry.id || mentions[0]!.end !== text.length)
            wrong.push(`${entry.id} "${text}" → ${mentions.map((m) => `${m.id} «${m.text}»`)}`);
        }
    expect(names).toBeGreaterThan(2000);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['Leaders met in Astana on Thursday.', [['astana', 'Astana']]],
    ['the 2024 SCO summit in Astana', [['sco-summit-2024-astana', '2024 SCO summit in Astana']]],
    // Two summits were held in Astana: "the Astana summit" names neither, so only the city is marked.
    ['the Astana summit', [['astana', 'Astana']]],
    ['في أستانا', [['astana', 'أستانا']]],
    ['قمة أستانا 2024', [['sco-summit-2024-astana', 'قمة أستانا 2024']]],
    ['在阿斯塔纳', [['astana', '阿斯塔纳']]],
    ['2024年上合组织阿斯塔纳峰会', [['sco-summit-2024-astana', '2024年上合组织阿斯塔纳峰会']]],
    ['в Астане', [['astana', 'Астане']]],
    ['the Shanghai Spirit', [['shanghai-spirit', 'Shanghai Spirit']]],
    ['روح شانغهاي', [['shanghai-spirit', 'روح شانغهاي']]],
    ['上海精神', [['shanghai-spirit', '上海精神']]],
    ['шанхайский дух', [['shanghai-spirit', 'шанхайский дух']]],
    [
      'the Shanghai Cooperation Organisation',
      [['shanghai-cooperation-organisation', 'Shanghai Cooperation Organisation']],
    ],
    ['the Shanghai Convention', [['shanghai-convention-2001', 'Shanghai Convention']]],
    // The bare name is the city, claimed by none of the longer Shanghai names.
    ['Shanghai', [['shanghai', 'Shanghai']]],
    ['شانغهاي', [['shanghai', 'شانغهاي']]],
    ['上海', [['shanghai', '上海']]],
    ['Шанхай', [['shanghai', 'Шанхай']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('kb:check refuses a second entry listing a name another entry highlights, at the alias', () => {
    const kb = structuredClone(bundledJson);
    const spirit = kb.entries.findIndex((e) => e.id === 'shanghai-spirit');
    kb.entries[spirit]!.names.en.push('ASTANA');
    const problems = checkKnowledgeBase(kb).problems.filter((p) => p.severity === 'error');
    expect(problems).toMatchObject([
      {
        path: ['entries', spirit, 'names', 'en', kb.entries[spirit]!.names.en.length - 1],
        message: /alias "ASTANA" is also a name of "astana"/,
      },
    ]);
  });
});
