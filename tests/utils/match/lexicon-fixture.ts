/** A small synthetic lexicon for the match tests (the real knowledge base has its own test). */
import { buildLexicon, type LexiconEntry } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { findMentions } from '../../../utils/match/find-mentions';

export const TEST_ENTRIES: LexiconEntry[] = [
  { id: 'china', names: { ar: ['الصين'], en: ['China'], zh: ['中国'], ru: ['Китай'] } },
  { id: 'kazakhstan', names: { ar: ['كازاخستان'], en: ['Kazakhstan'], ru: ['Казахстан'], kk: ['Қазақстан'] } },
  {
    id: 'sco',
    names: {
      ar: ['منظمة شانغهاي للتعاون'],
      en: ['Shanghai Cooperation Organisation', { text: 'SCO', caseSensitive: true }],
      zh: ['上海合作组织', '上合组织'],
    },
  },
  { id: 'shanghai', names: { ar: ['شانغهاي'], en: ['Shanghai'], zh: ['上海'] } },
  { id: 'un', names: { ar: ['الأمم المتحدة'], en: ['United Nations', { text: 'UN', caseSensitive: true }] } },
  { id: 'wang-yi', names: { ar: ['وانغ يي', { text: 'شي', searchOnly: true }], en: ['Wang Yi'], zh: ['王毅'], ru: ['Ван И'] } },
  { id: 'nurtleu', names: { en: ['Murat Nurtleu', 'Nurtleu'], ru: ['Нуртлеу'] } },
  { id: 'politburo', names: { ar: ['اللجنة المركزية'] } },
  { id: 'bri', names: { ar: ['مبادرة الحزام والطريق'], en: ['Belt and Road Initiative'] } },
  { id: 'almaty', names: { ar: ['ألماتي'], ru: ['Алматы'] } },
];

export const testMatcher = createMatcher(buildLexicon(TEST_ENTRIES));

/** The mentions of `text` as [entry id, surface text] pairs. */
export function mentionsOf(text: string, matcher = testMatcher): [string, string][] {
  return findMentions(text, matcher).map((m) => [m.entryId, text.slice(m.start, m.end)]);
}
