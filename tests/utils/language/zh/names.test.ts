import { describe, expect, it } from 'vitest';
import { surnameFirst } from '../../../../utils/language/zh/names';

describe('surnameFirst: Chinese names', () => {
  it.each([
    [{ zh: '习近平', en: 'Xi Jinping' }, true],
    [{ zh: '王毅', en: 'Wang Yi' }, true],
    [{ zh: '李强', en: 'Li Qiang' }, true],
    [{ zh: '赵乐际', en: 'Zhao Leji' }, true],
    [{ zh: '托卡耶夫', en: 'Kassym-Jomart Tokayev' }, false],
    [{ zh: '普京', en: 'Vladimir Putin' }, false],
    [{ zh: '哈斯穆-卓玛尔特·托卡耶夫', en: 'Kassym-Jomart Tokayev' }, false],
    [{ zh: '习近平' }, false],
  ])('%j: %s', (names, expected) => {
    expect(surnameFirst(names)).toBe(expected);
  });
});
