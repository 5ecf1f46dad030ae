import type { ChangesOn, TimedFact } from '../../utils/card-time/card-time';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import type { CardLanguage } from '../../utils/knowledge-base/model';
import type { Fact } from '../../utils/knowledge-base/schema';
import { changesText } from './card-time-text';
import { useUniqueId } from './use-unique-id';
import { formatKbDate } from './format-date';
import { Message } from './Message';

/** Props of {@link SinceThen}. */
export interface SinceThenProps {
  /** What changed after the page's date, newest first (cardAtTime's `since`). */
  since: readonly ChangesOn<TimedFact & Pick<Fact, 'text'>>[];
  readerLang: CardLanguage;
  strings: UiStrings;
}

/** "Since then": one line per date, newest first ("26 Sep 2025: left the post of …; became …"). */
export function SinceThen({ since, readerLang, strings }: SinceThenProps) {
  const headingId = useUniqueId('qarina-since');
  if (since.length === 0) return null;
  return (
    <section class="qc-since" aria-labelledby={headingId}>
      <h3 id={headingId} class="qc-section-label">
        {strings.t('cardSinceThen')}
      </h3>
      <ul class="qc-since-list">
        {since.map((group) => {
          const time = <time dateTime={group.date}>{formatKbDate(group.date, readerLang)}</time>;
          return (
            <li key={group.date} class="qc-since-item">
              <Message
                strings={strings}
                k="cardChangeOn"
                subs={[time, changesText(group.changes, readerLang, strings)]}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
