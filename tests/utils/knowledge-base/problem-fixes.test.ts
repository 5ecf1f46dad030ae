/**
 * Every kind of problem the checker can report, one broken input each: each comes with a fix
 * line saying what to change. A new kind of problem belongs in this table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installedEntries } from '../../../utils/knowledge-base/check-installed';
import {
  checkKnowledgeBaseText,
  type CheckResult,
} from '../../../utils/knowledge-base/check-knowledge-base';
import type { CheckOptions } from '../../../utils/knowledge-base/check-entries';
import { MAX_NESTING } from '../../../utils/knowledge-base/nesting-depth';
import type { KnowledgeBase } from '../../../utils/knowledge-base/schema';

const dispatchText = readFileSync('data/dispatch-ar.txt', 'utf8');
const valid = readFileSync('tests/fixtures/kb/valid.json', 'utf8');
/** A knowledge base read as plain JSON, to be broken on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const edited = (edit: (kb: Json) => void) => {
  const kb = JSON.parse(valid);
  edit(kb);
  return JSON.stringify(kb, null, 2);
};
const fact = (kb: Json) => kb.entries[0].facts[0];
/** The first fact made a period. */
const period = (kb: Json, from: string, until?: string) => {
  const f = fact(kb);
  delete f.on;
  return Object.assign(f, { from, until });
};
const ROLE = {
  id: 'cn-foreign-minister',
  en: 'Foreign Minister',
  ar: 'وزير الخارجية',
  zh: '外交部长',
  ru: 'министр',
};
/** The valid fixture's entries, as if installed: what an import of them collides with. */
const installed = installedEntries(
  (checkKnowledgeBaseText(valid).knowledgeBase as KnowledgeBase).entries,
);

