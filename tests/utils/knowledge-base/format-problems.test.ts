import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../utils/knowledge-base/format-problems';
import type { Problem } from '../../../utils/knowledge-base/problem';

describe('formatProblems', () => {
  it('prints each problem located, the other places it involves, and its fix', () => {
    const problems: Problem[] = [
      {
        severity: 'error',
        path: ['entries', 43, 'id'],
        message: 'duplicate id "wang-yi" (also used by entries[0])',
        hint: 'ids must be unique: delete the copy if it is one',
        line: 5410,
        column: 13,
        also: [{ path: ['entries', 0, 'id'], line: 803, column: 13 }],
      },
      {
        severity: 'warning',
        path: ['sources', 'S9'],
        message: 'source "S9" is not cited by any fact',
        hint: 'cite it or remove it',
      },
    ];
    expect(formatProblems('kb.json', problems).split('\n')).toEqual([
      'kb.json:5410:13  error  entries[43].id  duplicate id "wang-yi" (also used by entries[0])',
      '      also: kb.json:803:13  entries[0].id',
      '      fix: ids must be unique: delete the copy if it is one',
      'kb.json  warning  sources.S9  source "S9" is not cited by any fact',
      '      fix: cite it or remove it',
      'kb.json: 1 error, 1 warning',
    ]);
  });
});
