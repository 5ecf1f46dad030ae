/**
 * Names that begin with a city's name (issue 17, places-terms part): the bundled knowledge base has
 * Shanghai the city and, starting with it, the Shanghai Spirit, the Shanghai Cooperation
 * Organisation, the Shanghai Convention and the Shanghai Five; Astana, Tianjin and Qingdao the
 * cities and the summits and declarations named after them. The real matcher over the bundled data
 * takes the longest name at a point, so a page's "上海精神" opens the Spirit's card and a bare
 * "上海" the city's, in each of the four languages.
 *
 * Only the outermost mention counts here: it is the one a reader hovers, whatever a matcher
 * reports inside it (a name within a name, utils/match/nested.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadMatcher, tryText } from '../../scripts/kb-try';

const matcher = loadMatcher();
/** [entry id, text] of each outermost mention of `text`. */
const cards = (text: string) =>
  tryText(text, matcher)
    .filter((m) => m.within === undefined)
    .map((m) => [m.id, m.text]);

describe('a bare city name is the city', () => {
  it.each([
    ['Leaders met in Shanghai on Monday.', [['shanghai', 'Shanghai']]],
    ['عقد الاجتماع في شنغهاي', [['shanghai', 'شنغهاي']]],
    ['وصل الوفد إلى شانغهاي', [['shanghai', 'شانغهاي']]],
    ['会议在上海举行', [['shanghai', '上海']]],
    ['Встреча прошла в Шанхае', [['shanghai', 'Шанхае']]],
    ['Leaders met in Astana on Thursday.', [['astana', 'Astana']]],
    ['在阿斯塔纳', [['astana', '阿斯塔纳']]],
    ['The port of Tianjin', [['tianjin', 'Tianjin']]],
    ['في تشينغداو', [['qingdao', 'تشينغداو']]],
  ])('%s', (text, expected) => {
    expect(cards(text)).toEqual(expected);
  });
});

describe('a longer name that starts with the city is its own card', () => {
  it.each([
    ['the Shanghai Spirit', [['shanghai-spirit', 'Shanghai Spirit']]],
    ['روح شانغهاي', [['shanghai-spirit', 'روح شانغهاي']]],
    ['弘扬上海精神', [['shanghai-spirit', '上海精神']]],
    ['шанхайский дух', [['shanghai-spirit', 'шанхайский дух']]],
    [
      'the Shanghai Cooperation Organisation',
      [['shanghai-cooperation-organisation', 'Shanghai Cooperation Organisation']],
    ],
    ['منظمة شنغهاي للتعاون', [['shanghai-cooperation-organisation', 'منظمة شنغهاي للتعاون']]],
    ['上海合作组织', [['shanghai-cooperation-organisation', '上海合作组织']]],
    [
      'саммит Шанхайской организации сотрудничества',
      [['shanghai-cooperation-organisation', 'Шанхайской организации сотрудничества']],
    ],
    ['the Shanghai Convention', [['shanghai-convention-2001', 'Shanghai Convention']]],
    ['上海公约', [['shanghai-convention-2001', '上海公约']]],
    ['the Shanghai Five', [['shanghai-five', 'Shanghai Five']]],
    ['خماسي شنغهاي', [['shanghai-five', 'خماسي شنغهاي']]],
    ['上海五国', [['shanghai-five', '上海五国']]],
    ['Шанхайская пятёрка', [['shanghai-five', 'Шанхайская пятёрка']]],
    ['the 2024 SCO summit in Astana', [['sco-summit-2024-astana', '2024 SCO summit in Astana']]],
    ['the 2024 Astana Declaration', [['sco-astana-declaration-2024', '2024 Astana Declaration']]],
    ['قمة أستانا 2024', [['sco-summit-2024-astana', 'قمة أستانا 2024']]],
    ['the SCO summit in Tianjin', [['sco-summit-2025-tianjin', 'SCO summit in Tianjin']]],
    ['上合组织青岛峰会', [['sco-summit-2018-qingdao', '上合组织青岛峰会']]],
  ])('%s', (text, expected) => {
    expect(cards(text)).toEqual(expected);
  });
});

describe('both in one sentence', () => {
  it.each([
    [
      'The Shanghai Spirit was born in Shanghai.',
      [
        ['shanghai-spirit', 'Shanghai Spirit'],
        ['shanghai', 'Shanghai'],
      ],
    ],
    [
      '上海精神诞生于上海',
      [
        ['shanghai-spirit', '上海精神'],
        ['shanghai', '上海'],
      ],
    ],
    [
      'ولدت روح شانغهاي في شنغهاي',
      [
        ['shanghai-spirit', 'روح شانغهاي'],
        ['shanghai', 'شنغهاي'],
      ],
    ],
    [
      'Шанхайская организация сотрудничества создана в Шанхае',
      [
        ['shanghai-cooperation-organisation', 'Шанхайская организация сотрудничества'],
        ['shanghai', 'Шанхае'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(cards(text)).toEqual(expected);
  });
});
