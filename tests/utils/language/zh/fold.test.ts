import { describe, expect, it } from 'vitest';
import { foldKey, foldText, foldedString } from '../../../../utils/text/fold';

describe('foldKey: CJK', () => {
  it.each([
    ['full-width Latin', 'ＳＣＯ', 'sco'],
    ['full-width digits', '２０２５', '2025'],
    ['half-width katakana', 'ｶﾀｶﾅ', 'カタカナ'],
  ])('folds %s: %s → %s', (_rule, input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });
});

describe('foldKey: traditional Chinese is folded to simplified', () => {
  it.each([
    ['中國', '中国'],
    ['國務院', '国务院'],
    ['外交部長', '外交部长'],
    ['上海合作組織', '上海合作组织'],
    ['烏茲別克', '乌兹别克'],
    ['哈薩克斯坦', '哈萨克斯坦'],
    ['習近平', '习近平'],
    ['新華社', '新华社'],
    ['聯合國', '联合国'],
    ['阿拉木圖', '阿拉木图'],
    ['努爾特列烏', '努尔特列乌'],
    ['一帶一路', '一带一路'],
    ['人類命運共同體', '人类命运共同体'],
    ['以世貿組織為核心的多邊貿易體制', '以世贸组织为核心的多边贸易体制'],
  ])('%s → %s', (traditional, simplified) => {
    expect(foldKey(traditional)).toBe(simplified);
  });

  it.each([
    ['two characters with one simplified form', '發展髮型', '发展发型'],
    ['OpenCC’s first candidate (鍾: 钟 锺)', '鍾', '钟'],
    ['a compatibility ideograph (U+F978), then its simplified form', '\uf978', '两'],
  ])('%s: %s → %s', (_rule, traditional, simplified) => {
    expect(foldKey(traditional)).toBe(simplified);
  });

  it.each([
    ['simplified text', '中国外交部发言人表示'],
    ['characters both scripts share', '王毅和托卡耶夫'],
    ['kana', 'ひらがなとカタカナ'],
    ['characters of simplified text that OpenCC would convert', '乾隆年间的於姓人家'],
  ])('leaves %s as it is', (_case, text) => {
    expect(foldKey(text)).toBe(text);
  });

  it('keeps offsets exact: one code unit in, one out', () => {
    const source = '據新華社報道中國外交部發言人表示';
    const folded = foldText(source);
    expect(foldedString(folded)).toBe('据新华社报道中国外交部发言人表示');
    expect(folded.length).toBe(source.length);
    expect([...folded.starts]).toEqual([...source, ''].map((_, i) => i));
  });
});
