import { describe, expect, it } from 'vitest';
import type { Entry } from '../../utils/knowledge-base/schema';
import { naiveFinder } from '../../scripts/lib/naive-mentions';

const entry = (id: string, en: Entry['names']['en']) => ({ id, names: { en } }) as unknown as Entry;
const find = naiveFinder([
  entry('china', ['China']),
  entry('sco', [{ text: 'SCO', caseSensitive: true }]),
  entry('rel', ['China–Kazakhstan relations']),
  entry('kz', ['Kazakhstan']),
  entry('xi', ['Xi Jinping', { text: 'Xi', searchOnly: true, note: 'n' }]),
]);
const spans = (text: string) => find(text).map((m) => [m.id, text.slice(m.start, m.end)]);

describe('naiveFinder', () => {
  it('matches every alias case-insensitively, even inside words and against case-sensitive marks', () => {
    expect(spans('CHINA and china; Moscow; Chinatown')).toEqual([
      ['china', 'CHINA'],
      ['china', 'china'],
      ['sco', 'sco'],
      ['china', 'China'],
    ]);
  });

  it('keeps the longest occurrence where they overlap, and no inner name', () => {
    expect(spans('China–Kazakhstan relations and Kazakhstan')).toEqual([
      ['rel', 'China–Kazakhstan relations'],
      ['kz', 'Kazakhstan'],
    ]);
  });

  it('leaves out search-only aliases and folds nothing', () => {
    expect(spans('Xi said; Xi Jinping; China-Kazakhstan relations')).toEqual([
      ['xi', 'Xi Jinping'],
      ['china', 'China'],
      ['kz', 'Kazakhstan'],
    ]);
  });
});
