import { describe, expect, it } from 'vitest';
import { nameVariants } from '../../../../utils/language/ru/name-variants';
import { findMentions } from '../../../../utils/match/find-mentions';
import { buildLexicon } from '../../../../utils/match/lexicon';
import { createMatcher } from '../../../../utils/match/matcher';

describe('nameVariants: case forms of Russian names', () => {
  it.each([
    // adjective + noun agree; the genitive after the head stays
    [
      'Шанхайская организация сотрудничества',
      'organization',
      'Шанхайской организацией сотрудничества',
    ],
    [
      'Шанхайская организация сотрудничества',
      'organization',
      'Шанхайскую организацию сотрудничества',
    ],
    [
      'вечное всестороннее стратегическое партнёрство',
      'term',
      'вечного всестороннего стратегического партнёрства',
    ],
    [
      'постоянное и всеобъемлющее стратегическое партнерство',
      'term',
      'постоянного и всеобъемлющего стратегического партнерства',
    ],
    ['многосторонняя торговая система', 'term', 'многостороннюю торговую систему'],
    ['Центральная Азия', 'place', 'Центральной Азии'],
    [
      'Центральное совещание по работе с соседними странами',
      'event',
      'Центрального совещания по работе с соседними странами',
    ],
    ['китайско-казахстанские отношения', 'term', 'китайско-казахстанскими отношениями'],
    ['агентство Синьхуа', 'organization', 'агентством Синьхуа'],
    ['Республика Казахстан', 'place', 'Республики Казахстан'],
    // quoted names after the head stay; a bare one declines, and so do coordinated heads
    ['инициатива «Пояс и путь»', 'policy', 'инициативы «Пояс и путь»'],
    ['Пояс и путь', 'policy', 'Пояса и пути'],
    [
      'доброжелательность, искренность, взаимовыгодность и инклюзивность',
      'policy',
      'доброжелательности, искренности, взаимовыгодности и инклюзивности',
    ],
    [
      'искусственный интеллект и цифровая экономика',
      'term',
      'искусственным интеллектом и цифровой экономикой',
    ],
    // a small numeral takes its noun into the plural
    ['три силы зла', 'term', 'тремя силами зла'],
    // the ordinal третий agrees like an adjective, with its soft sign (events of the summits part)
    ['третий саммит СВМДА', 'event', 'третьем саммите СВМДА'],
    ['третий форум «Один пояс, один путь»', 'event', 'третьего форума «Один пояс, один путь»'],
    // people: word by word; indeclinable words stay
    ['Касым-Жомарт Токаев', 'person', 'Касым-Жомартом Токаевым'],
    ['Шавкат Мирзиёев', 'person', 'Шавкату Мирзиёеву'],
    ['Мурат Нуртлеу', 'person', 'Муратом Нуртлеу'],
    ['Си Цзиньпин', 'person', 'Си Цзиньпином'],
    ['Алма-Ата', 'place', 'Алма-Аты'],
    // a year in the genitive at the end is also a time (в … году), and declines with the head
    ['саммит ШОС в Ташкенте 2004 года', 'event', 'саммит ШОС в Ташкенте в 2004 году'],
    ['саммит ШОС в Ташкенте 2004 года', 'event', 'саммите ШОС в Ташкенте в 2004 году'],
    ['Ташкентский саммит ШОС 2004 года', 'event', 'Ташкентского саммита ШОС в 2004 году'],
    // «между X и Y» at the end: the same pair in the other order
    [
      'Соглашение о взаимном освобождении от визовых требований между Казахстаном и Китаем',
      'agreement',
      'Соглашение о взаимном освобождении от визовых требований между Китаем и Казахстаном',
    ],
    [
      'Соглашение о взаимном освобождении от визовых требований между Казахстаном и Китаем',
      'agreement',
      'Соглашения о взаимном освобождении от визовых требований между Китаем и Казахстаном',
    ],
  ])('%s → %s', (name, type, form) => {
    expect(nameVariants(name, type)).toContain(form);
  });

  it.each([
    ['Нуртлеу', 'person'],
    ['Алматы', 'place'],
    ['ШОС', 'organization'],
    ['МИД КНР', 'organization'],
    ['Политбюро ЦК КПК', 'organization'],
    ['Синьхуа', 'organization'],
  ])('%s has no other form', (name, type) => {
    expect(nameVariants(name, type)).toEqual([]);
  });

  it.each([
    [
      'Договор между Китаем и Россией о добрососедстве',
      'agreement',
      'Договор между Россией и Китаем о добрососедстве',
    ],
    ['саммит 2004 года в Ташкенте', 'event', 'саммит в 2004 году в Ташкенте'],
    ['Иван Ильич 2004 года', 'person', 'Иван Ильич в 2004 году'],
  ])(
    '%s: no other phrasing but at the end of a name that is not a person’s',
    (name, type, form) => {
      expect(nameVariants(name, type)).not.toContain(form);
    },
  );

  it('leaves the words after the head as written', () => {
    const forms = nameVariants('Шанхайская организация сотрудничества', 'organization');
    expect(forms.every((f) => f.endsWith(' сотрудничества'))).toBe(true);
    expect(forms).not.toContain('Шанхайская организация сотрудничества');
  });
});

describe('the lexicon matches generated case forms', () => {
  const matcher = createMatcher(
    buildLexicon([
      { id: 'sco', type: 'organization', names: { ru: ['Шанхайская организация сотрудничества'] } },
      { id: 'tokayev', type: 'person', names: { ru: ['Касым-Жомарт Токаев', 'Токаев'] } },
      { id: 'sco-2004', type: 'event', names: { ru: ['саммит ШОС в Ташкенте 2004 года'] } },
    ]),
  );
  it.each([
    ['с Шанхайской организацией сотрудничества.', 'sco', 'Шанхайской организацией сотрудничества'],
    ['встреча с Токаевым', 'tokayev', 'Токаевым'],
    ['президенту Касым-Жомарту Токаеву', 'tokayev', 'Касым-Жомарту Токаеву'],
    [
      'участвовал в саммите ШОС в Ташкенте в 2004 году.',
      'sco-2004',
      'саммите ШОС в Ташкенте в 2004 году',
    ],
  ])('%s', (text, id, found) => {
    const [m] = findMentions(text, matcher);
    expect(m?.entryId).toBe(id);
    expect(text.slice(m!.start, m!.end)).toBe(found);
  });
});
