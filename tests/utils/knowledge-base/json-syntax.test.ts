import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBaseText } from '../../../utils/knowledge-base/check-knowledge-base';
import { jsonSyntaxProblem } from '../../../utils/knowledge-base/json-syntax';

// A knowledge base as maintainers write it (not schema-valid: only its syntax matters here).
const LINES = [
  '{', //                                                                      1
  '  "sources": {', //                                                         2
  '    "S1": { "url": "https://example.org/wang-yi", "title": "Wang Yi" }', // 3
  '  },', //                                                                   4
  '  "entries": [', //                                                         5
  '    {', //                                                                  6
  '      "id": "wang-yi",', //                                                 7
  '      "type": "person",', //                                                8
  '      "related": ["china", "sco"],', //                                     9
  '      "facts": []', //                                                      10
  '    },', //                                                                 11
  '    {', //                                                                  12
  '      "id": "china",', //                                                   13
  '      "type": "place"', //                                                  14
  '    }', //                                                                  15
  '  ]', //                                                                    16
  '}', //                                                                      17
];
const GOOD = LINES.join('\n');

/** The text with line `n` (1-based) edited from `from` to `to`. */
const edit = (n: number, from: string, to: string) =>
  LINES.map((line, i) => (i === n - 1 ? line.replace(from, to) : line)).join('\n');

describe('JSON syntax errors in plain words', () => {
  it('finds no syntax error in the text the cases below break', () => {
    expect(jsonSyntaxProblem(GOOD)).toBeUndefined();
    expect(() => JSON.parse(GOOD) as unknown).not.toThrow();
  });

  // [case, broken text, line, column, message, fix]
  it.each([
    [
      'a trailing comma in an object',
      edit(14, '"place"', '"place",'),
      14,
      22,
      'trailing comma after the last property of the object',
      /^delete this comma: JSON allows none before }$/,
    ],
    [
      'a trailing comma in an array',
      edit(9, '"sco"]', '"sco",]'),
      9,
      33,
      'trailing comma after the last item of the array',
      /^delete this comma: JSON allows none before ]$/,
    ],
    [
      'a trailing comma after the last entry',
      edit(15, '}', '},'),
      15,
      6,
      'trailing comma after the last item of the array',
      /^delete this comma/,
    ],
    [
      'a missing ] before the next property',
      edit(9, '"sco"],', '"sco",'),
      9,
      33,
      'missing ] to close the array opened at line 9, column 18',
      /^add ] before this comma$/,
    ],
    [
      'a missing ] before the object closes',
      edit(16, ']', ''),
      15,
      6,
      'missing ] to close the array opened at line 5, column 14',
      /^add ] after its last item, before the } at line 17, column 1$/,
    ],
    [
      'a missing } between two entries',
      edit(11, '},', ','),
      11,
      5,
      'missing } to close the object opened at line 6, column 5',
      /^add } before this comma$/,
    ],
    [
      'a missing comma between two properties',
      edit(7, '"wang-yi",', '"wang-yi"'),
      7,
      22,
      'missing comma between two properties of the object',
      /^add , after "wang-yi" \(before "type" at line 8, column 7\)$/,
    ],
    [
      'a missing comma between two items',
      edit(9, '"china",', '"china"'),
      9,
      26,
      'missing comma between two items of the array',
      /^add , after "china" \(before "sco" at line 9, column 27\)$/,
    ],
    [
      'an unquoted property name',
      edit(8, '"type"', 'type'),
      8,
      7,
      'property name type is not in double quotes',
      /^write "type"$/,
    ],
    [
      'text in single quotes',
      edit(13, '"china"', "'china'"),
      13,
      13,
      'text in single quotes',
      /double quotes/,
    ],
    [
      'stray text inside an object',
      edit(8, '"person",', '"person" x,'),
      8,
      24,
      'unexpected text x',
      /^delete it/,
    ],
    [
      'stray text after the end',
      edit(17, '}', '} x'),
      17,
      3,
      'unexpected text after the end of the data',
      /^delete everything after the } at line 17, column 1/,
    ],
    [
      'an extra closing bracket',
      edit(9, '"sco"]', '"sco"]]'),
      9,
      34,
      'one ] too many',
      /^delete this ]$/,
    ],
    [
      'an unexpected end of file',
      LINES.slice(0, 10).join('\n'),
      10,
      18,
      'unexpected end of file: the object opened at line 6, column 5 is not closed',
      /end it with }]}$/,
    ],
    ['an empty file', '\n', 1, 1, 'the file is empty', /"entries"/],
    [
      'a missing colon',
      edit(8, '"type":', '"type"'),
      8,
      13,
      'missing : after the property name "type"',
      /^add : after "type"$/,
    ],
    [
      'a missing value',
      edit(8, '"person"', ''),
      8,
      14,
      'the value of "type" is missing',
      /^write a value after the colon/,
    ],
    [
      'a string left open',
      edit(8, '"person",', '"person,'),
      8,
      15,
      'the string starting here has no closing "',
      /^add " where the text ends/,
    ],
    [
      'a comment',
      edit(7, '"id"', '// the id\n      "id"'),
      7,
      7,
      'comments are not allowed in JSON',
      /^delete the comment/,
    ],
  ])('reports %s where the fix goes', (_case, text, line, column, message, fix) => {
    const { problems } = checkKnowledgeBaseText(text);
    expect(problems).toEqual([
      {
        severity: 'error',
        path: [],
        message: `not valid JSON: ${message}`,
        hint: expect.stringMatching(fix),
        line,
        column,
      },
    ]);
  });

  it('never names the parser’s own codes (ValueExpected, CommaExpected…)', () => {
    const texts = [edit(14, '"place"', '"place",'), edit(9, '"sco"]', '"sco",]'), edit(7, ',', '')];
    for (const text of texts) {
      expect(checkKnowledgeBaseText(text).problems[0]!.message).not.toMatch(/Expected|Invalid/);
    }
  });

  it('calls a text broken exactly when JSON.parse does', () => {
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', 'x', ' ', '\n', '0', '.', '\t', "'"];
    const edits = fc.array(
      fc.record({
        at: fc.nat({ max: GOOD.length }),
        remove: fc.nat({ max: 2 }),
        insert: fc.constantFrom('', ...pieces),
      }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(edits, (changes) => {
        let text = GOOD;
        for (const { at, remove, insert } of changes) {
          text = text.slice(0, at) + insert + text.slice(at + remove);
        }
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonSyntaxProblem(text) === undefined).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });
});
