/**
 * A small synthetic knowledge base for the search tests, independent of the bundled data (data/kb/).
 * Tokayev deliberately has no «Tokaev» alias (found fuzzily), and some entries exist to compete:
 * «China» is a prefix of «China–Kazakhstan Business Council», «中国» of «中国共产党».
 */
import type { Entry, Names } from '../../../utils/knowledge-base/schema';

function entry(id: string, type: Entry['type'], names: Names): Entry {
  const summary = `Test summary of ${id}.`;
  return {
    id,
    type,
    names,
    summary: { ar: summary, en: summary, zh: summary, ru: summary },
    facts: [
      { text: { en: summary, ar: summary, zh: summary, ru: summary }, on: '2025', sources: ['S1'] },
    ],
    related: [],
  };
}

export const ENTRIES: readonly Entry[] = [
  entry('wang-yi', 'person', {
    ar: ['وانغ يي', 'وانغ'],
    en: ['Wang Yi'],
    zh: ['王毅'],
    ru: ['Ван И'],
  }),
  entry('wang-wenbin', 'person', {
    ar: ['وانغ ون بين'],
    en: ['Wang Wenbin'],
    zh: ['汪文斌'],
    ru: ['Ван Вэньбинь'],
  }),
  entry('murat-nurtleu', 'person', {
    ar: ['مراد نورتلو', 'نورتلو'],
    en: ['Murat Nurtleu', 'Nurtléu'],
    zh: ['努尔特列乌'],
    ru: ['Мурат Нуртлеу', 'Нуртлеу'],
  }),
  entry('kassym-jomart-tokayev', 'person', {
    ar: ['قاسم جومارت توكاييف', 'توكاييف'],
    en: ['Kassym-Jomart Tokayev', 'Tokayev'],
    zh: ['托卡耶夫'],
    ru: ['Касым-Жомарт Токаев', 'Токаев'],
  }),
  entry('xi-jinping', 'person', {
    ar: ['شي جين بينغ', { text: 'شي', searchOnly: true }],
    en: ['Xi Jinping', { text: 'Xi', caseSensitive: true, searchOnly: true }],
    zh: ['习近平'],
    ru: ['Си Цзиньпин'],
  }),
  entry('shanghai-cooperation-organisation', 'organization', {
    ar: ['منظمة شانغهاي للتعاون'],
    en: ['Shanghai Cooperation Organisation', { text: 'SCO', caseSensitive: true }],
    zh: ['上海合作组织', '上合组织'],
    ru: ['Шанхайская организация сотрудничества', { text: 'ШОС', caseSensitive: true }],
  }),
  entry('china', 'place', {
    ar: ['الصين', 'جمهورية الصين الشعبية'],
    en: ['China', "People's Republic of China"],
    zh: ['中国', '中华人民共和国'],
    ru: ['Китай', 'Китайская Народная Республика'],
  }),
  entry('communist-party-of-china', 'organization', {
    ar: ['الحزب الشيوعي الصيني'],
    en: ['Communist Party of China'],
    zh: ['中国共产党', '中共'],
    ru: ['Коммунистическая партия Китая', 'КПК'],
  }),
  entry('china-kazakhstan-business-council', 'organization', {
    ar: ['مجلس الأعمال الصيني الكازاخستاني'],
    en: ['China–Kazakhstan Business Council'],
    zh: ['中哈企业家委员会'],
    ru: ['Китайско-казахстанский деловой совет'],
  }),
  entry('almaty', 'place', {
    ar: ['ألماتي', 'ألما آتا'],
    en: ['Almaty', 'Alma-Ata'],
    zh: ['阿拉木图'],
    ru: ['Алматы', 'Алма-Ата'],
  }),
  entry('alma-ata-declaration', 'agreement', {
    ar: ['إعلان ألما آتا'],
    en: ['Alma-Ata Declaration'],
    zh: ['阿拉木图宣言'],
    ru: ['Алма-Атинская декларация'],
  }),
  entry('yellow-sea', 'place', {
    ar: ['البحر الأصفر'],
    en: ['Yellow Sea'],
    zh: ['黄海'],
    ru: ['Жёлтое море'],
  }),
  entry('belt-and-road-initiative', 'policy', {
    ar: ['مبادرة الحزام والطريق'],
    en: ['Belt and Road Initiative', 'BRI'],
    zh: ['一带一路'],
    ru: ['Инициатива «Пояс и путь»'],
  }),
];

/** The ids of the results, in order. */
export const ids = (results: readonly { entryId: string }[]) => results.map((r) => r.entryId);
