/**
 * Russian dates: the month in the genitive after the day ("25 апреля 2025 года"), the usual
 * abbreviations ("25 апр. 2025"), and the dotted day-first numeric form ("25.04.2025").
 * The genitive is the case of a month in a date: declansoftware.com/grammar/russian/dates_-_days_and_months.html.
 */
import type { DateWords } from '../date-words';

const GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const ABBREVIATIONS = [
  'янв',
  'фев',
  'мар',
  'апр',
  'мая',
  'июн',
  'июл',
  'авг',
  'сен',
  'окт',
  'ноя',
  'дек',
];

const months: Record<string, number> = {};
GENITIVE.forEach((name, i) => (months[name] = i + 1));
ABBREVIATIONS.forEach((name, i) => (months[name] = i + 1));
months['февр'] = 2;
months['сент'] = 9;

export const dates: DateWords = {
  months,
  patterns: [
    '(?<d>\\d{1,2})\\s+(?<mon>MONTH)\\.?\\s+(?<y>\\d{4})',
    '(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})',
  ],
  updated: ['обновлено', 'обновлен', 'обновлён', 'обновлена', 'обновление', 'изменено'],
  talkedAbout: ['с', 'со', 'до', 'после', 'к', 'по', 'от', 'на', 'в', 'и', 'между'],
  copyright: ['все права защищены'],
};
