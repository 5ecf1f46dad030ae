import type { TimedFact } from '../../utils/card-time/card-time';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import type { CardLanguage } from '../../utils/knowledge-base/model';
import { formatKbDate, type DateForm } from './format-date';
import { Message } from './Message';

/** Props of {@link FactTime}. */
export interface FactTimeProps {
  fact: TimedFact;
  readerLang: CardLanguage;
  strings: UiStrings;
}

/**
 * When a fact holds, from the temporal model: a period "Apr 2023 – 26 Sep 2025", an open period
 * "since Apr 2023", a point "25 Apr 2025"; a timeless fact shows no date. Each date is a `<time>`
 * carrying the machine-readable date at its real precision.
 */
export function FactTime({ fact, readerLang, strings }: FactTimeProps) {
  const time = (date: string, form?: DateForm) => (
    <time dateTime={date}>{formatKbDate(date, readerLang, form)}</time>
  );
  let when;
  if (fact.on !== undefined) when = time(fact.on);
  else if (fact.from !== undefined && fact.until !== undefined)
    when = <Message strings={strings} k="cardPeriod" subs={[time(fact.from), time(fact.until)]} />;
  else if (fact.from !== undefined)
    when = <Message strings={strings} k="cardSince" subs={[time(fact.from, 'genitive')]} />;
  else return null;
  return <span class="qc-when">{when}</span>;
}
