/**
 * Arabic dates: the day, the month by name, the year ("ألماتي 25 أبريل 2025"), in Western or
 * Arabic-Indic digits (٢٥ أبريل ٢٠٢٥), with the month written one way or two («25 نيسان/أبريل
 * 2025»). The month names differ by region: the names taken from European languages, standard
 * in Egypt, Sudan and Yemen (يناير … ديسمبر, often spelt without hamza: ابريل, اكتوبر), the
 * Syriac names of Iraq and the Levant (كانون الثاني … كانون الأول, نيسان for April), the
 * French-derived names of Algeria and Tunisia (جانفي, فيفري, أفريل, جوان, جويلية, أوت) and
 * Morocco's (يوليوز, غشت, شتنبر, نونبر, دجنبر): en.wikipedia.org/wiki/Arabic_names_of_Gregorian_months,
 * blogs.transparent.com/arabic/calendars-used-in-arab-countries. Dates are shown with Western
 * digits, as the dateline of Xinhua's Arabic dispatch writes them (data/dispatch-ar.txt).
 */
import type { DateWords } from '../date-words';

const NAMES: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري', 'فيفريه'],
  ['مارس', 'آذار', 'اذار'],
  ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'افريل'],
  ['مايو', 'أيار', 'ايار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز'],
  ['أغسطس', 'اغسطس', 'آب', 'أوت', 'اوت', 'غشت'],
  ['سبتمبر', 'أيلول', 'ايلول', 'شتنبر'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول', 'تشرين أول'],
  ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر'],
  ['ديسمبر', 'كانون الأول', 'كانون الاول', 'كانون أول', 'دجنبر'],
];

const months: Record<string, number> = {};
NAMES.forEach((names, i) => names.forEach((name) => (months[name] = i + 1)));

export const dates: DateWords = {
  months,
  patterns: [
    '(?<d>\\d{1,2})\\s+(?:من\\s+)?(?<mon>MONTH)(?:\\s*[/(]\\s*MONTH\\s*\\)?)?\\s*[،,]?\\s*(?<y>\\d{4})',
  ],
  ownPagePatterns: ['(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})'],
  updated: ['تحديث', 'آخر تحديث', 'اخر تحديث', 'محدث', 'تم التحديث', 'تعديل', 'معدل'],
  talkedAbout: ['في', 'منذ', 'حتى', 'قبل', 'بعد', 'يوم', 'من', 'إلى', 'الى', 'و', 'وفي', 'بين'],
  copyright: ['جميع الحقوق محفوظة', 'حقوق النشر', 'حقوق الطبع'],
  zeros: [0x0660, 0x06f0],
  locale: 'ar-u-nu-latn',
};
