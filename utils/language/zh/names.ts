/**
 * Chinese personal names are written surname first in every language (习近平: Xi Jinping, Си
 * Цзиньпин, شي جين بينغ). An entry's name is taken for a Chinese name when its Chinese name is
 * two to four Han characters with no interpunct (foreign names transcribed in full carry one:
 * 哈斯穆-卓玛尔特·托卡耶夫) and its Latin name has as many syllables as that name has characters,
 * a pinyin syllable being one group of vowels (Xi Jin·ping, Wang Yi); a transcribed surname
 * alone (托卡耶夫 for Tokayev, 普京 for Vladimir Putin) fails the count.
 */
const HAN_NAME = /^[\u3400-\u9fff]{2,4}$/u;
const VOWEL_GROUPS = /[aeiouüv]+/giu;

/** `names`: the entry's first name in each language, by language code. */
export function surnameFirst(names: Readonly<Record<string, string | undefined>>): boolean {
  const zh = names.zh;
  const latin = names.en;
  if (zh === undefined || latin === undefined || !HAN_NAME.test(zh)) return false;
  return (latin.match(VOWEL_GROUPS)?.length ?? 0) === zh.length;
}
