import type { Fact } from '../../utils/knowledge-base/schema';
import type { CardLanguage } from '../../utils/knowledge-base/model';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import { formatKbDate } from './format-date';
import { Message } from './Message';

/** Props of {@link FactWhen}. */
export interface FactWhenProps {
  fact: Pick<Fact, 'asOf' | 'until'>;
  readerLang: CardLanguage;
  strings: UiStrings;
}

/**
 * When a fact holds: "As of Apr 2025", or for a fact that ended "Apr 2025 – 26 Sep 2025". Each
 * date is a `<time>` carrying the machine-readable date at its real precision.
 */
export function FactWhen({ fact, readerLang, strings }: FactWhenProps) {
  const time = (date: string) => <time dateTime={date}>{formatKbDate(date, readerLang)}</time>;
  return (
    <span class="qc-when">
      {fact.until === undefined ? (
        <Message strings={strings} k="cardAsOf" subs={[time(fact.asOf)]} />
      ) : (
        <Message strings={strings} k="cardAsOfUntil" subs={[time(fact.asOf), time(fact.until)]} />
      )}
    </span>
  );
}
