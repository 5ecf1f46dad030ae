import { describe, expect, it } from 'vitest';
import { asciiDigits, findTextDates } from '../../../utils/page-date/text-dates';
import { NOW } from './helpers';

const dates = (text: string) => findTextDates(text, NOW).map((d) => d.value.date);

describe('findTextDates', () => {
  it('reads the numeric forms no language owns, Xinhua’s stamp included', () => {
    expect(dates('/مصدر: شينخوا/   2025:04:27.09:40')).toEqual(['2025-04-27']);
    expect(dates('posted 2025-04-25 and 2025/04/26')).toEqual(['2025-04-25', '2025-04-26']);
  });

  it('reads the dates of every language of the registry', () => {
    expect(dates('ألماتي 25 أبريل 2025 (شينخوا)')).toEqual(['2025-04-25']);
    expect(dates('April 25, 2025 and 26 April 2025')).toEqual(['2025-04-25', '2025-04-26']);
    expect(dates('2025年4月25日')).toEqual(['2025-04-25']);
    expect(dates('25 апреля 2025 года')).toEqual(['2025-04-25']);
  });

  it('reads a date glued to letters or to a time, as Chinese pages write it', () => {
    expect(dates('新华社阿拉木图2025年4月25日电')).toEqual(['2025-04-25']);
    expect(dates('2025年03月14日08:25 | 来源')).toEqual(['2025-03-14']);
    expect(dates('Marathon 14, 2025')).toEqual([]);
  });

  it('reads a language’s own-page patterns only on its pages (14/3/2025 is day first in Arabic)', () => {
    expect(findTextDates('نشر في 14/3/2025', NOW, 'ar').map((d) => d.value.date)).toEqual([
      '2025-03-14',
    ]);
    expect(dates('14/3/2025')).toEqual([]);
    expect(findTextDates('3/4/2025', NOW, 'en')).toEqual([]);
  });

  it('gives offsets into the text as written', () => {
    const text = 'القاهرة، ٢٥ أبريل ٢٠٢٥ -';
    const [found] = findTextDates(text, NOW);
    expect(text.slice(found!.start, found!.end)).toBe('٢٥ أبريل ٢٠٢٥');
  });

  it('never reads a number as part of a longer number, nor a month inside a word', () => {
    expect(dates('ref 12025-04-25')).toEqual([]);
    expect(dates('25 ممارسة 2025')).toEqual([]);
  });

  it('reads no partial or impossible date', () => {
    expect(dates('April 2025')).toEqual([]);
    expect(dates('ALMATY, April 25 (Xinhua)')).toEqual([]);
    expect(dates('31 April 2025')).toEqual([]);
  });
});

describe('asciiDigits', () => {
  it('reads Arabic-Indic, Persian and full-width digits one for one', () => {
    expect(asciiDigits('٢٠٢٥ ۲۰۲۵ ２０２５')).toBe('2025 2025 2025');
    expect(asciiDigits('2025')).toBe('2025');
  });
});
