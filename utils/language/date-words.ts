/**
 * How one language writes dates, for finding the date of the page being read
 * (utils/page-date/): its month names, the full dates of its press, and the words that turn a
 * date into something other than the page's own (an update stamp, a date the text talks about).
 * The generic code merges every language's words, so a page in one language that quotes a
 * dateline in another is still read.
 */
export interface DateWords {
  /** Month names and their abbreviations as written (lower case), each with its number, 1–12. */
  readonly months: Readonly<Record<string, number>>;
  /**
   * The full dates this language's press writes, as regular-expression sources over text whose
   * digits are ASCII (see `zeros`), matched case-insensitively: named groups `y` (four digits),
   * `d`, and `m` (a number) or `mon`, written as the token MONTH (any of `months`). A second
   * MONTH in one pattern (a month written two ways) matches any month name without a group.
   */
  readonly patterns: readonly string[];
  /**
   * Patterns read only on pages in this language, being ambiguous elsewhere: a day-first
   * numeric date (14/3/2025) that an American page would write month first.
   */
  readonly ownPagePatterns?: readonly string[];
  /**
   * Words that, written just before a date (in the same line), make it an update stamp rather
   * than the date of publication ("Updated", «آخر تحديث»). Lower case.
   */
  readonly updated: readonly string[];
  /**
   * Words that, right before a date at the head of a paragraph, make it a date the text talks
   * about rather than a dateline ("since", «منذ»). Lower case.
   */
  readonly talkedAbout: readonly string[];
  /** Words of a copyright line: a date after one is never the page's. Lower case. */
  readonly copyright?: readonly string[];
  /** The code unit of the zero of each run of decimal digits this language writes besides 0–9. */
  readonly zeros?: readonly number[];
  /**
   * The locale (BCP 47) whose long date format is the one this language's press writes, when it
   * is not the bare language code (Arabic news sites write Western digits: «25 أبريل 2025»).
   */
  readonly locale?: string;
}
