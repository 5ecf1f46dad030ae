/**
 * kb:check's refusals of the time model (issue 16): each broken fact is refused at its field,
 * with the line and column of that field's value in the file, the JSON path and a fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBaseText } from '../../../utils/knowledge-base/check-knowledge-base';
import { formatPath } from '../../../utils/knowledge-base/problem';

const valid = readFileSync('tests/fixtures/kb/valid.json', 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const ROLE = {
  id: 'cn-foreign-minister',
  en: 'Foreign Minister of China',
  ar: 'وزير خارجية الصين',
  zh: '中国外交部长',
  ru: 'министр иностранных дел КНР',
};

/** valid.json with its first entry's facts replaced, pretty-printed as maintainers write it. */
function withFacts(...facts: Json[]): string {
  const kb = JSON.parse(valid);
  const base = kb.entries[0].facts[0];
  kb.entries[0].facts = facts.map((f) => ({ text: base.text, ...f, sources: ['S15'] }));
  return JSON.stringify(kb, null, 2);
}

/** 1-based line and column of the `nth` (0-based) occurrence of `needle`. */
function at(text: string, needle: string, nth = 0): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  expect(offset).toBeGreaterThan(-1);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

const PERIOD = { from: '2013-03-16', until: '2022-12-30', role: ROLE };

// [refusal, facts, path, message, hint, where the value is: [needle, nth occurrence]]
const CASES: [string, Json[], string, RegExp, RegExp, [string, number]][] = [
  [
    'a malformed date',
    [{ on: '25 April 2025' }],
    'entries[0].facts[0].on',
    /YYYY/,
    /2025, 2025-04 or 2025-04-25/,
    ['"25 April 2025"', 0],
  ],
  [
    'an impossible date (30 February)',
    [{ on: '2025-02-30' }],
    'entries[0].facts[0].on',
    /"on" \(2025-02-30\) is not a day of the calendar/,
    /28 days/,
    ['"2025-02-30"', 0],
  ],
  [
    '29 February of a common year',
    [{ from: '2023-02-29' }],
    'entries[0].facts[0].from',
    /not a day of the calendar/,
    /2024-02 has 29/,
    ['"2023-02-29"', 0],
  ],
  [
    'until before from',
    [{ from: '2023-07-25', until: '2022-12-30' }],
    'entries[0].facts[0].until',
    /"until" \(2022-12-30\) is before "from" \(2023-07-25\)/,
    /ends on or after/,
    ['"2022-12-30"', 0],
  ],
  [
    'on together with from',
    [{ on: '2023-07-25', from: '2023-07-25' }],
    'entries[0].facts[0].on',
    /a point in time or a period, not both/,
    /keep "on" for an event/,
    ['"2023-07-25"', 0],
  ],
  [
    'on together with until',
    [{ on: '2023-07-25', until: '2024' }],
    'entries[0].facts[0].on',
    /not both/,
    /"from" \(and "until"\)/,
    ['"2023-07-25"', 0],
  ],
  [
    'until without from',
    [{ until: '2024' }],
    'entries[0].facts[0].until',
    /"until" without "from"/,
    /add "from"/,
    ['"2024"', 0],
  ],
  [
    'a role on a point fact',
    [{ on: '2013-03-16', role: ROLE }],
    'entries[0].facts[0].role',
    /"role" on a point-in-time fact/,
    /a role marks a period/,
    ['{\n            "id": "cn-foreign-minister"', 0],
  ],
  [
    'a role on a timeless fact',
    [{ timeless: true, role: ROLE }],
    'entries[0].facts[0].role',
    /"role" on a timeless fact/,
    /remove "role"/,
    ['{\n            "id": "cn-foreign-minister"', 0],
  ],
  [
    'timeless with a date',
    [{ timeless: true, on: '2020' }],
    'entries[0].facts[0].timeless',
    /"timeless" together with a date/,
    /remove "timeless"/,
    ['true', 0],
  ],
  [
    'overlapping periods of one role',
    [PERIOD, { from: '2022-06', role: ROLE }],
    'entries[0].facts[1].role.id',
    /role "cn-foreign-minister" \(2022-06 – open\) overlaps the same role in entries\[0\]\.facts\[0\] \(2013-03-16 – 2022-12-30\)/,
    /end the earlier period/,
    ['"cn-foreign-minister"', 1],
  ],
  [
    'a fact with neither period nor point nor timeless',
    [{}],
    'entries[0].facts[0]',
    /does not say when it holds/,
    /"timeless": true for a definition/,
    ['{\n          "text"', 0],
  ],
  [
    'a date after the release',
    [{ from: '2026-12-07' }],
    'entries[0].facts[0].from',
    /"from" \(2026-12-07\) is after the data's release date \(2026-12-06\)/,
    /move "released" forward/,
    ['"2026-12-07"', 0],
  ],
  [
    'an end after the release',
    [{ from: '2020', until: '2027' }],
    'entries[0].facts[0].until',
    /after the data's release date/,
    /correct the date/,
    ['"2027"', 0],
  ],
];

