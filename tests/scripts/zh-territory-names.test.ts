import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_FILE,
  expectedModule,
  readTerritories,
  regionalNames,
} from '../../scripts/lib/zh-territory-names';

describe('the generated table of regional country names', () => {
  it('is what npm run zh:territories makes from the installed cldr-localenames-full', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(expectedModule());
  });
});

describe('readTerritories', () => {
  it('reads CLDR names by two-letter code, without alternatives or private-use codes', () => {
    const zhHant = readTerritories('zh-Hant');
    expect(zhHant.KZ).toBe('哈薩克');
    expect(Object.keys(zhHant).every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    expect(zhHant.ZZ).toBeUndefined();
  });
});

describe('regionalNames', () => {
  it('keeps the regional names that differ once folded, folded, once each', () => {
    const names = regionalNames({ KZ: '哈萨克斯坦', CN: '中国', AZ: '阿塞拜疆' }, [
      { KZ: '哈薩克', CN: '中國', AZ: '亞塞拜然' },
      { KZ: '哈薩克', CN: '中國', AZ: '亞塞拜疆' },
    ]);
    expect([...names]).toEqual([
      ['阿塞拜疆', ['亚塞拜然', '亚塞拜疆']],
      ['哈萨克斯坦', ['哈萨克']],
    ]);
  });
});
