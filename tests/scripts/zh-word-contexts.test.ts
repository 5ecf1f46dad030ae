import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bestCut,
  contextsOf,
  formatContexts,
  parseDictionary,
} from '../../scripts/lib/zh-word-contexts';
import { GENERATED_FILE, expectedModule } from '../../scripts/lib/zh-word-table';

/** A made-up dictionary in jieba's format (word, frequency, tag), 1,000,000 words in all. */
const DICT = parseDictionary(
  [
    '中国 20000 ns',
    '国家 20000 n',
    '发展 20000 vn',
    '家 10000 q',
    '中 10000 f',
    '发展中国家 5000 l',
    '政府 20000 n',
    '中国政府 2 nt',
    '中国银行 20000 nt',
    '银行 500 n',
    '集中 3000 v',
    '集 500 q',
    '外交部 5000 nt',
    '外交部长 4000 n',
    '长 5000 a',
    '其中 4000 r',
    '其 8000 r',
    '国 100 n',
    'the 1 eng',
    'rest 844897 x',
  ].join('\n'),
);

describe('parseDictionary', () => {
  it('keeps Han words, counts every word in the total, and knows organisation names', () => {
    expect(DICT.freq.has('the')).toBe(false);
    expect(DICT.freq.get('中国')).toBe(20000);
    expect(Math.exp(DICT.logTotal)).toBeCloseTo(1_000_000);
    expect([...DICT.organisations]).toEqual(['中国政府', '中国银行', '外交部']);
  });
});

describe('bestCut', () => {
  it('is the most probable cut into words and single characters', () => {
    expect(bestCut(DICT, '发展中国家')).toBeCloseTo(Math.log(5000 / 1e6));
    expect(bestCut(DICT, '中国家')).toBeCloseTo(Math.log(0.02 * 0.01));
    expect(bestCut(DICT, '中国')).toBeCloseTo(Math.log(20000 / 1e6));
    expect(bestCut(DICT, '')).toBe(0);
  });
});

describe('contextsOf', () => {
  const contexts = contextsOf(DICT, ['中国']).get('中国')!;

  it('keeps containing words far more probable than the name and the rest apart', () => {
    // 发展中国家: 0.005 against 0.02 × 0.02 × 0.01 apart; 中国政府 is rare
    expect(contexts.containing).toEqual([{ before: '发展', after: '家' }]);
  });

  it('never an organisation named after the name (中国银行: 0.02 against 0.02 × 0.0005)', () => {
    expect(contexts.containing).not.toContainEqual({ before: '', after: '银行' });
  });

  it('keeps, for the cut inside the name, the sides that can win together', () => {
    const [split] = contexts.splits;
    // 集中|国家 beats 集|中国|家, and 其中|国家 beats 其|中国|家 (50 times; jieba's own rule,
    // no margin); no word after the name starts with 国 but 国家
    expect([...split!.before.keys()]).toEqual(['集', '其']);
    expect([...split!.after.keys()]).toEqual(['家']);
  });

  it('keeps one word over an end covering two or more of the name’s characters', () => {
    // 中国|外交部长 against 中国|外交部|长: 0.02 × 0.004 against 0.02 × 0.005 × 0.005 (gain 5.1)
    const ministry = contextsOf(DICT, ['中国外交部']).get('中国外交部')!;
    expect(ministry.containing).toEqual([{ before: '', after: '长' }]);
  });

  it('formats one line a name: threshold, containing words, each cut’s sides (tenths)', () => {
    expect(formatContexts(contextsOf(DICT, ['中国', '国家'])).split('\n')).toEqual([
      '中国 -39 发展|家 其-7集18/家7',
      '国家 -39 发展中| /',
    ]);
  });
});

describe('the generated table', () => {
  it('is what npm run zh:words makes from jieba and the Chinese names of data/kb now', () => {
    // Stale after a Chinese name is added or changed: run npm run zh:words.
    expect(readFileSync(GENERATED_FILE, 'utf8') === expectedModule()).toBe(true);
  });
});