describe('kb:check refuses faults of when facts hold, located', () => {
  it.each(CASES)('%s', (_name, facts, path, message, hint, [needle, nth]) => {
    const text = withFacts(...facts);
    const { problems, knowledgeBase } = checkKnowledgeBaseText(text);
    expect(knowledgeBase).toBeUndefined();
    const found = problems.filter((p) => p.severity === 'error');
    expect(found.map((p) => formatPath(p.path))).toEqual([path]);
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.hint).toMatch(hint);
    expect({ line: found[0]!.line, column: found[0]!.column }).toEqual(at(text, needle, nth));
  });

  it('warns when one role id is labelled two ways, at the second use', () => {
    const text = withFacts(PERIOD, {
      from: '2023-07-25',
      role: { ...ROLE, en: 'Minister of Foreign Affairs' },
    });
    const { problems, knowledgeBase } = checkKnowledgeBaseText(text);
    expect(knowledgeBase).toBeDefined();
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        path: ['entries', 0, 'facts', 1, 'role'],
        message: 'role "cn-foreign-minister" is labelled differently at entries[0].facts[0].role',
        hint: /copy the labels/,
      },
    ]);
    expect(problems[0]).toMatchObject(at(text, '{\n            "id": "cn-foreign-minister"', 1));
  });

  it('refuses a source without "checked", at the source, saying what to add', () => {
    const kb = JSON.parse(valid);
    delete kb.sources.S15.checked;
    const text = JSON.stringify(kb, null, 2);
    const { problems } = checkKnowledgeBaseText(text);
    expect(problems).toMatchObject([
      { severity: 'error', path: ['sources', 'S15', 'checked'], hint: /add "checked"/ },
    ]);
    expect(problems[0]).toMatchObject(
      at(text, '{\n      "url": "https://en.wikipedia.org/wiki/Wang_Yi"', 0),
    );
  });

  it('refuses a knowledge base without "released", and one not at day precision', () => {
    const kb = JSON.parse(valid);
    kb.released = '2026-12';
    expect(checkKnowledgeBaseText(JSON.stringify(kb)).problems).toMatchObject([
      { path: ['released'], message: /YYYY-MM-DD/, hint: /2026-12-06/ },
    ]);
    delete kb.released;
    expect(checkKnowledgeBaseText(JSON.stringify(kb)).problems).toMatchObject([
      { path: ['released'], hint: /add "released"/ },
    ]);
  });

  it('accepts the three kinds, a role held twice with a gap, a handover on one day, imprecise ends', () => {
    const text = withFacts(
      { on: '1953-10-19' },
      { timeless: true },
      PERIOD,
      { from: '2023-07-25', role: ROLE },
      { from: '2008', until: '2013-03-16', role: { ...ROLE, id: 'cn-taiwan-office-director' } },
      { from: '2013-03-16', until: '2013', role: { ...ROLE, id: 'x-post' } },
      { from: '2013', until: '2018', role: { ...ROLE, id: 'y-post' } },
      { from: '2018', until: '2023', role: { ...ROLE, id: 'y-post' } },
      { from: '2026-12', until: '2026-12-06' },
    );
    expect(checkKnowledgeBaseText(text).problems).toEqual([]);
  });

  it('refuses, located at its "checked" field, a source checked after the release; the release day itself is fine', () => {
    const kb = JSON.parse(valid);
    kb.sources.S86.checked = '2026-12-07';
    kb.sources.S15.checked = '2026-12-06';
    const text = JSON.stringify(kb, null, 2);
    const { problems } = checkKnowledgeBaseText(text);
    expect(problems).toMatchObject([
      {
        severity: 'error',
        path: ['sources', 'S86', 'checked'],
        message: /S86 was "checked" \(2026-12-07\) after the data's release date \(2026-12-06\)/,
        hint: /move "released" forward/,
        ...at(text, '"2026-12-07"'),
      },
    ]);
    kb.sources.S86.checked = '2027';
    expect(checkKnowledgeBaseText(JSON.stringify(kb)).problems).toHaveLength(1);
    kb.sources.S86.checked = '2026-12';
    expect(checkKnowledgeBaseText(JSON.stringify(kb)).problems).toEqual([]);
  });
});