// [kind, broken input, the message that shows the input hits its kind, options]
const KINDS: [string, string, RegExp, CheckOptions?][] = [
  // Before the JSON is read
  ['nesting too deep', `{"entries":${'['.repeat(MAX_NESTING + 1)}`, /nested more than/],
  ['JSON syntax: trailing comma', '{"sources": {},}', /trailing comma/],
  ['JSON syntax: missing bracket', '{"entries": [1, 2}', /missing ] to close/],
  ['JSON syntax: missing comma', '{"a": 1 "b": 2}', /missing comma/],
  ['JSON syntax: unquoted text', '{"type": person}', /not in double quotes/],
  ['JSON syntax: end of file', '{"entries": [', /unexpected end of file/],
  ['JSON syntax: bad string', '{"a": "b\\q"}', /invalid escape/],
  ['JSON syntax: empty file', '', /the file is empty/],
  // The schema
  ['a missing field', edited((kb) => delete kb.entries[0].facts), /received undefined/],
  ['a missing language', edited((kb) => delete kb.entries[0].names.zh), /expected array/],
  ['a fact without its Russian text', edited((kb) => delete fact(kb).text.ru), /expected string/],
  ['a wrong type', edited((kb) => (kb.entries[0].related = 'china')), /expected array/],
  ['a value not in the list', edited((kb) => (kb.entries[0].type = 'man')), /Invalid option/],
  ['a bad date', edited((kb) => (fact(kb).on = '25 April')), /YYYY/],
  ['a source never checked', edited((kb) => delete kb.sources.S15.checked), /received undefined/],
  ['no release date', edited((kb) => delete kb.released), /received undefined/],
  ['a bad id', edited((kb) => (kb.entries[0].id = 'Wang Yi')), /kebab-case/],
  ['a non-http link', edited((kb) => (kb.sources.S15.url = 'javascript:alert(1)')), /http/],
  ['a bad source reference', edited((kb) => (fact(kb).sources = ['15'])), /source id/],
  ['an empty text', edited((kb) => (kb.entries[0].summary.en = ' ')), /must not be empty/],
  ['an empty list', edited((kb) => (kb.entries[0].facts = [])), /at least one fact/],
  ['an unknown field', edited((kb) => (kb.entries[0].colour = 'red')), /unknown field/],
  ['a bad source key', edited((kb) => (kb.sources.X = kb.sources.S15)), /source ids look/],
  ['a name of no known form', edited((kb) => kb.entries[0].names.en.push(5)), /string or object/],
  ['a root that is not an object', '[]', /expected object/],
  // Across entries
  ['a duplicate id', edited((kb) => kb.entries.push(kb.entries[0])), /duplicate id/],
  [
    'a related id that does not exist',
    edited((kb) => (kb.entries[0].related = ['x'])),
    /does not exist/,
  ],
  [
    'a related id naming its own entry',
    edited((kb) => kb.entries[0].related.push('wang-yi')),
    /itself/,
  ],
  ['a name too short', edited((kb) => kb.entries[0].names.en.push('Wa')), /character\(s\) long/],
  [
    'a name that is an ordinary word',
    edited((kb) => kb.entries[0].names.en.push('the')),
    /ordinary word/,
  ],
  [
    'a name of two entries',
    edited((kb) => kb.entries[1].names.en.push('Wang Yi')),
    /also a name of/,
  ],
  ['a repeated name (warning)', edited((kb) => kb.entries[0].names.en.push('wang yi')), /repeats/],
  [
    'a source not in the table',
    edited((kb) => (fact(kb).sources = ['S99'])),
    /not in the sources table/,
  ],
  [
    'a source no fact cites (warning)',
    edited((kb) => (kb.sources.S99 = kb.sources.S15)),
    /not cited/,
  ],
  [
    'a misquoted dispatch source',
    edited((kb) => (fact(kb).sources = [{ dispatch: 'كلام' }])),
    /dispatch/,
  ],
  [
    'a misquoted dispatch sentence',
    edited((kb) => (kb.entries[0].dispatch = ['كلام'])),
    /dispatch/,
  ],
  ['an impossible date', edited((kb) => (fact(kb).on = '2025-02-29')), /not a day of the calendar/],
  ['a date after the release', edited((kb) => (fact(kb).on = '2027')), /after the data's release/],
  ['an end before the start', edited((kb) => period(kb, '2021', '2020')), /before "from"/],
  [
    'an end without a start',
    edited((kb) => {
      delete fact(kb).on;
      fact(kb).until = '2020';
    }),
    /until" without "from"/,
  ],
  ['a point and a period', edited((kb) => (fact(kb).from = '1953')), /a point in time or a period/],
  ['timeless with a date', edited((kb) => (fact(kb).timeless = true)), /timeless" together/],
  ['an undated fact', edited((kb) => delete fact(kb).on), /does not say when it holds/],
  ['a role on a point', edited((kb) => (fact(kb).role = ROLE)), /"role" on a point-in-time/],
  [
    'overlapping periods of one role',
    edited((kb) => {
      period(kb, '2013', '2022').role = ROLE;
      kb.entries[0].facts.push({ ...fact(kb), from: '2020', until: undefined });
    }),
    /overlaps the same role/,
  ],
  // An import next to installed entries
  ['an id already installed', valid, /already used by the installed/, { installed }],
  [
    'a name already installed',
    edited((kb) => (kb.entries[0].id = kb.entries[1].related[0] = 'another-wang-yi')),
    /already a name of the installed/,
    { installed },
  ],
];

const check = (text: string, options?: CheckOptions): CheckResult =>
  checkKnowledgeBaseText(text, { dispatchText, ...options });

describe('every kind of problem', () => {
  it.each(KINDS)('%s comes with a fix', (_kind, text, message, options) => {
    const { problems } = check(text, options);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    for (const problem of problems) {
      expect(problem.hint.trim(), JSON.stringify(problem)).not.toBe('');
      expect(problem.line, JSON.stringify(problem)).toBeGreaterThan(0);
    }
  });
});
