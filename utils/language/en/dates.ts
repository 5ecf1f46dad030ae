/**
 * English dates: "April 25, 2025" (American and agency style), "25 April 2025" (British), with
 * the usual three-letter abbreviations ("Apr. 25, 2025") and ordinals ("25th April 2025").
 */
import type { DateWords } from '../date-words';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const months: Record<string, number> = {};
MONTHS.forEach((name, i) => {
  months[name] = i + 1;
  months[name.slice(0, 3)] = i + 1;
});
months.sept = 9;

export const dates: DateWords = {
  months,
  patterns: [
    '(?<mon>MONTH)\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})',
    '(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>MONTH)\\.?,?\\s+(?<y>\\d{4})',
  ],
  updated: ['updated', 'last updated', 'modified', 'revised', 'edited', 'last modified'],
  talkedAbout: [
    'on',
    'since',
    'until',
    'till',
    'by',
    'before',
    'after',
    'from',
    'in',
    'of',
    'to',
    'and',
    'between',
    'through',
  ],
  copyright: ['©', 'copyright', '(c)', 'all rights reserved'],
};
